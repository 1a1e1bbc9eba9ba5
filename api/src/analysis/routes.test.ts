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

  it('shows every school of at least 10 whole, and leaves the small school out of every total', async () => {
    const { status, body } = await get('researcher', `/schools?organisation=eigen-swv&wave=${a.wave2026}`);
    expect(status).toBe(200);
    // 11AC (4 respondents) is left out of the total, so 50 − 30 − 20 is nobody.
    expect(body.overall.n).toEqual({ value: 50, suppressed: false });
    expect(body.overall.partial).toBe(true);
    const byBrin = Object.fromEntries(body.schools.map((s: any) => [s.brin, s]));
    expect(byBrin['11AA'].n).toEqual({ value: 30, suppressed: false });
    expect(byBrin['11AB'].n).toEqual({ value: 20, suppressed: false });
    expect(byBrin['11AC']).toMatchObject({
      n: { value: null, suppressed: 'too_few' },
      indicators: null,
      responseRate: null,
    });
    const tevreden = byBrin['11AA'].indicators.find((i: any) => i.name === 'tevreden');
    expect(tevreden.answered).toEqual({ value: 30, suppressed: false });
    expect(tevreden.topBox.p).toBeCloseTo(20 / 30, 10);
    expect(byBrin['11AA'].responseRate).toBeCloseTo(30 / 300, 10);
    const overall = body.overall.indicators.find((i: any) => i.name === 'tevreden');
    expect(overall.topBox.p).toBeCloseTo(32 / 50, 10);
    // The only small po school is left out, so no answers stand for its size band: no weighting.
    expect(body.overall.weighting).toMatchObject({ status: 'unavailable', reason: 'empty_category' });
    expect(JSON.stringify(body)).not.toContain('"value":4,');
  });

  it('breaks a question down by school: small answer counts inside a shown school are shown', async () => {
    const { status, body } = await get(
      'board',
      `/questions/tevreden?organisation=eigen-swv&wave=${a.wave2026}&by=school`,
    );
    expect(status).toBe(200);
    expect(body.question.labels).toEqual(['1', '2', '3', '4', '5']);
    expect(body.overall.n.value).toBe(50);
    const byLabel = (brin: string) => body.groups.find((g: any) => g.label.includes(brin));
    expect(byLabel('11AA').answers.map((x: any) => x.count.value)).toEqual([2, 3, 5, 10, 10]);
    expect(byLabel('11AC').n).toEqual({ value: null, suppressed: 'too_few' });
    expect(byLabel('11AC').answers.every((x: any) => x.count.value === null)).toBe(true);
    expect(byLabel('11AC').position).toBeNull();
    // The total is A + B exactly: nothing of 11AC's four answers is in it.
    expect(body.overall.answers.map((x: any) => x.count.value)).toEqual([2, 5, 11, 16, 16]);
  });

  it('shows a distribution by sector in words, with a Likert summary and a chi-square test', async () => {
    const { body } = await get('researcher', `/questions/tevreden?organisation=eigen-swv&wave=${a.wave2026}&by=sector`);
    const vo = body.groups.find((g: any) => g.key === 'vo');
    expect(vo.label).toBe('voortgezet onderwijs');
    expect(vo.answers.map((x: any) => x.count.value)).toEqual([0, 2, 6, 6, 6]);
    const po = body.groups.find((g: any) => g.key === 'po');
    expect(po).toMatchObject({ label: 'primair onderwijs', n: { value: 30 }, partial: true });
    expect(body.test.kind === 'none' || typeof body.test.pValue === 'number').toBe(true);
    expect(['geen significant verschil tussen de groepen', 'de groepen verschillen (significant)']).toContain(
      body.test.words ?? 'geen significant verschil tussen de groepen',
    );
  });

  it('counts themes from consensus codings where present, else the own tags, and compares with 2025', async () => {
    const { body } = await get('researcher', `/themes?organisation=eigen-swv&wave=${a.wave2026}&by=sector`);
    const [t1, t2, t3] = a.themes;
    expect(body.stories.value).toBe(25);
    expect(body.themeSource.consensus.value).toBe(6);
    expect(body.themeSource.self.value).toBe(19);
    const theme = (code: string) => body.themes.find((x: any) => x.code === code);
    expect(theme(t1).stories.value).toBe(19);
    // Six stories of 25 in a shown group: a small count inside a large group protects nobody.
    expect(theme(t2).stories).toEqual({ value: 6, suppressed: false });
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
    // 25 po stories in all: 11AA's 22 would give 11AC's 3 away as 25 − 22.
    expect(body.groups.map((g: any) => g.stories)).toEqual([
      { value: null, suppressed: 'protects_smaller' },
      { value: null, suppressed: 'too_few' },
    ]);
    for (const th of body.themes) expect(th.groups.every((g: any) => g.stories.value === null)).toBe(true);
  });

  it('shows a school contact only its own school, against the organisation average', async () => {
    const schools = await get('school', `/schools?organisation=eigen-swv&wave=${a.wave2026}`);
    expect(schools.body.schools.map((s: any) => s.brin)).toEqual(['11AA']);
    const q = await get('school', `/questions/tevreden?organisation=eigen-swv&wave=${a.wave2026}&by=sector`);
    expect(q.body.by).toBe('school');
    expect(q.body.groups).toHaveLength(1);
    expect(q.body.groups[0].n.value).toBe(30);
    expect(q.body.overall.n.value).toBe(50);
    expect(q.body.groups[0].position.words).toMatch(/geen significant verschil|gemiddeld \(significant\)/);
    const small = await get('smallSchool', `/schools?organisation=eigen-swv&wave=${a.wave2026}`);
    expect(small.body).toMatchObject({ reason: 'too_few_responses', schools: [] });
    const smallThemes = await get('smallSchool', `/themes?organisation=eigen-swv&wave=${a.wave2026}`);
    expect(smallThemes.body).toMatchObject({ reason: 'too_few_stories', themes: [] });
  });

  it('gives a school contact its own school against the SWV and its sector, for every scale item', async () => {
    const { status, body } = await get('school', `/own-school?organisation=eigen-swv&wave=${a.wave2026}`);
    expect(status).toBe(200);
    expect(body.school).toMatchObject({ brin: '11AA', sectorName: 'primair onderwijs' });
    const tevreden = body.items.find((i: any) => i.name === 'tevreden');
    expect(tevreden.school.n.value).toBe(30);
    expect(tevreden.school.share.p).toBeCloseTo(20 / 30, 10);
    // The SWV and po without 11AC: the same figures the board sees.
    expect(tevreden.organisation.share.p).toBeCloseTo(32 / 50, 10);
    expect(tevreden.sector.n.value).toBe(30);
    expect(tevreden.organisation.comparison.words).toMatch(/geen significant verschil|\(significant\)/);
    const small = await get('smallSchool', `/own-school?organisation=eigen-swv&wave=${a.wave2026}`);
    expect(small.body.items[0].school).toEqual({ n: { value: null, suppressed: 'too_few' }, share: null });
    expect(small.body.items[0].organisation.comparison).toBeNull();
    expect((await get('board', `/own-school?organisation=eigen-swv&wave=${a.wave2026}`)).status).toBe(403);
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
    expect(body.overall.n.value).toBe(50);
  });
});
