import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createTestDatabase, type TestDatabase, testEngines } from '../db/test-database.ts';
import { seedDemo } from '../demo/seed-demo.ts';
import { todayInAmsterdam } from '../respondents/dates.ts';
import { bodyOf, loginAs } from '../test-support/access-fixture.ts';

const password = 'home-test-password';

describe.each(testEngines)('staff home per role on the demo data [%s]', (engine) => {
  let t: TestDatabase;
  let app: ReturnType<typeof createApp>;
  const home = async (email: string) => {
    const headers = await loginAs(app, email, password);
    const res = await app.request('http://localhost/api/home', { headers });
    expect(res.status).toBe(200);
    return bodyOf(res);
  };

  beforeAll(async () => {
    t = await createTestDatabase(engine);
    await seedDemo(t.db, { password });
    app = createApp({ db: t.db, engine: t.engine, minCellSize: 10 });
  });
  afterAll(() => t.close());

  it("shows the researcher the open waves with each school's answers (fewest first), coding work, actions, signals and this year's report", async () => {
    const body = await home('onderzoeker@demo.klankbord.nl');
    expect(body.name).toBe('Olaf Onderzoeker');
    expect(body.waves.minimum).toBe(10);
    expect(body.waves.open.map((w: { name: string }) => w.name).sort()).toEqual([
      'Jongerenvragenlijst Jouw school, jouw stem 2026',
      'Oudervragenlijst Samen naar school 2026',
    ]);
    const parents = body.waves.open.find((w: { audience: string }) => w.audience === 'ouder');
    expect(parents.schools.length).toBe(14);
    // SBO De Vlonder has fewer than ten answers: it needs a reminder first.
    expect(parents.schools[0].name).toBe('SBO De Vlonder');
    expect(parents.schools[0].complete).toBeLessThan(10);
    expect(parents.complete).toBeGreaterThan(200);
    expect(body.coding.toCode).toBeGreaterThan(10);
    expect(body.coding.needingConsensus).toBeGreaterThanOrEqual(2);
    expect(body.actions.open).toBeGreaterThan(0);
    expect(body.actions.due.length).toBeLessThanOrEqual(5);
    const dueDates = body.actions.due.map((a: { dueOn: string | null }) => a.dueOn ?? '9999');
    expect(dueDates).toEqual([...dueDates].sort());
    expect(body.signals.recent).toHaveLength(5);
    expect(body.signals.total).toBeGreaterThan(100);
    expect(body.report).toEqual({
      organisation: 'demo',
      organisationName: expect.any(String),
      year: Number(todayInAmsterdam().slice(0, 4)),
    });
    expect(body.schools).toEqual([]);
  });

  it('shows the board actions, signals and the report, but no waves or coding work', async () => {
    const body = await home('bestuur@demo.klankbord.nl');
    expect(body.waves).toBeNull();
    expect(body.coding).toBeNull();
    expect(body.actions.open).toBeGreaterThan(0);
    expect(body.signals.recent.length).toBeGreaterThan(0);
    expect(body.report.organisation).toBe('demo');
  });

  it('shows the steunpunt worker only the recent signals, and the school contact only the own school', async () => {
    const steunpunt = await home('steunpunt@demo.klankbord.nl');
    expect(steunpunt).toMatchObject({ waves: null, coding: null, actions: null, report: null, schools: [] });
    expect(steunpunt.signals.recent[0].signalledOn >= steunpunt.signals.recent[4].signalledOn).toBe(true);
    const school = await home('school@demo.klankbord.nl');
    expect(school).toMatchObject({ waves: null, coding: null, actions: null, signals: null, report: null });
    expect(school.schools).toEqual([{ id: expect.any(Number), name: 'De Zeester' }]);
  });

  it('shows the admin the open waves without coding work, and refuses a visitor without a session', async () => {
    const admin = await home('admin@demo.klankbord.nl');
    expect(admin.waves.open).toHaveLength(2);
    expect(admin.coding).toBeNull();
    expect((await app.request('http://localhost/api/home')).status).toBe(401);
  });
});
