import { releaseReference, REFERENCE_MIN_ORGANISATIONS, REFERENCE_MIN_SCHOOLS } from '@klankbord/analysis/disclosure';
import { distributionOf, oneSampleTTest, percentileRank } from '@klankbord/analysis/statistics';
import { type Kysely, sql } from 'kysely';
import type { SessionUser } from '../auth/sessions.ts';
import type { Database, RespondentRole, Sector } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { groupMinimumOf, takesPartInReference, takesPartInReferenceSql } from '../organisations/settings.ts';
import { type AnalysisScope, resolveAnalysisScope } from './analysis-scope.ts';
import { significanceLevel } from './figures.ts';
import { itemsOfVersion } from './question-view.ts';

// The reference benchmark (issue 17): per audience, year, sector and item, the distribution of the
// figures (means) of every school on this installation whose organisation takes part, published under
// the thresholds in analysis/src/disclosure/reference.ts. A school in view is set against it with its
// percentile and a one-sample t-test. Other schools and organisations are never named: the loaded
// rows carry ids only to count organisations and to find the schools in view, and never leave here.

/** The test named on screen. */
export const referenceTest =
  "Student's one-sample t-test of the school's answers against the mean of the reference schools, two-sided, α = 0.05";

/** A scale item the reference compares: its name and its numeric answer values. */
interface ReferenceItem {
  name: string;
  title: string;
  values: string[];
}

interface SchoolRow {
  school_id: number;
  sector: Sector;
  root_id: number;
  minimum: number;
  n: number[];
  sum: number[];
  sumsq: number[];
}

interface ReferenceData {
  rows: SchoolRow[];
  bySchool: Map<number, SchoolRow>;
}

/** How long loaded reference figures are reused: new responses show up in the reference within this. */
export const referenceCacheMs = 5 * 60 * 1000;
const cache = new Map<string, { startedAt: number; loading: Promise<ReferenceData> }>();

/** Forgets every loaded reference (tests, and a changed setting takes effect at once anyway: see key). */
export function forgetReferences(): void {
  cache.clear();
}

function numericItems(items: Awaited<ReturnType<typeof itemsOfVersion>>): ReferenceItem[] {
  return items
    .filter((q) => q.kind === 'likert' && q.values.length >= 3 && q.values.every((v) => /^-?\d{1,3}$/.test(v)))
    .map((q) => ({ name: q.name, title: q.title, values: q.values }));
}

/**
 * Per school of the taking-part organisations: its sector, its top organisation (an SWV, or a board
 * outside one), the group size that holds for it, and per item the answers' count, sum and sum of squares.
 */
async function loadSchoolRows(
  db: Kysely<Database>,
  request: { year: number; audience: RespondentRole; items: ReferenceItem[]; installationMinimum: number },
): Promise<SchoolRow[]> {
  const { items, installationMinimum } = request;
  if (items.length === 0) return [];
  // Read from the counts kept per wave × school × item × answer value (migration 20), not from the
  // answers' JSON: per item, n, sum and sum of squares over the values of its scale, exactly as before.
  // Only item|value pairs of the scales are kept (one hashed lookup per row; '|' is never in a value),
  // summed per wave × school × item, and handed over per school as lists that are laid out per item
  // below. The school counts keep every school with a complete response in, also one without scale
  // answers, as the reading of the JSON did. Sums in float8 are exact for these integers.
  const pairs = items.flatMap((item) => item.values.map((value) => `${item.name}|${value}`));
  const names = sql`array[${sql.join(items.map((i) => i.name))}]::text[]`;
  const list = (column: string) =>
    sql`coalesce(array_agg(${sql.ref(`i.${column}`)}) filter (where i.k is not null), '{}')`;
  // The groups (schools × items, ~90k at 7,000 schools) fit in memory with more than the default 4 MB.
  const { rows } = await db.transaction().execute(async (tx) => {
    await sql`set local work_mem = '64MB'`.execute(tx);
    return sql<Omit<SchoolRow, 'n' | 'sum' | 'sumsq'> & { k: number[]; n: number[]; sum: number[]; sumsq: number[] }>`
    with taking_part as (
      select s.id, s.sector, coalesce(p.id, o.id) as root_id,
        greatest(coalesce(o.min_group_size, p.min_group_size, ${installationMinimum}), ${installationMinimum})::int as minimum
      from schools s join organisations o on o.id = s.organisation_id
        left join organisations p on p.id = o.parent_id
      where ${takesPartInReferenceSql}
    ), waves_of_year as (
      select id from waves where year = ${request.year} and audience = ${request.audience}
    ), counted as (
      select distinct school_id from response_school_counts where wave_id = any (array(select id from waves_of_year))
    ), per_item as (
      select c.school_id, array_position(${names}, c.item) - 1 as k, sum(c.responses)::int as n,
        sum(c.responses::float8 * c.number) as sum, sum(c.responses::float8 * c.number * c.number) as sumsq
      from response_answer_counts c
      where c.wave_id = any (array(select id from waves_of_year)) and c.item || '|' || c.value in (${sql.join(pairs)})
      group by c.wave_id, c.school_id, c.item
    )
    select t.id as school_id, t.sector, t.root_id, t.minimum,
      ${list('k')} as k, ${list('n')} as n, ${list('sum')} as sum, ${list('sumsq')} as sumsq
    from counted r
      join taking_part t on t.id = r.school_id
      left join per_item i on i.school_id = r.school_id
    group by t.id, t.sector, t.root_id, t.minimum`.execute(tx);
  });
  return rows.map(({ k, n, sum, sumsq, ...school }) => {
    const row: SchoolRow = { ...school, n: items.map(() => 0), sum: items.map(() => 0), sumsq: items.map(() => 0) };
    // A school with waves of its own and of its organisation that year has an entry per wave: added up.
    k.forEach((item, j) => {
      row.n[item]! += Number(n[j]);
      row.sum[item]! += Number(sum[j]);
      row.sumsq[item]! += Number(sumsq[j]);
    });
    return row;
  });
}

