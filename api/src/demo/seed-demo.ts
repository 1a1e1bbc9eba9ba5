import { defaultCodebook } from '@klankbord/analysis/codebook';
import type { Kysely, Transaction } from 'kysely';
import { hashPassword, generatePassword } from '../auth/password.ts';
import { insertCodebook } from '../codebook/queries.ts';
import type { Database, RespondentRole, Sector, StoryKind, Tone } from '../db/database.ts';
import { hashCode, newCode } from '../privacy/codes.ts';
import { surveyLocales, surveyQuestions } from '../surveys/survey-questions.ts';
import { generateAnswers } from '../synthetic/answers.ts';
import { createRandom, type Random } from '../synthetic/random.ts';
import parentSurvey from './content/parent-survey.json' with { type: 'json' };
import demoStories from './content/stories.json' with { type: 'json' };
import youthSurvey from './content/youth-survey.json' with { type: 'json' };
import { demoAccounts, demoActions, demoBoards, demoSwv, smallDemoSchool } from './demo-organisations.ts';
import { seedDemoSignals } from './seed-demo-signals.ts';
import { groupMinimumOf } from '../organisations/settings.ts';
import { publishResults } from '../results/service.ts';

type Tx = Transaction<Database>;

export interface DemoStory {
  role: RespondentRole;
  sector: Sector;
  title: string | null;
  text: string;
  themes: string[];
  tone: Tone;
  kind: StoryKind;
  consentQuote: boolean;
  consentResearch: boolean;
  locale: string;
}

export type DemoStatus =
  | { state: 'absent' }
  | { state: 'present'; password: { source: 'env' | 'unchanged' } }
  | { state: 'seeded'; password: { source: 'env' } | { source: 'generated'; value: string } };

export interface DemoOptions {
  password?: string | undefined;
  /**
   * Also publish last year's results page (/resultaten/demo/2025), as the board would: for people
   * (`pnpm start`, `seed:demo`, the browser tests). A quarter of the seed's time, so tests that never look
   * at that page leave it out.
   */
  publishResults?: boolean;
}

/**
 * Seeds the demo samenwerkingsverband when asked and the database is empty; with DEMO_PASSWORD set,
 * (re)sets the demo accounts' password. Never touches a database without demo data unless seeding.
 */
export async function ensureDemoData(
  db: Kysely<Database>,
  options: { seedIfEmpty: boolean } & DemoOptions,
): Promise<DemoStatus> {
  const demo = await db.selectFrom('organisations').select('id').where('slug', '=', demoSwv.slug).executeTakeFirst();
  if (demo) {
    if (options.password) await setDemoPassword(db, options.password);
    return { state: 'present', password: { source: options.password ? 'env' : 'unchanged' } };
  }
  const anything = await db.selectFrom('organisations').select('id').limit(1).executeTakeFirst();
  if (!options.seedIfEmpty || anything) return { state: 'absent' };
  return seedDemo(db, options);
}

/** Writes the whole demo in one transaction: on any failure nothing of it stays. */
export async function seedDemo(db: Kysely<Database>, options: DemoOptions): Promise<DemoStatus> {
  const password = options.password ?? generatePassword();
  const passwordHash = await hashPassword(password);
  const seeded = await db.transaction().execute(async (tx) => {
    const random = createRandom(20261123);
    const { swvId, schools } = await insertOrganisations(tx);
    const codebook = await insertCodebook(tx, defaultCodebook, { active: true });
    const users = await insertAccounts(tx, swvId, schools, passwordHash);
    const waves = await insertSurveysAndWaves(tx, swvId, schools);
    await insertResponses(tx, waves, schools, random);
    await insertStories(tx, {
      swvId,
      schools,
      waves,
      codebook,
      coders: [users.researcher, users.secondCoder],
      random,
    });
    await seedDemoSignals(tx, { swvId, schools, random, steunpuntUserId: users.steunpunt });
    await tx
      .insertInto('actions')
      .values(
        demoActions.map((a) => ({
          organisation_id: swvId,
          theme_code: a.theme,
          year: a.year,
          title: a.title,
          owner: a.owner,
          status: a.status,
          evaluation: a.evaluation,
          due_on: `${a.year}-12-31`,
          created_by: users.board,
        })),
      )
      .execute();
    return { swvId, boardUserId: users.board };
  });
  if (options.publishResults) await publishDemoResults(db, seeded);
  return { state: 'seeded', password: options.password ? { source: 'env' } : { source: 'generated', value: password } };
}

