import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createTestDatabase, type TestDatabase, testEngines } from '../db/test-database.ts';
import {
  bodyOf,
  type AccessFixture,
  fixturePassword,
  loginAs,
  sameOrigin,
  seedAccessFixture,
} from '../test-support/access-fixture.ts';

const json = { 'content-type': 'application/json', ...sameOrigin };

describe.each(testEngines)('accounts and sessions [%s]', (engine) => {
  let t: TestDatabase;
  let fixture: AccessFixture;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
    fixture = await seedAccessFixture(t.db);
    app = createApp({ db: t.db, engine: t.engine, minCellSize: 10 });
  });
  afterAll(() => t.close());

  const login = (email: string, password: string) =>
    app.request('http://localhost/api/auth/login', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ email, password }),
    });

  it('logs in with e-mail and password and sets a strict, HttpOnly session cookie', async () => {
    const res = await login('Researcher@Eigen.example', fixturePassword);
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^klankbord_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).not.toMatch(/Secure/); // plain http on localhost
    const me = await bodyOf(res);
    expect(me).toMatchObject({
      email: 'researcher@eigen.example',
      memberships: [{ role: 'researcher', organisation: { slug: 'eigen-swv' } }],
    });
  });

  it('marks the cookie Secure when served on a real host name', async () => {
    const res = await app.request('https://klankbord.example.nl/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://klankbord.example.nl' },
      body: JSON.stringify({ email: fixture.emails.board, password: fixturePassword }),
    });
    expect(res.headers.get('set-cookie')).toMatch(/Secure/);
  });

  it('gives the same 401 for a wrong password and an unknown account', async () => {
    const wrong = await login(fixture.emails.board, 'niet-het-wachtwoord');
    const unknown = await login('niemand@nergens.example', 'niet-het-wachtwoord');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await bodyOf(wrong)).toEqual(await bodyOf(unknown));
  });

  it('answers /me for a session, and 401 after logout (the session is revoked server-side)', async () => {
    const headers = await loginAs(app, fixture.emails.steunpunt);
    expect((await app.request('http://localhost/api/auth/me', { headers })).status).toBe(200);
    const out = await app.request('http://localhost/api/auth/logout', { method: 'POST', headers });
    expect(out.status).toBe(204);
    const after = await app.request('http://localhost/api/auth/me', { headers });
    expect(after.status).toBe(401);
    expect((await bodyOf(after)).error.code).toBe('unauthorized');
  });

  it('ends a session that sat idle too long', async () => {
    const headers = await loginAs(app, fixture.emails.school);
    await sql`update sessions set last_seen_at = now() - interval '3 hours' where revoked_at is null`.execute(t.db);
    expect((await app.request('http://localhost/api/auth/me', { headers })).status).toBe(401);
  });

  it('stores only a hash of the session token', async () => {
    const headers = await loginAs(app, fixture.emails.admin);
    const token = headers.cookie!.split('=')[1]!;
    const rows = await t.db.selectFrom('sessions').select('id').execute();
    expect(rows.some((r) => r.id === token)).toBe(false);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.id))).toBe(true);
  });

  it('refuses a cookie-authenticated write from another origin (CSRF)', async () => {
    const headers = await loginAs(app, fixture.emails.admin);
    const res = await app.request('http://localhost/api/auth/logout', {
      method: 'POST',
      headers: { cookie: headers.cookie!, origin: 'https://evil.example' },
    });
    expect(res.status).toBe(403);
    expect((await bodyOf(res)).error.code).toBe('csrf_failed');
    const none = await app.request('http://localhost/api/auth/logout', {
      method: 'POST',
      headers: { cookie: headers.cookie! },
    });
    expect(none.status).toBe(403);
  });

  it('slows down repeated failures for one account with 429 and Retry-After', async () => {
    const email = fixture.emails.researcher;
    for (let i = 0; i < 5; i++) expect((await login(email, `fout-${i}`)).status).toBe(401);
    const limited = await login(email, fixturePassword);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await bodyOf(limited)).error.code).toBe('rate_limited');
  });

  it('writes logins and failed logins to the audit log, without passwords', async () => {
    const rows = await t.db.selectFrom('audit_log').select(['action', 'details']).execute();
    expect(rows.map((r) => r.action)).toEqual(expect.arrayContaining(['auth.login', 'auth.login_failed']));
    expect(JSON.stringify(rows)).not.toContain(fixturePassword);
  });

  it('lets a user change the password, which ends their other sessions', async () => {
    const first = await loginAs(app, fixture.emails.steunpunt);
    const second = await loginAs(app, fixture.emails.steunpunt);
    const res = await app.request('http://localhost/api/auth/password', {
      method: 'POST',
      headers: { ...second, 'content-type': 'application/json' },
      body: JSON.stringify({ currentPassword: fixturePassword, newPassword: 'een-veel-langer-wachtwoord' }),
    });
    expect(res.status).toBe(204);
    expect((await app.request('http://localhost/api/auth/me', { headers: first })).status).toBe(401);
    expect((await login(fixture.emails.steunpunt, 'een-veel-langer-wachtwoord')).status).toBe(200);
  });

  it('answers 400, not a database error, for text with a NUL character (found by the property test)', async () => {
    const res = await login('a\u0000b@eigen.example', 'x');
    expect(res.status).toBe(400);
    expect((await bodyOf(res)).error.code).toBe('validation_failed');
  });

  it('rejects a login body that is not JSON with 415, and broken JSON with 400', async () => {
    const form = await app.request('http://localhost/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'x',
    });
    expect(form.status).toBe(415);
    const broken = await app.request('http://localhost/api/auth/login', {
      method: 'POST',
      headers: json,
      body: '{"email":',
    });
    expect(broken.status).toBe(400);
    expect((await bodyOf(broken)).error.code).toBe('bad_request');
  });
});