/**
 * The loaded reference of one audience and year, reused for referenceCacheMs. The key holds the taking-
 * part organisations and their group sizes, so switching the setting or a minimum takes effect at once.
 */
async function referenceData(
  db: Kysely<Database>,
  request: { year: number; audience: RespondentRole; items: ReferenceItem[]; installationMinimum: number },
): Promise<ReferenceData> {
  const { rows: parts } = await sql<{ key: string | null }>`
    select string_agg(o.id || ':' || coalesce(o.min_group_size, p.min_group_size, 0), ',' order by o.id) as key
    from organisations o left join organisations p on p.id = o.parent_id
    where ${takesPartInReferenceSql}`.execute(db);
  const key = JSON.stringify([
    request.year,
    request.audience,
    request.installationMinimum,
    request.items.map((i) => [i.name, i.values]),
    parts[0]?.key ?? '',
  ]);
  const now = Date.now();
  for (const [k, v] of cache) if (now - v.startedAt > referenceCacheMs) cache.delete(k);
  let entry = cache.get(key);
  if (!entry) {
    const loading = loadSchoolRows(db, request).then((rows) => ({
      rows,
      bySchool: new Map(rows.map((r) => [r.school_id, r])),
    }));
    cache.set(key, (entry = { startedAt: now, loading }));
    loading.catch(() => cache.delete(key));
  }
  return entry.loading;
}

export type ReferenceDistribution =
  | {
      published: true;
      schools: number;
      organisations: number;
      mean: number;
      p10: number;
      p25: number;
      median: number;
      p75: number;
      p90: number;
    }
  | { published: false; reason: 'too_few_schools' | 'too_few_organisations' };

/** One sector's reference per item, as the disclosure rule publishes it (with the figures for percentiles). */
function sectorReference(data: ReferenceData, sector: Sector, items: ReferenceItem[]) {
  const inSector = data.rows.filter((r) => r.sector === sector);
  return items.map((_, k) => {
    const release = releaseReference(
      inSector.map((r) => ({
        organisation: String(r.root_id),
        n: r.n[k] ?? 0,
        minimum: r.minimum,
        figure: (r.sum[k] ?? 0) / (r.n[k] || Number.NaN),
      })),
    );
    if (!release.published) {
      const hidden: ReferenceDistribution = { published: false, reason: release.reason };
      return { distribution: hidden, figures: [] as readonly number[] };
    }
    const distribution: ReferenceDistribution = {
      published: true,
      organisations: release.organisations,
      ...distributionOf(release.figures),
    };
    return { distribution, figures: release.figures };
  });
}

/** The whole installation's reference of one audience and year, per sector and item (the benchmark's "national" view). */
export async function installationReference(
  db: Kysely<Database>,
  request: { year: number; audience: RespondentRole; surveyVersionId: number; installationMinimum: number },
) {
  const items = numericItems(await itemsOfVersion(db, request.surveyVersionId));
  const data = await referenceData(db, { ...request, items });
  const sectors = [...new Set(data.rows.map((r) => r.sector))].sort();
  return {
    items: items.map((i) => ({ name: i.name, title: i.title })),
    sectors: sectors.map((sector) => ({
      sector,
      items: sectorReference(data, sector, items).map((r, k) => ({ name: items[k]!.name, reference: r.distribution })),
    })),
  };
}

/**
 * The schools in the user's view of a wave (or the one asked for) against the reference of the wave's
 * audience and year in their sector. An organisation that does not take part gets only that answer.
 */