/** The board publishes last year's results page, so the current wave's thank-you page links to it (issue 17). */
async function publishDemoResults(db: Kysely<Database>, seeded: { swvId: number; boardUserId: number }) {
  const board = demoAccounts.find((a) => a.role === 'board')!;
  await publishResults(
    db,
    {
      id: seeded.boardUserId,
      email: board.email,
      name: board.name,
      mustChangePassword: false,
      memberships: [{ organisationId: seeded.swvId, schoolId: null, role: 'board' }],
    },
    {
      organisation: demoSwv.slug,
      year: 2025,
      // MIN_CELL_SIZE's default; an organisation setting overrides it as everywhere.
      minimum: await groupMinimumOf(db, demoSwv.slug, 10),
    },
  );
}

async function setDemoPassword(db: Kysely<Database>, password: string): Promise<void> {
  await db
    .updateTable('users')
    .set({ password_hash: await hashPassword(password) })
    .where('is_demo', '=', true)
    .execute();
}

export interface SeededSchool {
  id: number;
  brin: string;
  sector: Sector;
  pupils: number;
  boardId: number;
}

async function insertOrganisations(tx: Tx): Promise<{ swvId: number; schools: SeededSchool[] }> {
  const { id: swvId } = await tx
    .insertInto('organisations')
    .values({ slug: demoSwv.slug, name: demoSwv.name, kind: 'swv', region: demoSwv.region })
    .returning('id')
    .executeTakeFirstOrThrow();
  const schools: SeededSchool[] = [];
  for (const board of demoBoards) {
    const { id: boardId } = await tx
      .insertInto('organisations')
      .values({ slug: board.slug, name: board.name, kind: 'bestuur', parent_id: swvId, region: demoSwv.region })
      .returning('id')
      .executeTakeFirstOrThrow();
    const rows = await tx
      .insertInto('schools')
      .values(
        board.schools.map((s) => ({
          organisation_id: boardId,
          name: s.name,
          brin: s.brin,
          sector: s.sector,
          municipality: s.municipality,
          pupil_count: s.pupils,
        })),
      )
      .returning(['id', 'brin', 'sector', 'pupil_count'])
      .execute();
    schools.push(
      ...rows.map((r) => ({ id: r.id, brin: r.brin, sector: r.sector, pupils: r.pupil_count ?? 0, boardId })),
    );
  }
  return { swvId, schools };
}

async function insertAccounts(tx: Tx, swvId: number, schools: SeededSchool[], passwordHash: string) {
  const ids: Record<string, number> = {};
  for (const account of demoAccounts) {
    const { id } = await tx
      .insertInto('users')
      .values({ email: account.email, name: account.name, password_hash: passwordHash, is_demo: true })
      .returning('id')
      .executeTakeFirstOrThrow();
    const school = account.scope.startsWith('school:')
      ? schools.find((s) => s.brin === account.scope.slice(7))
      : undefined;
    await tx
      .insertInto('memberships')
      .values({
        user_id: id,
        organisation_id: school ? school.boardId : swvId,
        school_id: school?.id ?? null,
        role: account.role,
      })
      .execute();
    ids[account.email] = id;
  }
  const id = (email: string) => ids[email] as number;
  return {
    researcher: id('onderzoeker@demo.klankbord.nl'),
    secondCoder: id('codeur@demo.klankbord.nl'),
    board: id('bestuur@demo.klankbord.nl'),
    steunpunt: id('steunpunt@demo.klankbord.nl'),
  };
}

export interface SeededWave {
  id: number;
  year: number;
  audience: RespondentRole;
  opensOn: string;
  closesOn: string;
  questions: ReturnType<typeof surveyQuestions>;
}

