import { createHash } from 'node:crypto';
import { defaultCodebook } from '@klankbord/analysis/codebook';
import { type Kysely, sql, type Transaction } from 'kysely';
import { insertCodebook } from '../codebook/queries.ts';
import type { Database, Sector } from '../db/database.ts';
import parentSurvey from '../demo/content/parent-survey.json' with { type: 'json' };
import demoStories from '../demo/content/stories.json' with { type: 'json' };
import youthSurvey from '../demo/content/youth-survey.json' with { type: 'json' };
import type { DemoStory } from '../demo/seed-demo.ts';
import { surveyLocales, surveyQuestions } from '../surveys/survey-questions.ts';
import { generateAnswers } from './answers.ts';
import { createProgress } from './progress.ts';
import { createRandom, type Random } from './random.ts';

export interface SyntheticOptions {
  schools: number;
  responses: number;
  stories: number;
  seed: number;
  /** Top organisations (SWVs) the schools are spread over; default one per 47 schools. */
  organisations?: number;
  /** Whether the SWVs (and so their boards) take part in the reference benchmark; default yes. */
  reference?: boolean;
  quiet?: boolean;
}

type Tx = Transaction<Database>;
const batchSize = 5000;

// Dutch school landscape, roughly: share of schools per sector and median pupil count.
const sectors: { sector: Sector; share: number; median: number }[] = [
  { sector: 'po', share: 0.66, median: 220 },
  { sector: 'vo', share: 0.19, median: 850 },
  { sector: 'so', share: 0.05, median: 120 },
  { sector: 'sbo', share: 0.05, median: 140 },
  { sector: 'mbo', share: 0.05, median: 1800 },
];

interface SynSchool {
  id: number;
  sector: Sector;
  pupils: number;
  swvIndex: number;
  climate: number;
}

/**
 * Fills the database with a national-scale synthetic data set (organisations prefixed `syn-`),
 * deterministically from the seed, in one transaction: stopped halfway, it leaves nothing.
 */
export async function seedSynthetic(db: Kysely<Database>, options: SyntheticOptions): Promise<{ seconds: number }> {
  const started = performance.now();
  const existing = await db
    .selectFrom('organisations')
    .select('id')
    .where('slug', 'like', 'syn-%')
    .limit(1)
    .executeTakeFirst();
  if (existing)
    throw new Error(
      'This database already holds synthetic data (organisations starting with "syn-"). Use a fresh database.',
    );
  await db.transaction().execute(async (tx) => {
    const random = createRandom(options.seed);
    const schools = await insertStructure(tx, options, random);
    const codebook = await activeCodebook(tx);
    const waves = await insertWaves(tx, Math.max(...schools.map((s) => s.swvIndex)) + 1);
    // The counts kept for the reference (migration 20) are made once after the load, not per batch:
    // the same counting, a fraction of the time. In this transaction, so a failed load leaves the trigger on.
    await sql`alter table responses disable trigger response_counts_insert`.execute(tx);
    await insertResponses(tx, options, schools, waves, random);
    await sql`alter table responses enable trigger response_counts_insert`.execute(tx);
    await sql`select recount_response_counts()`.execute(tx);
    await insertStories(tx, options, schools, waves, codebook, random);
  });
  // Fresh planner statistics: without them the analysis queries on a just-loaded database plan badly.
  for (const table of [
    'responses',
    'response_school_counts',
    'response_answer_counts',
    'stories',
    'codings',
    'schools',
    'organisations',
    'waves',
  ] as const) {
    await sql`analyze ${sql.table(table)}`.execute(db);
  }
  return { seconds: (performance.now() - started) / 1000 };
}

