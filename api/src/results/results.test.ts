import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createTestDatabase, type TestDatabase, testEngines } from '../db/test-database.ts';
import { seedDemo } from '../demo/seed-demo.ts';
import { bodyOf, loginAs } from '../test-support/access-fixture.ts';

const password = 'results-test-password';
const base = 'http://localhost/api';

describe.each(testEngines)('public results page "jullie zeiden, wij deden" [%s]', (engine) => {
  let t: TestDatabase;
  let app: ReturnType<typeof createApp>;
  let board: Record<string, string>;
  const get = (path: string, headers: Record<string, string> = {}) => app.request(`${base}${path}`, { headers });
  const publish = (path: string, headers = board) => app.request(`${base}/results${path}`, { method: 'POST', headers });

  beforeAll(async () => {
    t = await createTestDatabase(engine);
    await seedDemo(t.db, { password, publishResults: true });
    app = createApp({ db: t.db, engine: t.engine, minCellSize: 10 });
    board = await loginAs(app, 'bestuur@demo.klankbord.nl', password);
  });
  afterAll(() => t.close());

  it('the demo has last year’s page published, so the thank-you page of this year’s wave links to it', async () => {
    const link = await get('/public/results/demo');
    expect(link.status).toBe(200);
    expect(await bodyOf(link)).toEqual({ year: 2025, href: '/resultaten/demo/2025' });
    const school = await t.db.selectFrom('schools').select('id').where('brin', '=', '91AA').executeTakeFirstOrThrow();
    expect(await bodyOf(await get(`/public/results/demo?school=${school.id}`))).toEqual({
      year: 2025,
      href: '/resultaten/demo/2025/91AA00',
    });
  });

  it('shows nothing before publication: a Dutch 404, for the page and for a school', async () => {
    for (const path of [
      '/public/results/demo/2026',
      '/public/results/demo/2026/91AA00',
      '/public/results/niemand/2026',
    ]) {
      const res = await get(path);
      expect(res.status).toBe(404);
      expect((await bodyOf(res)).error.message).toContain('geen resultaten gepubliceerd');
    }
    const bad = await get('/public/results/demo/twintig');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bodyOf(bad))).toContain('Kies een jaar');
  });

  it('lets only the board or an admin of the organisation see the draft and publish', async () => {
    const researcher = await loginAs(app, 'onderzoeker@demo.klankbord.nl', password);
    const school = await loginAs(app, 'school@demo.klankbord.nl', password);
    expect((await publish('/demo/2026', researcher)).status).toBe(403);
    expect((await publish('/demo/2026', school)).status).toBe(403);
    expect((await get('/results/demo/2026', researcher)).status).toBe(403);
    expect((await get('/public/results/demo/2026')).status).toBe(404);
  });

  it('publishes exactly the report’s suppressed figures and its approved quotes, with actions per theme', async () => {
    const draft = await bodyOf(await get('/results/demo/2026', board));
    expect(draft.live).toBeNull();
    const published = await publish('/demo/2026');
    expect(published.status).toBe(201);
    expect((await bodyOf(published)).version).toBe(1);

    const page = await bodyOf(await get('/public/results/demo/2026'));
    expect(page.version).toBe(1);
    expect(page.results).toEqual(draft.draft);
    const model = await bodyOf(await get('/reports/demo/2026/model', board));

    // Headline figures are the report's, hidden groups hidden in the same way.
    expect(page.results.audiences.map((a: { respondents: number | null }) => a.respondents)).toEqual(
      model.audiences.map((a: { respondents: number | null }) => a.respondents),
    );
    const vlonder = page.results.schools.find((s: { name: string }) => s.name === 'SBO De Vlonder');
    expect(vlonder.key).toBe('91AE00');
    expect(vlonder.audiences.every((a: { respondents: number | null }) => a.respondents === null)).toBe(true);
    const vlonderPage = await bodyOf(await get('/public/results/demo/2026/91AE'));
    expect(vlonderPage.school.name).toBe('SBO De Vlonder');
    expect(JSON.stringify(vlonderPage.school)).not.toMatch(/"respondents":\d/);

    // Quotes: exactly the report's, which come from approved stories only.
    const quotes = page.results.themes.flatMap((th: { quotes: { text: string }[] }) => th.quotes.map((q) => q.text));
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.sort()).toEqual(model.quotes.map((q: { text: string }) => q.text).sort());
    const pending = await t.db.selectFrom('stories').select('text').where('quote_status', '!=', 'approved').execute();
    for (const quote of quotes) expect(pending.some((p) => p.text.startsWith(quote.slice(0, 40)))).toBe(false);

    // Actions: per theme, with status and an owner role, never a person's name.
    const actions = page.results.themes.flatMap((th: { actions: unknown[] }) => th.actions);
    expect(actions.length).toBe(model.actions.items.length);
    expect(actions[0]).toEqual({
      year: expect.any(Number),
      title: expect.any(String),
      status: expect.stringMatching(/^(gepland|bezig|klaar|gestopt)$/),
      ownerRole: expect.any(String),
      evaluation: expect.any(String),
    });
    const log = await t.db.selectFrom('audit_log').select('details').where('action', '=', 'results.publish').execute();
    expect(log.map((l) => l.details)).toContainEqual({ year: 2026, version: 1 });
  });

  it('keeps the published page frozen; a republish makes a new dated version', async () => {
    const before = await bodyOf(await get('/public/results/demo/2026'));
    const swv = await t.db
      .selectFrom('organisations')
      .select('id')
      .where('slug', '=', 'demo')
      .executeTakeFirstOrThrow();
    await t.db
      .insertInto('actions')
      .values({
        organisation_id: swv.id,
        theme_code: 'COM',
        year: 2026,
        title: 'Een nieuwsbrief per maand',
        owner: 'Jan Jansen',
      })
      .execute();
    const after = await bodyOf(await get('/public/results/demo/2026'));
    expect(after).toEqual(before);
    expect(JSON.stringify(after)).not.toContain('nieuwsbrief per maand');

    expect((await bodyOf(await publish('/demo/2026'))).version).toBe(2);
    const republished = await bodyOf(await get('/public/results/demo/2026'));
    expect(republished.version).toBe(2);
    const added = republished.results.themes
      .flatMap((th: { actions: { title: string; ownerRole: string }[] }) => th.actions)
      .find((a: { title: string }) => a.title === 'Een nieuwsbrief per maand');
    // A person's name as owner is not published: the organisation stands in.
    expect(added.ownerRole).toBe('Samenwerkingsverband');
    expect(JSON.stringify(republished)).not.toContain('Jan Jansen');
    const versions = (await bodyOf(await get('/results/demo/2026', board))).publications;
    expect(versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(versions[0].publishedBy).toBe('Bea Bestuurder');
  });

  it('unpublishes on request (404 again, audit-logged), and a second unpublish says there is nothing to withdraw', async () => {
    const res = await app.request(`${base}/results/demo/2026`, { method: 'DELETE', headers: board });
    expect(res.status).toBe(204);
    expect((await get('/public/results/demo/2026')).status).toBe(404);
    const again = await app.request(`${base}/results/demo/2026`, { method: 'DELETE', headers: board });
    expect(again.status).toBe(404);
    expect((await bodyOf(again)).error.message).toContain('niet gepubliceerd');
    const log = await t.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'results.unpublish')
      .execute();
    expect(log.map((l) => l.details)).toEqual([{ year: 2026 }]);
    // The 2025 page is still there: the thank-you link points to it.
    expect((await bodyOf(await get('/public/results/demo'))).year).toBe(2025);
  });

  it('refuses a school that is not on the page, and a year without a wave', async () => {
    expect((await get('/public/results/demo/2025/99ZZ00')).status).toBe(404);
    expect((await get('/public/results/demo/2025/x')).status).toBe(400);
    const noWave = await publish('/demo/2024');
    expect(noWave.status).toBe(404);
    expect((await bodyOf(noWave)).error.message).toContain('2024');
  });
});
