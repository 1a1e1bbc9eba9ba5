import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createTestDatabase, type TestDatabase, testEngines } from '../db/test-database.ts';
import { hashPassword } from '../auth/password.ts';
import {
  type AccessFixture,
  bodyOf,
  fixturePassword,
  loginAs,
  seedAccessFixture,
} from '../test-support/access-fixture.ts';
import { type AnalysisFixture, seedAnalysisFixture } from './analysis-fixture.ts';

type Cell = { value: number | null; suppressed: false | 'primary' | 'complementary' };

/** Fails when a hidden cell equals a published total minus published cells (one hidden in a line). */
function expectNoSingleHidden(total: Cell, parts: Cell[], what: string) {
  if (total.value === null) return;
  const hidden = parts.filter((p) => p.value === null && p.suppressed !== false);
  expect(hidden.length, `${what}: exactly one hidden part would follow by subtraction`).not.toBe(1);
}

describe.each(testEngines)('analysis views [%s]', (engine) => {
  let t: TestDatabase;
  let f: AccessFixture;
  let a: AnalysisFixture;
  let app: ReturnType<typeof createApp>;
  const as = {} as Record<'researcher' | 'board' | 'school' | 'smallSchool' | 'steunpunt', Record<string, string>>;
  const get = async (who: keyof typeof as, path: string) => {
    const res = await app.request(`http://localhost/api/analysis${path}`, { headers: as[who] });
    return { status: res.status, body: await bodyOf(res) };
  };

  beforeAll(async () => {
    t = await createTestDatabase(engine);
    f = await seedAccessFixture(t.db);
    a = await seedAnalysisFixture(t.db, f);
    const { id } = await t.db
      .insertInto('users')
      .values({ email: 'klein@eigen.example', password_hash: await hashPassword(fixturePassword) })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.db
      .insertInto('memberships')
      .values({ user_id: id, organisation_id: f.own.boardId, school_id: a.smallSchoolId, role: 'school' })
      .execute();
    app = createApp({ db: t.db, engine: t.engine, minCellSize: 10 });
    for (const role of ['researcher', 'board', 'school', 'steunpunt'] as const)
      as[role] = await loginAs(app, f.emails[role]);
    as.smallSchool = await loginAs(app, 'klein@eigen.example');
  });
  afterAll(() => t.close());

  it('lists schools with known counts for the researcher, marks included', async () => {
    const { status, body } = await get('researcher', `/schools?organisation=eigen-swv&wave=${a.wave2026}`);
    expect(status).toBe(200);
    expect(body.overall.n).toEqual({ value: 54, suppressed: false });
    const byBrin = Object.fromEntries(body.schools.map((s: any) => [s.brin, s]));
    expect(byBrin['11AA'].n).toEqual({ value: 30, suppressed: false });
    expect(byBrin['11AC'].n).toEqual({ value: 4, suppressed: 'primary' });
    // Two schools hidden for others, else 11AC = 54 − 30 − 20.
    expect(byBrin['11AB'].n).toEqual({ value: 20, suppressed: 'complementary' });
    const tevreden = byBrin['11AA'].indicators.find((i: any) => i.name === 'tevreden');
    expect(tevreden.answered).toBe(30);
    expect(tevreden.topBox.p).toBeCloseTo(20 / 30, 10);
    expect(byBrin['11AA'].responseRate).toBeCloseTo(30 / 300, 10);
    const overall = body.overall.indicators.find((i: any) => i.name === 'tevreden');
    expect(overall.topBox.p).toBeCloseTo(36 / 54, 10);
    expect(body.overall.weighting.status).toBe('ok');
    expect(overall.weightedTopBox.p).toBeGreaterThan(0);
  });

  it('hides the small school and its complement from the board: "< 10", nothing else', async () => {
    const { body } = await get('board', `/schools?organisation=eigen-swv&wave=${a.wave2026}`);
    const byBrin = Object.fromEntries(body.schools.map((s: any) => [s.brin, s]));
    expect(byBrin['11AC']).toMatchObject({ display: '< 10', n: { value: null }, indicators: null, responseRate: null });
    expect(byBrin['11AB']).toMatchObject({ display: 'verborgen', n: { value: null }, indicators: null });
    expect(byBrin['11AA'].display).toBe('30');
    expectNoSingleHidden(
      body.overall.n,
      body.schools.map((s: any) => s.n),
      'schools',
    );
    expect(JSON.stringify(body)).not.toContain('"value":4,');
  });

  it('breaks a question down by school with complementary suppression nobody can undo by subtraction', async () => {
    const { status, body } = await get(
      'board',
      `/questions/tevreden?organisation=eigen-swv&wave=${a.wave2026}&by=school`,
    );
    expect(status).toBe(200);
    expect(body.overall.n.value).toBe(54);
    for (const group of body.groups) {
      expectNoSingleHidden(
        group.n,
        group.answers.map((x: any) => x.count),
        `row ${group.label}`,
      );
      if (group.n.value === null) expect(group.answers.every((x: any) => x.count.value === null)).toBe(true);
    }
    body.question.values.forEach((_: string, j: number) =>
      expectNoSingleHidden(
        body.overall.answers[j].count,
        body.groups.map((g: any) => g.answers[j].count),
        `column ${j}`,
      ),
    );
    expectNoSingleHidden(
      body.overall.n,
      body.overall.answers.map((x: any) => x.count),
      'overall answers',
    );
    expectNoSingleHidden(
      body.overall.n,
      body.groups.map((g: any) => g.n),
      'group sizes',
    );
    const small = body.groups.find((g: any) => g.label.includes('11AC'));
    expect(small.n).toEqual({ value: null, suppressed: 'primary' });
    // Answer 1 was given twice and answer 2 five times in all: both below 10, hidden overall.
    expect(body.overall.answers[0].count.value).toBeNull();
    expect(body.overall.answers[4].count.value).toBe(20);
  });

  it('shows a distribution by sector with a Likert summary and a chi-square test', async () => {
    const { body } = await get('researcher', `/questions/tevreden?organisation=eigen-swv&wave=${a.wave2026}&by=sector`);
    const vo = body.groups.find((g: any) => g.key === 'vo');
    expect(vo.answers.map((x: any) => x.count.value)).toEqual([0, 2, 6, 6, 6]);
    const po = body.groups.find((g: any) => g.key === 'po');
    expect(po.n.value).toBe(34);
    expect(body.test.kind === 'none' || typeof body.test.pValue === 'number').toBe(true);
    expect(['geen significant verschil tussen de groepen', 'de groepen verschillen (significant)']).toContain(
      body.test.words ?? 'geen significant verschil tussen de groepen',
    );
  });

  it('counts themes from consensus codings where present, else the own tags, and compares with 2025', async () => {
    const { body } = await get('researcher', `/themes?organisation=eigen-swv&wave=${a.wave2026}&by=school`);
    const [t1, t2, t3] = a.themes;
    expect(body.stories.value).toBe(25);
    expect(body.themeSource.consensus.value).toBe(6);
    expect(body.themeSource.self.value).toBe(19);
    const theme = (code: string) => body.themes.find((x: any) => x.code === code);
    expect(theme(t1).stories.value).toBe(19);
    expect(theme(t2).stories).toEqual({ value: 6, suppressed: 'primary' });
    expect(theme(t3).stories.value).toBe(10);
    expect(body.cooccurrence).toContainEqual({
      a: [t1, t3].sort()[0],
      b: [t1, t3].sort()[1],
      stories: { value: 10, suppressed: false },
    });
    expect(theme(t3).change.previousStories.value).toBe(30);
    expect(theme(t3).change.comparison).toMatchObject({
      significant: true,
      words: 'minder vaak genoemd (significant)',
    });
  });

  it("hides the small school's themes from the board, and the other school with it", async () => {
    const { body } = await get('board', `/themes?organisation=eigen-swv&wave=${a.wave2026}&by=school`);
    expect(body.groups.map((g: any) => g.stories.value)).toEqual([null, null]);
    for (const th of body.themes) expect(th.groups.every((g: any) => g.stories.value === null)).toBe(true);
  });

  it('shows a school contact only its own school, against the organisation average', async () => {
    const schools = await get('school', `/schools?organisation=eigen-swv&wave=${a.wave2026}`);
    expect(schools.body.schools.map((s: any) => s.brin)).toEqual(['11AA']);
    const q = await get('school', `/questions/tevreden?organisation=eigen-swv&wave=${a.wave2026}&by=sector`);
    expect(q.body.by).toBe('school');
    expect(q.body.groups).toHaveLength(1);
    expect(q.body.groups[0].n.value).toBe(30);
    expect(q.body.groups[0].position.words).toMatch(/geen significant verschil|gemiddeld \(significant\)/);
    const small = await get('smallSchool', `/schools?organisation=eigen-swv&wave=${a.wave2026}`);
    expect(small.body).toMatchObject({ reason: 'too_few_responses', schools: [] });
    const smallThemes = await get('smallSchool', `/themes?organisation=eigen-swv&wave=${a.wave2026}`);
    expect(smallThemes.body).toMatchObject({ reason: 'too_few_stories', themes: [] });
  });

  it('answers bad input clearly', async () => {
    expect((await get('board', `/schools?organisation=bestaat-niet&wave=${a.wave2026}`)).status).toBe(404);
    expect((await get('board', `/schools?organisation=eigen-swv&wave=999999`)).status).toBe(404);
    expect((await get('board', `/schools?organisation=eigen-swv&wave=${a.otherWave}`)).status).toBe(404);
    expect((await get('board', `/schools?organisation=ander-swv&wave=${a.otherWave}`)).status).toBe(403);
    expect((await get('steunpunt', `/schools?organisation=eigen-swv&wave=${a.wave2026}`)).status).toBe(403);
    const badBy = await get('board', `/themes?organisation=eigen-swv&wave=${a.wave2026}&by=postcode`);
    expect(badBy.status).toBe(400);
    expect(badBy.body.error.message).toContain('role, sector, school, tone');
    const badQuestion = await get('board', `/questions/bestaat_niet?organisation=eigen-swv&wave=${a.wave2026}`);
    expect(badQuestion.status).toBe(404);
    const empty = await get('board', `/questions/tevreden?organisation=eigen-swv&wave=${a.emptyWave}`);
    expect(empty.status).toBe(200);
    expect(empty.body).toMatchObject({ reason: 'no_responses', groups: [] });
    const emptyThemes = await get('board', `/themes?organisation=eigen-swv&wave=${a.emptyWave}`);
    expect(emptyThemes.body).toMatchObject({ reason: 'no_stories', themes: [] });
  });

  it('lets a board slug scope the SWV wave to its own schools', async () => {
    const { body } = await get('researcher', `/schools?organisation=eigen-bestuur&wave=${a.wave2026}`);
    expect(body.schools.map((s: any) => s.brin).sort()).toEqual(['11AA', '11AB', '11AC']);
    expect(body.overall.n.value).toBe(54);
  });
});