async function insertStructure(tx: Tx, options: SyntheticOptions, random: Random): Promise<SynSchool[]> {
  const swvCount = options.organisations ?? Math.max(1, Math.round(options.schools / 47));
  const boardCount = Math.max(1, Math.round(options.schools / 7));
  const swvs = await tx
    .insertInto('organisations')
    .values(
      Array.from({ length: swvCount }, (_, i) => ({
        slug: `syn-swv-${String(i + 1).padStart(3, '0')}`,
        name: `Synthetisch samenwerkingsverband ${i + 1}`,
        kind: 'swv' as const,
        region: `Regio ${(i % 12) + 1}`,
        reference_benchmark: options.reference ?? true,
      })),
    )
    .returning('id')
    .execute();
  const boards: { id: number; parent_id: number | null }[] = [];
  for (let i = 0; i < boardCount; i += batchSize) {
    const rows = Array.from({ length: Math.min(batchSize, boardCount - i) }, (_, j) => ({
      slug: `syn-bestuur-${String(i + j + 1).padStart(5, '0')}`,
      name: `Synthetisch bestuur ${i + j + 1}`,
      kind: 'bestuur' as const,
      parent_id: swvs[(i + j) % swvCount]!.id,
      region: `Regio ${(((i + j) % swvCount) % 12) + 1}`,
    }));
    boards.push(...(await tx.insertInto('organisations').values(rows).returning(['id', 'parent_id']).execute()));
  }
  const swvIndexById = new Map(swvs.map((s, i) => [s.id, i]));
  const boardSwv = new Map(boards.map((b) => [b.id, swvIndexById.get(b.parent_id ?? -1) ?? 0]));
  const schools: SynSchool[] = [];
  for (let i = 0; i < options.schools; i += batchSize) {
    const rows = Array.from({ length: Math.min(batchSize, options.schools - i) }, (_, j) => {
      const n = i + j;
      const kind = random.weighted(
        sectors,
        sectors.map((s) => s.share),
      );
      const board = boards[n % boards.length]!;
      return {
        organisation_id: board.id,
        name: `Synthetische school ${n + 1}`,
        // Base-36 BRIN from the index: unique and stable for up to 36^4 schools.
        brin: n.toString(36).toUpperCase().padStart(4, '0').slice(-4),
        sector: kind.sector,
        municipality: `Gemeente ${(n % 340) + 1}`,
        pupil_count: Math.max(20, Math.round(kind.median * Math.exp(random.normal() * 0.5))),
      };
    });
    const inserted = await tx
      .insertInto('schools')
      .values(rows)
      .returning(['id', 'sector', 'pupil_count', 'organisation_id'])
      .execute();
    schools.push(
      ...inserted.map((s) => ({
        id: s.id,
        sector: s.sector,
        pupils: s.pupil_count ?? 0,
        swvIndex: boardSwv.get(s.organisation_id) ?? 0,
        climate: random.normal() * 0.35,
      })),
    );
  }
  return schools;
}

async function activeCodebook(tx: Tx): Promise<{ id: number; themeIds: Map<string, number> }> {
  const active = await tx.selectFrom('codebooks').select('id').where('is_active', '=', true).executeTakeFirst();
  if (!active) return insertCodebook(tx, defaultCodebook, { active: true });
  const themes = await tx.selectFrom('themes').select(['id', 'code']).where('codebook_id', '=', active.id).execute();
  return { id: active.id, themeIds: new Map(themes.map((t) => [t.code, t.id])) };
}

interface SynWave {
  id: number;
  swvIndex: number;
  year: number;
  audience: 'ouder' | 'jongere';
}

