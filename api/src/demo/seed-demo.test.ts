import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../auth/password.ts';
import { createTestDatabase, type TestDatabase, testEngines } from '../db/test-database.ts';
import { agreementPairs } from '../coding/agreement-pairs.ts';
import { describeDemoAccounts, ensureDemoData } from './seed-demo.ts';

describe.each(testEngines)('demo data [%s]', (engine) => {
  let t: TestDatabase;
  let generated: string;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
    const status = await ensureDemoData(t.db, { seedIfEmpty: true });
    if (status.state !== 'seeded' || status.password.source !== 'generated') throw new Error('expected a fresh seed');
    generated = status.password.value;
  });
  afterAll(() => t.close());

  it('builds the demo samenwerkingsverband: at least 2 boards and 12 schools across po, vo, so and sbo', async () => {
    const swv = await t.db.selectFrom('organisations').selectAll().where('slug', '=', 'demo').executeTakeFirstOrThrow();
    const boards = await t.db.selectFrom('organisations').select('id').where('parent_id', '=', swv.id).execute();
    expect(boards.length).toBeGreaterThanOrEqual(2);
    const schools = await t.db.selectFrom('schools').select(['sector']).execute();
    expect(schools.length).toBeGreaterThanOrEqual(12);
    expect(new Set(schools.map((s) => s.sector))).toEqual(new Set(['po', 'vo', 'so', 'sbo']));
  });

  it('opens demo-ouders and demo-jongeren on the 2026 questionnaires, and has 2025 and 2026 waves', async () => {
    const links = await t.db
      .selectFrom('open_links')
      .innerJoin('waves', 'waves.id', 'open_links.wave_id')
      .select(['open_links.code', 'waves.year', 'waves.audience'])
      .where('open_links.code', 'in', ['demo-ouders', 'demo-jongeren'])
      .orderBy('open_links.code', 'desc')
      .execute();
    expect(links).toEqual([
      { code: 'demo-ouders', year: 2026, audience: 'ouder' },
      { code: 'demo-jongeren', year: 2026, audience: 'jongere' },
    ]);
    const years = await t.db.selectFrom('waves').select('year').distinct().orderBy('year').execute();
    expect(years.map((y) => y.year)).toEqual([2025, 2026]);
  });

  it('has a few hundred responses, and one school with fewer than 10 respondents in the 2026 parent wave', async () => {
    const { rows } = await sql<{
      n: number;
    }>`select count(*)::int as n from responses where status = 'complete'`.execute(t.db);
    expect(rows[0]!.n).toBeGreaterThan(300);
    const small = await sql<{ n: number }>`
      select count(*)::int as n from responses r join schools s on s.id = r.school_id join waves w on w.id = r.wave_id
      where s.brin = '91AE' and w.year = 2026 and w.audience = 'ouder'`.execute(t.db);
    expect(small.rows[0]!.n).toBeGreaterThan(0);
    expect(small.rows[0]!.n).toBeLessThan(10);
  });

  it('has about 100 stories, some with names, phone numbers or e-mail addresses for redaction to find', async () => {
    const stories = await t.db.selectFrom('stories').select(['text', 'self_themes']).execute();
    expect(stories.length).toBeGreaterThanOrEqual(100);
    expect(stories.some((s) => /\b0?6[- ]?\d{8}\b|\+31/.test(s.text))).toBe(true);
    expect(stories.some((s) => /@[\w-]+\.\w+/.test(s.text))).toBe(true);
    const codings = await sql<{ n: number }>`select count(*)::int as n from codings where is_consensus`.execute(t.db);
    expect(codings.rows[0]!.n).toBeGreaterThan(50);
  });

  it('has steunpunt signals and quality-cycle actions', async () => {
    expect((await t.db.selectFrom('signals').select('id').execute()).length).toBeGreaterThan(100);
    const actions = await t.db.selectFrom('actions').select(['year', 'status']).execute();
    expect(actions.filter((a) => a.year === 2025).length).toBeGreaterThan(2);
  });

  it('has stories coded by two coders: most agreed or settled, a few still waiting for a consensus', async () => {
    const swv = await t.db
      .selectFrom('organisations')
      .select('id')
      .where('slug', '=', 'demo')
      .executeTakeFirstOrThrow();
    const boards = await t.db.selectFrom('organisations').select('id').where('parent_id', '=', swv.id).execute();
    const codebook = await t.db
      .selectFrom('codebooks')
      .select('id')
      .where('is_active', '=', true)
      .executeTakeFirstOrThrow();
    const pairs = await agreementPairs(t.db, {
      organisationIds: [swv.id, ...boards.map((b) => b.id)],
      codebookId: codebook.id,
    });
    // Enough units for the agreement screen to compute kappa and alpha.
    expect(pairs.doubleCoded.length).toBeGreaterThanOrEqual(20);
    const differ = pairs.doubleCoded.filter((p) => [...p.a].sort().join() !== [...p.b].sort().join());
    expect(differ.length).toBeGreaterThanOrEqual(5);
    const waiting = await sql<{ n: number }>`
      select count(*)::int as n from stories s
      where not exists (select 1 from coding_decisions d where d.story_id = s.id)
        and (select count(*) from coding_assignments a where a.story_id = s.id and a.done_at is not null) = 2`.execute(
      t.db,
    );
    expect(waiting.rows[0]!.n).toBeGreaterThanOrEqual(2);
    const coders = await sql<{ n: number }>`
      select count(distinct coder_user_id)::int as n from coding_assignments where is_double`.execute(t.db);
    expect(coders.rows[0]!.n).toBe(2);
  });

  it('has a previous wave of the same questionnaire with enough answers for trends', async () => {
    const waves = await sql<{ year: number; audience: string; version: number; n: number }>`
      select w.year, w.audience, w.survey_version_id as version, count(r.id)::int as n
      from waves w left join responses r on r.wave_id = w.id and r.status = 'complete'
      group by w.id order by w.audience, w.year`.execute(t.db);
    for (const audience of ['ouder', 'jongere']) {
      const [previous, current] = waves.rows.filter((w) => w.audience === audience);
      expect(previous?.year).toBe(2025);
      expect(current?.year).toBe(2026);
      expect(previous?.version).toBe(current?.version);
      expect(previous!.n).toBeGreaterThanOrEqual(50);
    }
    // Per school too: most schools pass the group minimum of 10 in the previous parent wave.
    const perSchool = await sql<{ n: number }>`
      select count(*)::int as n from responses r join waves w on w.id = r.wave_id
      where w.year = 2025 and w.audience = 'ouder' and r.status = 'complete' group by r.school_id`.execute(t.db);
    expect(perSchool.rows.filter((r) => r.n >= 10).length).toBeGreaterThanOrEqual(10);
  });

  it('creates the six demo accounts with the generated password, and prints it once', async () => {
    const users = await t.db
      .selectFrom('users')
      .select(['email', 'password_hash', 'is_demo'])
      .orderBy('email')
      .execute();
    expect(users.map((u) => u.email)).toEqual([
      'admin@demo.klankbord.nl',
      'bestuur@demo.klankbord.nl',
      'codeur@demo.klankbord.nl',
      'onderzoeker@demo.klankbord.nl',
      'school@demo.klankbord.nl',
      'steunpunt@demo.klankbord.nl',
    ]);
    expect(users.every((u) => u.is_demo)).toBe(true);
    expect(await verifyPassword(generated, users[0]!.password_hash!)).toBe(true);
    const again = await ensureDemoData(t.db, { seedIfEmpty: true });
    expect(again.state).toBe('present');
    expect(describeDemoAccounts(again)).not.toContain(generated);
  });

  it('resets the demo password from DEMO_PASSWORD on a later start', async () => {
    await ensureDemoData(t.db, { seedIfEmpty: true, password: 'nieuw-demo-wachtwoord' });
    const admin = await t.db
      .selectFrom('users')
      .select('password_hash')
      .where('email', '=', 'admin@demo.klankbord.nl')
      .executeTakeFirstOrThrow();
    expect(await verifyPassword('nieuw-demo-wachtwoord', admin.password_hash!)).toBe(true);
  });
});

describe.each(testEngines)('demo data is never seeded uninvited [%s]', (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
  });
  afterAll(() => t.close());

  it('leaves a database alone when not asked, and one that holds other data', async () => {
    expect(await ensureDemoData(t.db, { seedIfEmpty: false })).toEqual({ state: 'absent' });
    await t.db.insertInto('organisations').values({ slug: 'echt-swv', name: 'Echt', kind: 'swv' }).execute();
    expect(await ensureDemoData(t.db, { seedIfEmpty: true })).toEqual({ state: 'absent' });
    expect(await t.db.selectFrom('users').select('id').execute()).toEqual([]);
  });
});
