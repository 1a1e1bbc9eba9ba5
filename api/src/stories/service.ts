import type { Kysely } from 'kysely';
import type { Database, RespondentRole, Sector, StoryKind, Tone } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { hashCode, newCode } from '../privacy/codes.ts';
import { todayUtc } from '../respondents/dates.ts';
import { publicCodebook } from '../respondents/public-info.ts';
import { schoolIsUnder } from '../organisations/hierarchy.ts';
import { assertOpen, checkAgainstWave, linkByCode, notFound } from '../respondents/service.ts';

export interface StoryInput {
  code?: string | undefined;
  organisation?: string | undefined;
  role: RespondentRole;
  sector?: Sector | undefined;
  schoolId?: number | undefined;
  title?: string | undefined;
  text: string;
  helped?: string | undefined;
  themes: string[];
  tone: string;
  kind: string;
  consentQuote: boolean;
  consentResearch: boolean;
  locale: string;
}

// The languages of the respondent pages (web/src/respondent/i18n pageLocales): a story told without a
// wave's link is written on those pages.
const storyPageLocales = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'];

/** Where a story belongs: through a link (its wave, organisation and maybe school) or a chosen organisation. */
async function placeOf(db: Kysely<Database>, input: StoryInput) {
  if (input.code !== undefined) {
    const link = await linkByCode(db, input.code);
    // A story through a wave's link obeys the wave like a response: its dates, audience and languages.
    assertOpen(link);
    checkAgainstWave(link, input);
    return { organisationId: link.organisationId, waveId: link.waveId, linkSchoolId: link.linkSchoolId };
  }
  const organisation = await db
    .selectFrom('organisations')
    .select('id')
    .where('slug', '=', input.organisation ?? '')
    .executeTakeFirst();
  if (!organisation) throw notFound('Dit samenwerkingsverband');
  if (!storyPageLocales.includes(input.locale))
    throw new AppError('form_incomplete', {}, 'Niet alles is goed ingevuld.', {
      locale: [`Deze taal is er niet. Kies uit: ${storyPageLocales.join(', ')}.`],
    });
  return { organisationId: organisation.id, waveId: null, linkSchoolId: null };
}

/** Stores a story tagged against the active codebook; 400 naming each field that is not right. */
export async function submitStory(db: Kysely<Database>, input: StoryInput): Promise<{ receiptCode: string }> {
  const place = await placeOf(db, input);
  const codebook = await publicCodebook(db);
  const fields: Record<string, string[]> = {};
  const themeCodes = new Set(codebook.themes.map((t) => t.code));
  const unknownThemes = input.themes.filter((t) => !themeCodes.has(t));
  if (unknownThemes.length) fields.themes = [`Deze onderwerpen bestaan niet: ${unknownThemes.join(', ')}.`];
  if (!codebook.facets.tone.some((t) => t.code === input.tone)) fields.tone = ['Kies hoe het voelde.'];
  if (!codebook.facets.kind.some((k) => k.code === input.kind)) fields.kind = ['Kies wat voor verhaal het is.'];
  const schoolId = place.linkSchoolId ?? input.schoolId ?? null;
  const school = schoolId === null ? undefined : await schoolIsUnder(db, schoolId, place.organisationId);
  if (schoolId !== null && !school) fields.schoolId = ['Kies een school uit de lijst.'];
  if (Object.keys(fields).length) throw new AppError('form_incomplete', {}, 'Niet alles is goed ingevuld.', fields);

  const receiptCode = newCode();
  await db
    .insertInto('stories')
    .values({
      organisation_id: place.organisationId,
      wave_id: place.waveId,
      school_id: school?.id ?? null,
      sector: school?.sector ?? input.sector ?? null,
      role: input.role,
      title: input.title || null,
      text: input.text,
      codebook_id: codebook.id,
      self_themes: input.themes,
      tone: input.tone as Tone,
      kind: input.kind as StoryKind,
      helped: input.helped || null,
      consent_quote: input.consentQuote,
      consent_research: input.consentResearch,
      locale: input.locale,
      submitted_on: todayUtc(),
      receipt_hash: hashCode(receiptCode),
    })
    .execute();
  return { receiptCode };
}