async function insertSurveysAndWaves(tx: Tx, swvId: number, schools: SeededSchool[]): Promise<SeededWave[]> {
  const waves: SeededWave[] = [];
  const today = new Date().toISOString().slice(0, 10);
  const nextYear = new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);
  for (const [audience, definition, slug, title] of [
    ['ouder', parentSurvey, 'oudervragenlijst', 'Oudervragenlijst Samen naar school'],
    ['jongere', youthSurvey, 'jongerenvragenlijst', 'Jongerenvragenlijst Jouw school, jouw stem'],
  ] as const) {
    const { id: surveyId } = await tx
      .insertInto('surveys')
      .values({ organisation_id: swvId, slug, title, audience })
      .returning('id')
      .executeTakeFirstOrThrow();
    const { id: versionId } = await tx
      .insertInto('survey_versions')
      .values({
        survey_id: surveyId,
        version: 1,
        definition: JSON.stringify(definition),
        locales: surveyLocales(definition),
        status: 'published',
        published_at: '2025-01-15T09:00:00Z',
        // The demo questionnaires have no 1–10 item: the overall "is heard" item stands in as the report mark.
        report_mark: audience === 'ouder' ? 'rel_gehoord' : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const year of [2025, 2026]) {
      // The current wave stays open for a year from the first start, so the demo links keep working.
      const closesOn = year === 2025 ? '2025-06-30' : nextYear > '2026-12-31' ? nextYear : '2026-12-31';
      const opensOn = year === 2025 ? '2025-03-01' : today < '2026-09-01' ? today : '2026-09-01';
      const { id } = await tx
        .insertInto('waves')
        .values({
          survey_version_id: versionId,
          organisation_id: swvId,
          name: `${title} ${year}`,
          year,
          audience,
          opens_on: opensOn,
          closes_on: closesOn,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      waves.push({ id, year, audience, opensOn, closesOn, questions: surveyQuestions(definition) });
      const linkSchools = schools.filter((s) => audience === 'ouder' || s.sector === 'vo');
      await tx
        .insertInto('open_links')
        .values([
          ...(year === 2026
            ? [{ wave_id: id, school_id: null, code: audience === 'ouder' ? 'demo-ouders' : 'demo-jongeren' }]
            : []),
          ...linkSchools.map((s) => ({
            wave_id: id,
            school_id: s.id,
            code: `${s.brin.toLowerCase()}-${audience === 'ouder' ? 'ouders' : 'jongeren'}-${year}`,
          })),
        ])
        .execute();
    }
  }
  return waves;
}

function dayWithin(random: Random, from: string, to: string): string {
  const start = Date.parse(from);
  const end = Math.min(Date.parse(to), Date.parse('2026-11-20'));
  return new Date(start + Math.floor(random.next() * Math.max(1, end - start))).toISOString().slice(0, 10);
}

async function insertResponses(tx: Tx, waves: SeededWave[], schools: SeededSchool[], random: Random): Promise<void> {
  for (const wave of waves) {
    const rows = [];
    const eligible = schools.filter((s) => wave.audience === 'ouder' || s.sector === 'vo');
    for (const school of eligible) {
      const climate =
        random.normal() * 0.3 +
        (school.sector === 'so' || school.sector === 'sbo' ? 0.15 : 0) +
        (wave.year === 2026 ? 0.1 : 0);
      const rate = wave.audience === 'ouder' ? 0.07 : 0.02;
      const count =
        school.brin === smallDemoSchool
          ? 6
          : Math.max(12, Math.round(school.pupils * rate * (wave.year === 2026 ? 1.1 : 0.9)));
      for (let i = 0; i < count; i++) {
        const complete = random.chance(0.95);
        rows.push({
          wave_id: wave.id,
          school_id: school.id,
          role: wave.audience,
          locale: random.weighted(['nl', 'en', 'ar', 'tr', 'pl', 'uk'], [88, 3, 3, 3, 2, 1]),
          answers: JSON.stringify(generateAnswers(wave.questions, random, climate)),
          submitted_on: dayWithin(random, wave.opensOn, wave.closesOn),
          status: complete ? ('complete' as const) : ('partial' as const),
          receipt_hash: hashCode(newCode()),
          resume_hash: complete ? null : hashCode(newCode()),
        });
      }
    }
    for (let i = 0; i < rows.length; i += 500)
      await tx
        .insertInto('responses')
        .values(rows.slice(i, i + 500))
        .execute();
  }
}

async function insertStories(
  tx: Tx,
  context: {
    swvId: number;
    schools: SeededSchool[];
    waves: SeededWave[];
    codebook: { id: number; themeIds: Map<string, number> };
    coders: [number, number];
    random: Random;
  },
): Promise<void> {
  const { swvId, schools, waves, codebook, coders, random } = context;
  const [researcherId] = coders;
  const stories = demoStories as DemoStory[];
  for (const [index, story] of stories.entries()) {
    const year = index % 5 < 2 ? 2025 : 2026;
    const wave = waves.find((w) => w.year === year && w.audience === story.role);
    const sameSector = schools.filter((s) => s.sector === story.sector);
    const school = sameSector.length > 0 && random.chance(0.7) ? random.pick(sameSector) : undefined;
    const { id } = await tx
      .insertInto('stories')
      .values({
        organisation_id: swvId,
        wave_id: wave?.id ?? null,
        school_id: school?.id ?? null,
        sector: story.sector,
        role: story.role,
        title: story.title,
        text: story.text,
        codebook_id: codebook.id,
        self_themes: story.themes,
        tone: story.tone,
        kind: story.kind,
        consent_quote: story.consentQuote,
        consent_research: story.consentResearch,
        quote_status: story.consentQuote && index % 3 === 0 ? 'approved' : 'pending',
        locale: story.locale,
        submitted_on: wave ? dayWithin(random, wave.opensOn, wave.closesOn) : `${year}-05-01`,
        receipt_hash: hashCode(newCode()),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // The 2025 stories and half of 2026 have been coded; their consensus themes are the story's themes.
    // Every third of them was coded by two coders (see insertDoubleCoding).
    if ((year === 2025 || index % 2 === 0) && index % 3 === 0) {
      await insertDoubleCoding(tx, { storyId: id, index, themes: story.themes, codebook, coders });
    } else if (year === 2025 || index % 2 === 0) {
      const themeIds = story.themes
        .map((code) => codebook.themeIds.get(code))
        .filter((t): t is number => t !== undefined);
      await tx
        .insertInto('codings')
        .values(
          themeIds.flatMap((theme_id) => [
            { story_id: id, theme_id, coder_user_id: researcherId },
            { story_id: id, theme_id, is_consensus: true },
          ]),
        )
        .execute();
    }
  }
}

/**
 * A story coded by two coders, as the coding screen leaves it: both assignments done; when they agree a
 * decision 'agreed'; when they differ, most were settled together ('consensus') and the last few still
 * wait on the consensus screen. The second coder now and then adds or misses a theme.
 */
async function insertDoubleCoding(
  tx: Tx,
  input: {
    storyId: number;
    index: number;
    themes: string[];
    codebook: { id: number; themeIds: Map<string, number> };
    coders: [number, number];
  },
): Promise<void> {
  const { storyId, index, themes, codebook, coders } = input;
  const ids = (codes: string[]) =>
    codes.map((code) => codebook.themeIds.get(code)).filter((t): t is number => t !== undefined);
  const first = themes;
  const second =
    index % 4 === 0 && themes.length > 1
      ? themes.slice(0, -1)
      : index % 5 === 0
        ? [...themes, themes.includes('COM') ? 'REL' : 'COM']
        : themes;
  const agree = first.length === second.length && first.every((t) => second.includes(t));
  await tx
    .insertInto('coding_assignments')
    .values(
      coders.map((coder, slot) => ({
        story_id: storyId,
        coder_user_id: coder,
        slot: (slot + 1) as 1 | 2,
        is_double: true,
        codebook_id: codebook.id,
        done_at: new Date('2026-06-01T10:00:00Z'),
      })),
    )
    .execute();
  const codings: { story_id: number; theme_id: number; coder_user_id?: number; is_consensus?: boolean }[] = [
    ...ids(first).map((theme_id) => ({ story_id: storyId, theme_id, coder_user_id: coders[0] })),
    ...ids(second).map((theme_id) => ({ story_id: storyId, theme_id, coder_user_id: coders[1] })),
  ];
  const waiting = !agree && index > 75;
  if (!waiting) codings.push(...ids(first).map((theme_id) => ({ story_id: storyId, theme_id, is_consensus: true })));
  if (codings.length > 0) await tx.insertInto('codings').values(codings).execute();
  if (!waiting)
    await tx
      .insertInto('coding_decisions')
      .values({
        story_id: storyId,
        codebook_id: codebook.id,
        method: agree ? 'agreed' : 'consensus',
        decided_by: agree ? null : coders[0],
      })
      .execute();
}

/** The lines `pnpm start` prints about the demo accounts. */
export function describeDemoAccounts(status: DemoStatus): string {
  if (status.state === 'absent') return 'No demo data in this database (load it with `pnpm seed:demo`).';
  const lines = [
    'Demo accounts (samenwerkingsverband "demo"):',
    ...demoAccounts.map((a) => `  ${a.email.padEnd(32)} ${a.role}`),
  ];
  const password = status.password;
  if (password.source === 'generated') lines.push(`Password for all demo accounts (shown once): ${password.value}`);
  else if (password.source === 'env') lines.push('Password for all demo accounts: the value of DEMO_PASSWORD.');
  else lines.push('Password: the one printed at first start; set DEMO_PASSWORD to choose a new one.');
  lines.push('Respondent links: /s/demo-ouders (ouders) and /s/demo-jongeren (jongeren).');
  return lines.join('\n');
}