export async function referenceView(
  db: Kysely<Database>,
  user: SessionUser,
  request: { organisation: string; wave: number; school?: number; installationMinimum: number },
) {
  const scope = await resolveAnalysisScope(db, user, request.organisation, request.wave);
  const organisation = scope.organisation!;
  const head = {
    wave: { id: scope.wave.id, name: scope.wave.name, year: scope.wave.year, audience: scope.wave.audience },
    thresholds: { schools: REFERENCE_MIN_SCHOOLS, organisations: REFERENCE_MIN_ORGANISATIONS },
    test: referenceTest,
    significanceLevel,
  };
  if (!(await takesPartInReference(db, organisation.id)))
    return { ...head, takesPart: false as const, items: [], schools: [] };

  const minimum = await groupMinimumOf(db, organisation.slug, request.installationMinimum);
  const items = numericItems(await itemsOfVersion(db, scope.wave.surveyVersionId));
  let schoolsQuery = db
    .selectFrom('schools')
    .select(['id', 'name', 'brin', 'sector'])
    .where('organisation_id', 'in', scope.organisationIds ?? [])
    .orderBy('name');
  if (scope.ownSchoolId !== null) schoolsQuery = schoolsQuery.where('id', '=', scope.ownSchoolId);
  if (request.school !== undefined) schoolsQuery = schoolsQuery.where('id', '=', request.school);
  const schools = await schoolsQuery.execute();
  if (request.school !== undefined && schools.length === 0)
    throw new AppError(
      'reference_school_not_in_view',
      { id: request.school },
      `School ${request.school} is not in your view of this organisation.`,
    );

  const data = await referenceData(db, {
    year: scope.wave.year,
    audience: scope.wave.audience,
    items,
    installationMinimum: request.installationMinimum,
  });
  const bySector = new Map<Sector, ReturnType<typeof sectorReference>>();
  const referenceOf = (sector: Sector) => {
    let reference = bySector.get(sector);
    if (!reference) bySector.set(sector, (reference = sectorReference(data, sector, items)));
    return reference;
  };

  return {
    ...head,
    takesPart: true as const,
    minCellSize: minimum,
    items: items.map((i) => ({ name: i.name, title: i.title })),
    schools: schools.map((school) => {
      const row = data.bySchool.get(school.id);
      const reference = referenceOf(school.sector);
      return {
        id: school.id,
        name: school.name,
        brin: school.brin,
        sector: school.sector,
        items: items.map((item, k) => {
          const { distribution, figures } = reference[k]!;
          const n = row?.n[k] ?? 0;
          // The school's own figure under the group rule of the organisation viewing it.
          if (n < minimum)
            return { name: item.name, n: null, mean: null, reference: distribution, percentile: null, test: null };
          const mean = row!.sum[k]! / n;
          if (!distribution.published)
            return { name: item.name, n, mean, reference: distribution, percentile: null, test: null };
          const test = oneSampleTTest(n, row!.sum[k]!, row!.sumsq[k]!, distribution.mean);
          return {
            name: item.name,
            n,
            mean,
            reference: distribution,
            percentile: percentileRank(figures, mean),
            test: test.ok
              ? {
                  t: test.t,
                  df: test.df,
                  p: test.p,
                  significant: test.p < significanceLevel,
                  direction: test.p >= significanceLevel ? ('same' as const) : test.t > 0 ? 'higher' : 'lower',
                }
              : null,
          };
        }),
      };
    }),
  };
}

/** The reference beside a school's report mark: the distribution in marks, and the school's percentile. */
export type MarkReference =
  | {
      published: true;
      schools: number;
      organisations: number;
      mean: number;
      p25: number;
      median: number;
      p75: number;
      percentile: number;
    }
  | { published: false; reason: 'too_few_schools' | 'too_few_organisations' };

/**
 * For the report mark (issue 17 item 2): per school in view, the reference of the mark item converted to
 * marks (the conversion is linear: 1–10 as is, a 4-point item as 3 × mean − 2), or null when the
 * organisation does not take part, the item has no reference, or the school is not in it.
 */
export async function markReferences(
  db: Kysely<Database>,
  scope: AnalysisScope,
  mark: { name: string; values: readonly string[]; marks: readonly number[] },
  installationMinimum: number,
): Promise<((schoolId: number) => MarkReference | null) | null> {
  if (!scope.organisation || !(await takesPartInReference(db, scope.organisation.id))) return null;
  const values = mark.values.map(Number);
  const slope = (mark.marks.at(-1)! - mark.marks[0]!) / (values.at(-1)! - values[0]!);
  const toMark = (v: number) => mark.marks[0]! + (v - values[0]!) * slope;
  if (!values.every((v, j) => Math.abs(toMark(v) - mark.marks[j]!) < 1e-9)) return null;
  const items = numericItems(await itemsOfVersion(db, scope.wave.surveyVersionId));
  const k = items.findIndex((i) => i.name === mark.name);
  if (k < 0) return null;
  const data = await referenceData(db, {
    year: scope.wave.year,
    audience: scope.wave.audience,
    items,
    installationMinimum,
  });
  const bySector = new Map<Sector, ReturnType<typeof sectorReference>[number]>();
  return (schoolId) => {
    const row = data.bySchool.get(schoolId);
    if (!row || !(row.n[k]! > 0)) return null;
    let reference = bySector.get(row.sector);
    if (!reference) bySector.set(row.sector, (reference = sectorReference(data, row.sector, items)[k]!));
    const d = reference.distribution;
    if (!d.published) return d;
    return {
      published: true,
      schools: d.schools,
      organisations: d.organisations,
      mean: toMark(d.mean),
      p25: toMark(d.p25),
      median: toMark(d.median),
      p75: toMark(d.p75),
      percentile: percentileRank(reference.figures, row.sum[k]! / row.n[k]!),
    };
  };
}
