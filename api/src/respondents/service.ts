import type { Kysely } from 'kysely';
import type { Database, RespondentRole } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { hashCode, newCode } from '../privacy/codes.ts';
import { compiledVersion } from '../surveys/compile-survey.ts';
import { validateAnswers } from '../surveys/validate-answers.ts';
import { todayInAmsterdam, todayUtc } from './dates.ts';
import { definitionOf, findInvitation, findLink, findPartialResponse, type WaveTarget } from './queries.ts';
import { schoolIsUnder } from '../organisations/hierarchy.ts';
import { openReceipt, sealReceipt } from './receipt-seal.ts';
import { alreadyUsed, redeemInvitation, releaseInvitation } from './redeem-invitation.ts';
import { earlierSend, submissionColumns } from './submission-key.ts';

const linkCodePattern = /^[a-z0-9][a-z0-9-]{3,63}$/;

export function notFound(what: string): AppError {
  return new AppError(
    'respondent_code_not_found',
    { what },
    `${what} bestaat niet. Kijk of u de code goed heeft overgenomen.`,
  );
}

/** 410 unless the wave is open today (Amsterdam calendar day, both ends included). */
export function assertOpen(wave: Pick<WaveTarget, 'opensOn' | 'closesOn'>): void {
  const today = todayInAmsterdam();
  if (today < wave.opensOn)
    throw new AppError(
      'wave_not_open_yet',
      { opensOn: wave.opensOn },
      `Deze vragenlijst is nog niet open. U kunt meedoen vanaf ${wave.opensOn}.`,
      {
        opensOn: wave.opensOn,
      },
    );
  if (today > wave.closesOn)
    throw new AppError(
      'wave_closed',
      { closesOn: wave.closesOn },
      'Deze vragenlijst is gesloten. U kunt niet meer meedoen.',
      { closesOn: wave.closesOn },
    );
}

/** The link for a code a respondent typed or clicked; 404 when there is none. */
export async function linkByCode(db: Kysely<Database>, code: string) {
  const normalised = code.trim().toLowerCase();
  const link = linkCodePattern.test(normalised) ? await findLink(db, normalised) : undefined;
  if (!link) throw notFound('Deze link');
  return link;
}

async function compiledFor(db: Kysely<Database>, versionId: number) {
  return compiledVersion(db, versionId, async () => (await definitionOf(db, versionId)) ?? {});
}

export interface ResponseInput {
  code?: string | undefined;
  token?: string | undefined;
  resumeCode?: string | undefined;
  schoolId?: number | undefined;
  locale: string;
  role: RespondentRole;
  answers: Record<string, unknown>;
  complete: boolean;
  /** The browser's id for this send: a retry with the same id is stored once and gets the same codes. */
  submissionId?: string | undefined;
}

export interface ResponseReceipt {
  receiptCode: string;
  resumeCode?: string;
}

/** 400 naming role and locale when they do not fit the wave (its audience, its questionnaire's languages). */
export function checkAgainstWave(
  wave: Pick<WaveTarget, 'audience' | 'locales'>,
  input: { role: RespondentRole; locale: string },
): void {
  const fields: Record<string, string[]> = {};
  if (input.role !== wave.audience)
    fields.role = [
      wave.audience === 'ouder'
        ? 'Deze vragenlijst is voor ouders en verzorgers.'
        : 'Deze vragenlijst is voor jongeren.',
    ];
  if (!wave.locales.includes(input.locale))
    fields.locale = [`Deze taal is er niet. Kies uit: ${wave.locales.join(', ')}.`];
  if (Object.keys(fields).length) throw new AppError('form_incomplete', {}, 'Niet alles is goed ingevuld.', fields);
}

async function checkAnswers(db: Kysely<Database>, wave: WaveTarget, input: ResponseInput): Promise<void> {
  const problems = validateAnswers(await compiledFor(db, wave.versionId), input.answers, { complete: input.complete });
  if (Object.keys(problems).length)
    throw new AppError('form_incomplete', {}, 'Niet alle antwoorden zijn goed ingevuld.', problems);
}

function codesFor(complete: boolean, receiptCode = newCode()) {
  const resumeCode = complete ? undefined : newCode();
  return {
    receiptCode,
    resumeCode,
    columns: {
      status: complete ? ('complete' as const) : ('partial' as const),
      resume_hash: resumeCode ? hashCode(resumeCode) : null,
      receipt_sealed: resumeCode ? sealReceipt(receiptCode, resumeCode) : null,
    },
  };
}

const receiptOf = (codes: { receiptCode: string; resumeCode: string | undefined }): ResponseReceipt =>
  codes.resumeCode
    ? { receiptCode: codes.receiptCode, resumeCode: codes.resumeCode }
    : { receiptCode: codes.receiptCode };

/**
 * Stores a questionnaire response (new through a link or token, or continuing a partial one). A send
 * with a submission id that was stored before is answered with the codes it got then, and stored once.
 */
