import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createTestDatabase, type TestDatabase, testEngines } from '../db/test-database.ts';
import {
  type AccessFixture,
  fixturePassword,
  loginAs,
  sameOrigin,
  seedAccessFixture,
} from '../test-support/access-fixture.ts';

// Security findings (medium, low): 100 parallel logins all reached the password check; five wrong
// passwords from anywhere locked an account for everyone; every failure wrote an audit row; password
// change had no throttle and took 'aaaaaaaaaaaa' or the same password again.
describe.each(testEngines)('login and password throttles [%s]', (engine) => {
  let t: TestDatabase;
  let fixture: AccessFixture;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
    fixture = await seedAccessFixture(t.db);
    app = createApp({ db: t.db, engine: t.engine, minCellSize: 10 });
  });
  afterAll(() => t.close());

  // A request as if from this address (the node server's socket, as getConnInfo reads it).
  const from = (address: string) => ({ incoming: { socket: { remoteAddress: address, remoteFamily: 'IPv4' } } });
  const login = (email: string, password: string, address = '192.0.2.1') =>
    app.request(
      'http://localhost/api/auth/login',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...sameOrigin },
        body: JSON.stringify({ email, password }),
      },
      from(address),
    );

  it('lets at most five of 100 parallel guesses reach the password check, the rest get 429', async () => {
    const guesses = Array.from({ length: 100 }, (_, i) => (i === 99 ? fixturePassword : `fout-${i}-wachtwoord`));
    const statuses = (await Promise.all(guesses.map(async (p) => login(fixture.emails.board, p, '198.51.100.7')))).map(
      (r) => r.status,
    );
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(95);
    expect(statuses).not.toContain(200);
  });

  it('does not lock the owner out from their usual address while others guess from many addresses', async () => {
    const email = fixture.emails.researcher;
    expect((await login(email, fixturePassword, '203.0.113.10')).status).toBe(200); // home
    for (let i = 0; i < 120; i++) await login(email, `geraden-${i}-wachtwoord`, `198.18.${Math.floor(i / 6)}.${i}`);
    // Guessers from a fresh address are held back now …
    expect((await login(email, 'nog-een-gok-erbij', '198.19.0.1')).status).toBe(429);
    // … but the owner at home gets in at once.
    expect((await login(email, fixturePassword, '203.0.113.10')).status).toBe(200);
  });

  it('throttles one address guessing at one account without touching other addresses', async () => {
    const email = fixture.emails.steunpunt;
    for (let i = 0; i < 5; i++) expect((await login(email, `fout-${i}-wachtwoord`, '192.0.2.50')).status).toBe(401);
    const refused = await login(email, fixturePassword, '192.0.2.50');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await login(email, fixturePassword, '192.0.2.51')).status).toBe(200);
  });

  it('writes one audit row per account and hour for failed logins, counting the attempts', async () => {
    const rows = await t.db
      .selectFrom('audit_log')
      .select(['user_id', 'details'])
      .where('action', '=', 'auth.login_failed')
      .execute();
    const forResearcher = rows.filter((r) => r.user_id === fixture.userIds.researcher);
    // One row, or two when the test ran across the turn of an hour; about fifty attempts counted.
    expect(forResearcher.length).toBeLessThanOrEqual(2);
    const attempts = forResearcher.reduce((n, r) => n + (r.details as { attempts: number }).attempts, 0);
    expect(attempts).toBeGreaterThanOrEqual(45);
  });

  describe('changing a password', () => {
    let session: Record<string, string>;
    const change = (currentPassword: string, newPassword: string) =>
      app.request('http://localhost/api/auth/password', {
        method: 'POST',
        headers: { ...session, 'content-type': 'application/json' },
        body: JSON.stringify({ currentPassword, newPassword }),
      });
    beforeAll(async () => {
      session = await loginAs(app, fixture.emails.school);
    });

    it.each(['aaaaaaaaaaaa', 'password1234', 'qwertyuiop12', 'kort-ww', fixturePassword])(
      'refuses %s with 400 naming the new password',
      async (newPassword) => {
        const res = await change(fixturePassword, newPassword);
        expect(res.status).toBe(400);
        const body = (await res.json()) as { error: { details: Record<string, string[]> } };
        expect(Object.keys(body.error.details)).toEqual(['newPassword']);
      },
    );

    it('holds back guesses of the current password after five wrong ones', async () => {
      for (let i = 0; i < 5; i++)
        expect((await change(`fout-${i}-wachtwoord`, 'zon-fiets-kaas-1987')).status).toBe(400);
      expect((await change(fixturePassword, 'zon-fiets-kaas-1987')).status).toBe(429);
    });
  });
});
