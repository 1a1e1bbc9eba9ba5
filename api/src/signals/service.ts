import { createRedactor } from '@klankbord/analysis/redaction';
import type { Kysely } from 'kysely';
import type { SessionUser } from '../auth/sessions.ts';
import { organisationInScope } from '../organisations/scope.ts';
import type { Database, Sector, SignalChannel, SignalOutcome, StaffRole } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { todayInAmsterdam } from '../respondents/dates.ts';
import { organisationAndChildren, schoolIsUnder, schoolNamesUnder } from '../organisations/hierarchy.ts';
import { activeThemes, countSignalsByQuarterChannelOutcome, countThemesPerQuarter, listSignals } from './queries.ts';

export const signalChannels = [
  'telefoon',
  'e-mail',
  'oudercafe',
  'huisbezoek',
  'anders',
] as const satisfies readonly SignalChannel[];
export const signalOutcomes = [
  'beantwoord',
  'doorverwezen_school',
  'doorverwezen_swv',
  'doorverwezen_onderwijsconsulent',
  'doorverwezen_anders',
] as const satisfies readonly SignalOutcome[];

const createRoles: readonly StaffRole[] = ['steunpunt'];
// Steunpunt workers also see the counts of their own registrations: it is an aggregate of a list they may read.
const readRoles: readonly StaffRole[] = ['steunpunt', 'researcher', 'board', 'admin'];
const noteMaxLength = 500;

export interface NewSignal {
  organisation: string;
  signalledOn?: string | undefined;
  channel: SignalChannel;
  askerRole: 'ouder' | 'jongere' | 'professional';
  sector?: Sector | undefined;
  schoolId?: number | undefined;
  themes: string[];
  outcome: SignalOutcome;
  note?: string | undefined;
}

/** Stores one steunpunt registration; the note is redacted first, so personal data never reaches the database. */
export async function createSignal(db: Kysely<Database>, user: SessionUser, input: NewSignal) {
  const organisation = await organisationInScope(db, user, input.organisation, createRoles);
  const fields: Record<string, string[]> = {};
  const today = todayInAmsterdam();
  const signalledOn = input.signalledOn ?? today;
  if (signalledOn > today) fields.signalledOn = ['De datum ligt in de toekomst.'];
  const themeCodes = new Set((await activeThemes(db)).map((t) => t.code));
  const unknown = input.themes.filter((t) => !themeCodes.has(t));
  if (unknown.length) fields.themes = [`Deze thema's bestaan niet in het actieve codeboek: ${unknown.join(', ')}.`];
  const school = input.schoolId === undefined ? undefined : await schoolIsUnder(db, input.schoolId, organisation.id);
  if (input.schoolId !== undefined && !school) fields.schoolId = ['Kies een school van dit samenwerkingsverband.'];
  if (school && input.sector !== undefined && input.sector !== school.sector)
    fields.sector = [`De gekozen school is ${school.sector}; kies die sector of geen school.`];
  if (Object.keys(fields).length) throw new AppError('form_incomplete', {}, 'Niet alles is goed ingevuld.', fields);

  const note = input.note ? await redactNote(db, organisation.id, input.note) : null;
  const row = await db
    .insertInto('signals')
    .values({
      organisation_id: organisation.id,
      school_id: school?.id ?? null,
      signalled_on: signalledOn,
      channel: input.channel,
      asker_role: input.askerRole,
      sector: school?.sector ?? input.sector ?? null,
      themes: input.themes,
      outcome: input.outcome,
      note,
      created_by: user.id,
    })
    .returning(['id', 'signalled_on as signalledOn', 'note'])
    .executeTakeFirstOrThrow();
  return { id: Number(row.id), signalledOn: row.signalledOn, note: row.note };
}

async function redactNote(db: Kysely<Database>, organisationId: number, note: string): Promise<string | null> {
  const redact = createRedactor({ knownNames: await schoolNamesUnder(db, organisationId) });
  // Tokens such as [TELEFOON] can be longer than what they replace; the column holds 500 characters.
  const redacted = redact(note).text.trim().slice(0, noteMaxLength);
  return redacted || null;
}

export async function signalsOf(
  db: Kysely<Database>,
  user: SessionUser,
  query: { organisation: string; from?: string | undefined; to?: string | undefined; page: number; pageSize: number },
) {
  const organisation = await organisationInScope(db, user, query.organisation, readRoles);
  if (query.from !== undefined && query.to !== undefined && query.to < query.from)
    throw new AppError('signal_period_invalid', {}, 'De periode klopt niet.', {
      to: ['Kies een einddatum op of na de begindatum.'],
    });
  const organisationIds = await organisationAndChildren(db, organisation.id);
  const { signals, total } = await listSignals(
    db,
    { organisationIds, from: query.from, to: query.to },
    { offset: (query.page - 1) * query.pageSize, limit: query.pageSize },
  );
  return { signals, total, page: query.page, pageSize: query.pageSize };
}

const zeroQuarters = (): [number, number, number, number] => [0, 0, 0, 0];

/**
 * Counts for one calendar year: theme mentions per theme and quarter (every active theme, zeros too, in
 * codebook order; a signal with two themes counts once for each), signals per quarter, channel and outcome.
 */
export async function signalCounts(
  db: Kysely<Database>,
  user: SessionUser,
  query: { organisation: string; year: number },
) {
  const organisation = await organisationInScope(db, user, query.organisation, readRoles);
  const filter = {
    organisationIds: await organisationAndChildren(db, organisation.id),
    from: `${query.year}-01-01`,
    to: `${query.year}-12-31`,
  };
  const [themes, themeRows, signalRows] = await Promise.all([
    activeThemes(db),
    countThemesPerQuarter(db, filter),
    countSignalsByQuarterChannelOutcome(db, filter),
  ]);
  const byTheme = new Map(
    themes.map((t) => [t.code, { theme: t.code, label: t.label as string | null, quarters: zeroQuarters(), total: 0 }]),
  );
  for (const row of themeRows) {
    // A code from an older codebook still counts; it has no label in the active one.
    const entry = byTheme.get(row.theme) ?? { theme: row.theme, label: null, quarters: zeroQuarters(), total: 0 };
    byTheme.set(row.theme, entry);
    entry.quarters[row.quarter - 1] = row.count;
    entry.total += row.count;
  }
  const quarters = zeroQuarters();
  const byChannel = Object.fromEntries(signalChannels.map((c) => [c, 0])) as Record<SignalChannel, number>;
  const byOutcome = Object.fromEntries(signalOutcomes.map((o) => [o, 0])) as Record<SignalOutcome, number>;
  for (const row of signalRows) {
    quarters[row.quarter - 1] = (quarters[row.quarter - 1] ?? 0) + row.count;
    byChannel[row.channel] += row.count;
    byOutcome[row.outcome] += row.count;
  }
  return {
    organisation: organisation.slug,
    year: query.year,
    total: quarters.reduce((a, b) => a + b, 0),
    quarters,
    byTheme: [...byTheme.values()],
    byChannel,
    byOutcome,
  };
}

/** The active codebook's themes with short labels, for the entry screen and the action form. */
export async function signalThemes(db: Kysely<Database>) {
  return { themes: await activeThemes(db) };
}
