import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database, SignalChannel, SignalOutcome } from '../db/database.ts';

type Db = Kysely<Database> | Transaction<Database>;

export interface ActiveTheme {
  code: string;
  label: string;
}

/** The themes of the active codebook in codebook order, with their short staff label; empty when none is active. */
export async function activeThemes(db: Db): Promise<ActiveTheme[]> {
  return db
    .selectFrom('themes')
    .innerJoin('codebooks', 'codebooks.id', 'themes.codebook_id')
    .select(['themes.code', 'themes.label_nl as label'])
    .where('codebooks.is_active', '=', true)
    .orderBy('themes.position')
    .execute();
}

export interface SignalRow {
  id: number;
  organisation: string;
  signalledOn: string;
  channel: SignalChannel;
  askerRole: 'ouder' | 'jongere' | 'professional';
  sector: string | null;
  school: { id: number; name: string } | null;
  themes: string[];
  outcome: SignalOutcome;
  note: string | null;
}

export interface SignalFilter {
  organisationIds: number[];
  from?: string | undefined;
  to?: string | undefined;
}

function filtered(db: Db, filter: SignalFilter) {
  let query = db.selectFrom('signals').where('signals.organisation_id', 'in', filter.organisationIds);
  if (filter.from !== undefined) query = query.where('signals.signalled_on', '>=', filter.from);
  if (filter.to !== undefined) query = query.where('signals.signalled_on', '<=', filter.to);
  return query;
}

/** One page of signals, newest first (by date, then by entry order), with the total for paging. */
export async function listSignals(db: Db, filter: SignalFilter, page: { offset: number; limit: number }) {
  const [rows, total] = await Promise.all([
    filtered(db, filter)
      .innerJoin('organisations', 'organisations.id', 'signals.organisation_id')
      .leftJoin('schools', 'schools.id', 'signals.school_id')
      .select([
        'signals.id',
        'organisations.slug as organisation',
        'signals.signalled_on as signalledOn',
        'signals.channel',
        'signals.asker_role as askerRole',
        'signals.sector',
        'signals.school_id as schoolId',
        'schools.name as schoolName',
        'signals.themes',
        'signals.outcome',
        'signals.note',
      ])
      .orderBy('signals.signalled_on', 'desc')
      .orderBy('signals.id', 'desc')
      .offset(page.offset)
      .limit(page.limit)
      .execute(),
    filtered(db, filter)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  const signals: SignalRow[] = rows.map(({ schoolId, schoolName, ...row }) => ({
    ...row,
    id: Number(row.id),
    school: schoolId === null || schoolName === null ? null : { id: schoolId, name: schoolName },
  }));
  return { signals, total: Number(total.n) };
}

/** Theme mentions per theme and quarter (1–4): one GROUP BY over the unnested theme arrays. */
export async function countThemesPerQuarter(db: Db, filter: Required<SignalFilter>) {
  const result = await sql<{ theme: string; quarter: number; count: number | string }>`
    select t.theme, extract(quarter from s.signalled_on)::int as quarter, count(*) as count
    from signals s cross join lateral unnest(s.themes) as t(theme)
    where s.organisation_id in (${sql.join(filter.organisationIds)})
      and s.signalled_on between ${filter.from} and ${filter.to}
    group by t.theme, quarter
    order by t.theme, quarter`.execute(db);
  return result.rows.map((r) => ({ theme: r.theme, quarter: Number(r.quarter), count: Number(r.count) }));
}

/** Signals per quarter, channel and outcome: one GROUP BY, summed into the three margins by the service. */
export async function countSignalsByQuarterChannelOutcome(db: Db, filter: Required<SignalFilter>) {
  const result = await sql<{ quarter: number; channel: SignalChannel; outcome: SignalOutcome; count: number | string }>`
    select extract(quarter from signalled_on)::int as quarter, channel, outcome, count(*) as count
    from signals
    where organisation_id in (${sql.join(filter.organisationIds)})
      and signalled_on between ${filter.from} and ${filter.to}
    group by quarter, channel, outcome`.execute(db);
  return result.rows.map((r) => ({ ...r, quarter: Number(r.quarter), count: Number(r.count) }));
}
