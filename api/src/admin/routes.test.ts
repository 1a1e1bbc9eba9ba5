import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createTestDatabase, type TestDatabase, testEngines } from '../db/test-database.ts';
import { bodyOf, type AccessFixture, loginAs, seedAccessFixture } from '../test-support/access-fixture.ts';

describe.each(testEngines)('admins manage accounts [%s]', (engine) => {
  let t: TestDatabase;
  let fixture: AccessFixture;
  let app: ReturnType<typeof createApp>;
  let admin: Record<string, string>;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
    fixture = await seedAccessFixture(t.db);
    app = createApp({ db: t.db, engine: t.engine, minCellSize: 10 });
    admin = await loginAs(app, fixture.emails.admin);
  });
  afterAll(() => t.close());

  const post = (path: string, body: unknown, headers = admin) =>
    app.request(`http://localhost${path}`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('creates an account with a one-time password that must be changed at first login', async () => {
    const res = await post('/api/admin/users', {
      email: 'Nieuwe.Onderzoeker@eigen.example',
      role: 'researcher',
      organisation: 'eigen-swv',
    });
    expect(res.status).toBe(201);
    const { oneTimePassword } = await bodyOf(res);
    const session = await loginAs(app, 'nieuwe.onderzoeker@eigen.example', oneTimePassword);
    const me = await bodyOf(await app.request('http://localhost/api/auth/me', { headers: session }));
    expect(me.mustChangePassword).toBe(true);
    // Until then, staff routes stay closed.
    const blocked = await app.request('http://localhost/api/organisations', { headers: session });
    expect(blocked.status).toBe(403);
  });

  it('refuses a second account with the same e-mail with 409, and keeps one row', async () => {
    const res = await post('/api/admin/users', {
      email: fixture.emails.board,
      role: 'board',
      organisation: 'eigen-swv',
    });
    expect(res.status).toBe(409);
    const rows = await t.db.selectFrom('users').select('id').where('email', '=', fixture.emails.board).execute();
    expect(rows).toHaveLength(1);
  });

  it('only gives the school role together with a school of the organisation', async () => {
    const without = await post('/api/admin/users', {
      email: 'school2@eigen.example',
      role: 'school',
      organisation: 'eigen-swv',
    });
    expect(without.status).toBe(400);
    const foreign = await post('/api/admin/users', {
      email: 'school2@eigen.example',
      role: 'school',
      organisation: 'eigen-swv',
      schoolId: fixture.other.schoolId,
    });
    expect(foreign.status).toBe(400);
    const ok = await post('/api/admin/users', {
      email: 'school2@eigen.example',
      role: 'school',
      organisation: 'eigen-swv',
      schoolId: fixture.own.otherSchoolId,
    });
    expect(ok.status).toBe(201);
    expect(
      await t.db.selectFrom('users').select('id').where('email', '=', 'school2@eigen.example').execute(),
    ).toHaveLength(1);
  });

  it('lists only accounts of its own organisations', async () => {
    const { users } = await bodyOf(await app.request('http://localhost/api/admin/users', { headers: admin }));
    const emails = users.map((u: { email: string }) => u.email);
    expect(emails).toContain(fixture.emails.researcher);
    expect(emails).not.toContain('admin@ander.example');
  });

  it('disables an account, which ends its sessions at once', async () => {
    const target = await loginAs(app, fixture.emails.steunpunt);
    expect((await post(`/api/admin/users/${fixture.userIds.steunpunt}/disable`, {})).status).toBe(204);
    expect((await app.request('http://localhost/api/auth/me', { headers: target })).status).toBe(401);
    expect((await post(`/api/admin/users/${fixture.userIds.steunpunt}/enable`, {})).status).toBe(204);
  });

  it('shows account changes in the audit log, readable by the admin', async () => {
    const { entries } = await bodyOf(await app.request('http://localhost/api/admin/audit', { headers: admin }));
    const actions = entries.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['user.create', 'user.disabled', 'user.enabled', 'auth.login']));
    // The log names the organisation as people know it, not by its slug.
    const created = entries.find((e: { action: string }) => e.action === 'user.create');
    expect(created).toMatchObject({ organisation: 'eigen-bestuur', organisationName: 'EIGEN-BESTUUR' });
  });
});
