import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createTestDatabase, type TestDatabase, testEngines } from '../db/test-database.ts';
import { bodyOf, loginAs } from '../test-support/access-fixture.ts';
import { offeredLocales } from './settings.ts';

describe.each(testEngines)('first run through the web [%s]', (engine) => {
  let t: TestDatabase;
  let app: ReturnType<typeof createApp>;
  const post = (body: unknown) =>
    app.request('http://localhost/api/setup', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const input = {
    token: 'printed-at-start',
    slug: 'swv-web',
    name: 'SWV Web',
    kind: 'swv',
    adminEmail: 'beheer@web.example',
    password: 'een-lang-wachtwoord',
  };
  beforeAll(async () => {
    t = await createTestDatabase(engine);
    app = createApp({ db: t.db, engine: t.engine, minCellSize: 10, setupToken: 'printed-at-start' });
  });
  afterAll(() => t.close());

  it('needs the printed token, creates the organisation and its admin once, then is closed', async () => {
    expect(await bodyOf(await app.request('http://localhost/api/setup'))).toEqual({ needed: true });
    const wrong = await post({ ...input, token: 'geraden' });
    expect(wrong.status).toBe(403);
    expect((await bodyOf(wrong)).error.details).toEqual({ token: ['token_wrong'] });
    const short = await post({ ...input, password: 'kort' });
    expect(short.status).toBe(400);
    expect(await t.db.selectFrom('organisations').select('id').execute()).toEqual([]);

    const [first, second] = await Promise.all([
      post(input),
      post({ ...input, slug: 'swv-twee', adminEmail: 'b@twee.example' }),
    ]);
    expect([first.status, second.status].sort()).toEqual([201, 409]);
    expect(await t.db.selectFrom('organisations').select('id').execute()).toHaveLength(1);
    expect(await bodyOf(await app.request('http://localhost/api/setup'))).toEqual({ needed: false });
    const winner = first.status === 201 ? input : { ...input, adminEmail: 'b@twee.example' };
    // A chosen password: no change forced at first login.
    const session = await loginAs(app, winner.adminEmail, input.password);
    const me = await bodyOf(await app.request('http://localhost/api/auth/me', { headers: session }));
    expect(me).toMatchObject({ mustChangePassword: false, memberships: [{ role: 'admin' }] });
  });
});

describe('languages offered to respondents', () => {
  it('keeps the questionnaire’s languages the organisation chose, all of them when it chose none', () => {
    expect(offeredLocales(['nl', 'en', 'ar', 'tr'], ['nl', 'tr'])).toEqual(['nl', 'tr']);
    expect(offeredLocales(['nl', 'en'], null)).toEqual(['nl', 'en']);
    expect(offeredLocales(['en'], ['nl'])).toEqual(['en']);
  });
});