async function insertWaves(tx: Tx, swvCount: number): Promise<SynWave[]> {
  const swvs = await tx
    .selectFrom('organisations')
    .select('id')
    .where('slug', 'like', 'syn-swv-%')
    .orderBy('slug')
    .execute();
  const versions: Record<'ouder' | 'jongere', number> = { ouder: 0, jongere: 0 };
  for (const [audience, definition] of [
    ['ouder', parentSurvey],
    ['jongere', youthSurvey],
  ] as const) {
    const { id: surveyId } = await tx
      .insertInto('surveys')
      .values({
        organisation_id: swvs[0]!.id,
        slug: `syn-${audience}`,
        title: `Synthetische ${audience}vragenlijst`,
        audience,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const { id } = await tx
      .insertInto('survey_versions')
      .values({
        survey_id: surveyId,
        version: 1,
        definition: JSON.stringify(definition),
        locales: surveyLocales(definition),
        status: 'published',
        published_at: '2025-01-01T00:00:00Z',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    versions[audience] = id;
  }
  const plan = [
    { year: 2025, audience: 'ouder' as const },
    { year: 2026, audience: 'ouder' as const },
    { year: 2026, audience: 'jongere' as const },
  ];
  const rows = swvs
    .slice(0, swvCount)
    .flatMap((swv, swvIndex) => plan.map((p) => ({ swvIndex, ...p, organisation_id: swv.id })));
  const inserted = await tx
    .insertInto('waves')
    .values(
      rows.map((r) => ({
        survey_version_id: versions[r.audience],
        organisation_id: r.organisation_id,
        name: `${r.audience} ${r.year}`,
        year: r.year,
        audience: r.audience,
        opens_on: `${r.year}-03-01`,
        closes_on: `${r.year}-06-30`,
      })),
    )
    .returning('id')
    .execute();
  return rows.map((r, i) => ({ id: inserted[i]!.id, swvIndex: r.swvIndex, year: r.year, audience: r.audience }));
}

/** Picks schools in proportion to their pupils in O(log n): respondents come from big schools more often. */
function schoolSampler(schools: SynSchool[], random: Random): () => SynSchool {
  const cumulative: number[] = [];
  let total = 0;
  for (const s of schools) cumulative.push((total += s.pupils));
  return () => {
    const r = random.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > r) hi = mid;
      else lo = mid + 1;
    }
    return schools[lo]!;
  };
}

function wavesBySwv(waves: SynWave[]): Map<number, SynWave[]> {
  const map = new Map<number, SynWave[]>();
  for (const wave of waves) map.set(wave.swvIndex, [...(map.get(wave.swvIndex) ?? []), wave]);
  return map;
}

function syntheticHash(kind: string, seed: number, i: number): string {
  return createHash('sha256').update(`${kind}:${seed}:${i}`).digest('hex');
}

function day(random: Random, year: number): string {
  return `${year}-${String(random.int(3, 6)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
}

async function insertResponses(
  tx: Tx,
  options: SyntheticOptions,
  schools: SynSchool[],
  waves: SynWave[],
  random: Random,
): Promise<void> {
  const sample = schoolSampler(schools, random);
  const bySwv = wavesBySwv(waves);
  const questions = { ouder: surveyQuestions(parentSurvey), jongere: surveyQuestions(youthSurvey) };
  const progress = options.quiet ? undefined : createProgress('responses', options.responses);
  for (let i = 0; i < options.responses; i += batchSize) {
    const rows = [];
    for (let j = 0; j < Math.min(batchSize, options.responses - i); j++) {
      const school = sample();
      const swvWaves = bySwv.get(school.swvIndex) ?? [];
      const youthAllowed = school.sector === 'vo' || school.sector === 'mbo';
      const candidates = swvWaves.filter((w) => youthAllowed || w.audience === 'ouder');
      const wave = random.weighted(
        candidates,
        candidates.map((w) => (w.audience === 'jongere' ? 0.5 : 1)),
      );
      // Climate: the school's own, sector differences, and a small improvement from 2025 to 2026.
      const climate =
        school.climate +
        (school.sector === 'vo' ? -0.2 : school.sector === 'so' ? 0.15 : 0) +
        (wave.year === 2026 ? 0.08 : 0);
      const complete = random.chance(0.97);
      rows.push({
        wave_id: wave.id,
        school_id: school.id,
        role: wave.audience,
        locale: random.weighted(['nl', 'en', 'ar', 'tr', 'pl', 'uk'], [90, 3, 2, 2, 2, 1]),
        answers: generateAnswers(questions[wave.audience], random, climate),
        submitted_on: day(random, wave.year),
        status: complete ? 'complete' : 'partial',
        receipt_hash: syntheticHash('r', options.seed, i + j),
        resume_hash: complete ? null : syntheticHash('p', options.seed, i + j),
      });
    }
    await sql`insert into responses (wave_id, school_id, role, locale, answers, submitted_on, status, receipt_hash, resume_hash)
      select wave_id, school_id, role, locale, answers, submitted_on, status, receipt_hash, resume_hash
      from jsonb_to_recordset(${JSON.stringify(rows)}::text::jsonb) as t(wave_id int, school_id int, role text, locale text, answers jsonb, submitted_on date, status text, receipt_hash text, resume_hash text)`.execute(
      tx,
    );
    progress?.update(i + rows.length);
  }
}

async function insertStories(
  tx: Tx,
  options: SyntheticOptions,
  schools: SynSchool[],
  waves: SynWave[],
  codebook: { id: number; themeIds: Map<string, number> },
  random: Random,
): Promise<void> {
  const sample = schoolSampler(schools, random);
  const bySwv = wavesBySwv(waves);
  const swvIds = await tx
    .selectFrom('organisations')
    .select('id')
    .where('slug', 'like', 'syn-swv-%')
    .orderBy('slug')
    .execute();
  const templates = demoStories as DemoStory[];
  const progress = options.quiet ? undefined : createProgress('stories', options.stories);
  let nextStoryId =
    Number(
      (await sql<{ id: number }>`select coalesce(max(id), 0)::int as id from stories`.execute(tx)).rows[0]?.id ?? 0,
    ) + 1;
  for (let i = 0; i < options.stories; i += batchSize) {
    const stories = [];
    const codings = [];
    for (let j = 0; j < Math.min(batchSize, options.stories - i); j++) {
      const school = sample();
      const template = random.pick(templates);
      const role = school.sector === 'vo' || school.sector === 'mbo' ? template.role : 'ouder';
      const wave = (bySwv.get(school.swvIndex) ?? []).find(
        (w) => w.audience === role && w.year === (random.chance(0.45) ? 2025 : 2026),
      );
      const id = nextStoryId++;
      stories.push({
        id,
        organisation_id: swvIds[school.swvIndex]!.id,
        wave_id: wave?.id ?? null,
        school_id: school.id,
        sector: school.sector,
        role,
        title: template.title,
        text: template.text,
        codebook_id: codebook.id,
        self_themes: template.themes,
        tone: template.tone,
        kind: template.kind,
        consent_quote: template.consentQuote,
        consent_research: template.consentResearch,
        locale: template.locale,
        submitted_on: day(random, wave?.year ?? 2026),
        receipt_hash: syntheticHash('s', options.seed, i + j),
      });
      if (random.chance(0.5)) {
        for (const code of template.themes) {
          const themeId = codebook.themeIds.get(code);
          if (themeId !== undefined) codings.push({ story_id: id, theme_id: themeId, is_consensus: true });
        }
      }
    }
    await sql`insert into stories (id, organisation_id, wave_id, school_id, sector, role, title, text, codebook_id, self_themes, tone, kind, consent_quote, consent_research, locale, submitted_on, receipt_hash)
      select id, organisation_id, wave_id, school_id, sector, role, title, text, codebook_id, self_themes, tone, kind, consent_quote, consent_research, locale, submitted_on, receipt_hash
      from jsonb_to_recordset(${JSON.stringify(stories)}::text::jsonb) as t(id bigint, organisation_id int, wave_id int, school_id int, sector text, role text, title text, text text, codebook_id int, self_themes text[], tone text, kind text, consent_quote boolean, consent_research boolean, locale text, submitted_on date, receipt_hash text)`.execute(
      tx,
    );
    if (codings.length > 0) {
      await sql`insert into codings (story_id, theme_id, is_consensus)
        select story_id, theme_id, is_consensus from jsonb_to_recordset(${JSON.stringify(codings)}::text::jsonb) as t(story_id bigint, theme_id int, is_consensus boolean)`.execute(
        tx,
      );
    }
    progress?.update(i + stories.length);
  }
  // Explicit ids were used above; move the identity past them so later stories get fresh ones.
  await sql`select setval(pg_get_serial_sequence('stories', 'id'), ${nextStoryId})`.execute(tx);
}