export async function submitResponse(db: Kysely<Database>, input: ResponseInput): Promise<ResponseReceipt> {
  const { submissionId } = input;
  try {
    return await storeResponse(db, input);
  } catch (error) {
    // Stored before (a retry after a lost answer, or a twin that won the race): whatever now stands in the
    // way (the unique key, a used invitation, a completed partial, a closed wave), the first codes come back.
    // Looked up only here, so a first send costs no extra query.
    const earlier = submissionId === undefined ? null : await earlierSend(db, submissionId);
    if (earlier) return earlier;
    throw error;
  }
}

async function storeResponse(db: Kysely<Database>, input: ResponseInput): Promise<ResponseReceipt> {
  if (input.resumeCode !== undefined) return continueResponse(db, input, input.resumeCode);
  let wave: WaveTarget;
  let schoolId: number;
  let tokenHash: string | undefined;
  if (input.token !== undefined) {
    tokenHash = hashCode(input.token);
    const invitation = await findInvitation(db, tokenHash);
    if (!invitation) throw notFound('Deze uitnodigingscode');
    assertOpen(invitation);
    if (invitation.used) throw alreadyUsed();
    wave = invitation;
    schoolId = invitation.schoolId;
  } else {
    const link = await linkByCode(db, input.code ?? '');
    assertOpen(link);
    wave = link;
    if (link.linkSchoolId !== null) schoolId = link.linkSchoolId;
    else if (input.schoolId === undefined || !(await schoolIsUnder(db, input.schoolId, link.organisationId))) {
      throw new AppError('school_required', {}, 'Kies eerst de school.', {
        schoolId: ['Kies een school uit de lijst.'],
      });
    } else schoolId = input.schoolId;
  }
  checkAgainstWave(wave, input);
  await checkAnswers(db, wave, input);

  const codes = codesFor(input.complete);
  const today = todayUtc();
  const insert = (tx: Kysely<Database>) =>
    tx
      .insertInto('responses')
      .values({
        wave_id: wave.waveId,
        school_id: schoolId,
        role: input.role,
        locale: input.locale,
        answers: JSON.stringify(input.answers),
        submitted_on: today,
        receipt_hash: hashCode(codes.receiptCode),
        ...codes.columns,
        ...submissionColumns(input.submissionId, receiptOf(codes)),
      })
      .execute();
  if (tokenHash === undefined) {
    await insert(db); // one statement: atomic on its own, and cheaper without BEGIN/COMMIT
    return receiptOf(codes);
  }
  // The invitation is redeemed in a transaction of its own before the response is stored, so the two
  // share nothing (redeem-invitation.ts); a response that then fails to store gives the invitation back.
  const invitation = { tokenHash, waveId: wave.waveId, schoolId };
  await redeemInvitation(db, invitation);
  try {
    await insert(db);
  } catch (error) {
    await releaseInvitation(db, invitation);
    throw error;
  }
  return receiptOf(codes);
}

async function continueResponse(
  db: Kysely<Database>,
  input: ResponseInput,
  resumeCode: string,
): Promise<ResponseReceipt> {
  const resumeHash = hashCode(resumeCode);
  const partial = await findPartialResponse(db, resumeHash);
  if (!partial) throw notFound('Deze hervatcode');
  assertOpen(partial);
  checkAgainstWave(partial, input);
  await checkAnswers(db, partial, input);

  // Demo and older partials carry no seal: they get a fresh receipt code, which replaces the old one.
  const sealedReceipt = partial.receiptSealed ? openReceipt(partial.receiptSealed, resumeCode) : null;
  const codes = codesFor(input.complete, sealedReceipt ?? undefined);
  const updated = await db
    .updateTable('responses')
    .set({
      answers: JSON.stringify(input.answers),
      locale: input.locale,
      submitted_on: todayUtc(),
      ...(sealedReceipt ? {} : { receipt_hash: hashCode(codes.receiptCode) }),
      ...codes.columns,
      ...submissionColumns(input.submissionId, receiptOf(codes)),
    })
    .where('resume_hash', '=', resumeHash)
    .where('status', '=', 'partial')
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) throw notFound('Deze hervatcode');
  return receiptOf(codes);
}

/** Whether an invitation can still be used, asked when its link opens: 404 unknown, 409 used, 410 closed. */
export async function checkInvitation(db: Kysely<Database>, token: string): Promise<void> {
  const invitation = await findInvitation(db, hashCode(token));
  if (!invitation) throw notFound('Deze uitnodigingscode');
  assertOpen(invitation);
  if (invitation.used) throw alreadyUsed();
}

/** What a respondent needs to continue a partial response on another device. */
export async function resumeState(db: Kysely<Database>, resumeCode: string) {
  const partial = await findPartialResponse(db, hashCode(resumeCode));
  if (!partial) throw notFound('Deze hervatcode');
  assertOpen(partial);
  return partial;
}

/** Right to erasure: deletes the response or story with this receipt code; false when there is none. */
export async function deleteByReceipt(db: Kysely<Database>, receiptCode: string): Promise<boolean> {
  const receiptHash = hashCode(receiptCode);
  return db.transaction().execute(async (tx) => {
    const response = await tx.deleteFrom('responses').where('receipt_hash', '=', receiptHash).executeTakeFirst();
    if (Number(response.numDeletedRows) > 0) return true;
    const story = await tx.deleteFrom('stories').where('receipt_hash', '=', receiptHash).executeTakeFirst();
    return Number(story.numDeletedRows) > 0;
  });
}
