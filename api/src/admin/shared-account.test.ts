import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createTestDatabase, type TestDatabase, testEngines } from '../db/test-database.ts';
import { bodyOf, type AccessFixture, loginAs, seedAccessFixture } from '../test-support/access-fixture.ts';

// Security finding (high): an admin of one organisation reset the password of an account shared with
// another organisation, logged in as it and read the other organisation's data.
describe.each(testEngines)('an account shared by two organisations [%s]', (engine) => {
  let t: TestDatabase;
  let fixture: AccessFixture;
  let app: ReturnType<typeof createApp>;
  let otherAdmin: Record<string, string>;
  let ownAdmin: Record<string, string>;
  let sharedId: number;
  let ownMembershipId: number;
  let otherMembershipId: number;

  beforeAll(async () => {
    t = await createTestDatabase(engine);
    fixture = await seedAccessFixture(t.db);
    app = createApp({ db: t.db, engine: t.engine, minCellSize: 10 });
    // The researcher of the own SWV also works for the other SWV's steunpunt.
    sharedId = fixture.userIds.researcher;
    ownMembershipId = (
      await t.db.selectFrom('memberships').select('id').where('user_id', '=', sharedId).executeTakeFirstOrThrow()
    ).id;
    otherMembershipId = (
      await t.db
        .insertInto('memberships')
        .values({ user_id: sharedId, organisation_id: fixture.other.swvId, role: 'steunpunt' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    // The shared account leaves traces in the own organisation's audit log.
    const researcher = await loginAs(app, fixture.emails.researcher);
    await app.request(`http://localhost/api/exports?organisation=${fixture.own.swvSlug}`, { headers: researcher });
    await t.db
      .insertInto('audit_log')
      .values({ action: 'export.download', user_id: sharedId, organisation_id: fixture.own.swvId, details: '{}' })
      .execute();
    otherAdmin = await loginAs(app, 'admin@ander.example');
    ownAdmin = await loginAs(app, fixture.emails.admin);
  });
  afterAll(() => t.close());

  const call = (method: string, path: string, headers: Record<string, string>, body: unknown = {}) =>
    app.request(`http://localhost${path}`, {
      method,
      headers: { ...headers, 'content-type': 'application/json' },
      ...(method === 'GET' ? {} : { body: JSON.stringify(body) }),
    });

  const accountActions = () =>
    [
      ['POST', `/api/admin/users/${sharedId}/reset-password`, {}],
      ['POST', `/api/admin/users/${sharedId}/disable`, {}],
      ['POST', `/api/admin/users/${sharedId}/enable`, {}],
      ['POST', `/api/admin/users/${sharedId}/memberships`, { role: 'researcher', organisation: 'ander-swv' }],
    ] as const;

  it.each([
    ['the other organisation', () => otherAdmin],
    ['the own organisation', () => ownAdmin],
  ])('the admin of %s cannot reset, disable, enable or add roles to it', async (_, admin) => {
    const before = await t.db
      .selectFrom('users')
      .select(['password_hash', 'disabled_at'])
      .where('id', '=', sharedId)
      .executeTakeFirstOrThrow();
    for (const [method, path, body] of accountActions()) {
      const res = await call(method, path, admin(), body);
      expect(res.status, `${method} ${path}`).toBe(403);
    }
    const after = await t.db
      .selectFrom('users')
      .select(['password_hash', 'disabled_at'])
      .where('id', '=', sharedId)
      .executeTakeFirstOrThrow();
    expect(after).toEqual(before);
    expect(await t.db.selectFrom('memberships').select('id').where('user_id', '=', sharedId).execute()).toHaveLength(2);
    // The user can still log in with their own password.
    await loginAs(app, fixture.emails.researcher);
  });

  it('lists it as not manageable, with only the membership in the admin’s own organisation', async () => {
    const { users } = await bodyOf(await call('GET', '/api/admin/users', otherAdmin));
    const shared = users.find((u: { id: number }) => u.id === sharedId);
    expect(shared.manageable).toBe(false);
    expect(shared.memberships.map((m: { id: number }) => m.id)).toEqual([otherMembershipId]);
  });

  it('does not show the other organisation’s audit entries of the shared account', async () => {
    const { entries } = await bodyOf(await call('GET', '/api/admin/audit', otherAdmin));
    expect(entries.filter((e: { organisation: string | null }) => e.organisation === 'eigen-swv')).toEqual([]);
    expect(entries.filter((e: { user: string | null }) => e.user === fixture.emails.researcher)).toEqual([]);
    const own = await bodyOf(await call('GET', '/api/admin/audit', ownAdmin));
    expect(own.entries.map((e: { action: string }) => e.action)).toContain('export.download');
  });

  it('lets an admin remove only the membership in their own organisation', async () => {
    expect((await call('DELETE', `/api/admin/memberships/${ownMembershipId}`, otherAdmin)).status).toBe(403);
    expect((await call('DELETE', `/api/admin/memberships/${otherMembershipId}`, otherAdmin)).status).toBe(204);
    // Now the account lies wholly in the own organisation, whose admin manages it again.
    expect((await call('POST', `/api/admin/users/${sharedId}/reset-password`, ownAdmin)).status).toBe(200);
    expect((await call('POST', `/api/admin/users/${sharedId}/reset-password`, otherAdmin)).status).toBe(403);
  });
});
