import { defaultCodebook } from '@klankbord/analysis/codebook';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { insertCodebook } from '../codebook/queries.ts';
import { createTestDatabase, type TestDatabase, testEngines } from '../db/test-database.ts';
import { type AccessFixture, bodyOf, loginAs, seedAccessFixture } from '../test-support/access-fixture.ts';

describe.each(testEngines)('quality-cycle actions [%s]', (engine) => {
  let t: TestDatabase;
  let app: ReturnType<typeof createApp>;
  let f: AccessFixture;
  const sessions: Record<string, Record<string, string>> = {};
  const call = (who: string, path: string, body?: unknown, method = body === undefined ? 'GET' : 'POST') =>
    app.request(`http://localhost/api${path}`, {
      method,
      headers: { ...sessions[who], 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const audit = () =>
    t.db
      .selectFrom('audit_log')
      .select(['action', 'user_id', 'details'])
      .where('action', 'like', 'action.%')
      .orderBy('id')
      .execute();

  beforeAll(async () => {
    t = await createTestDatabase(engine);
    f = await seedAccessFixture(t.db);
    await insertCodebook(t.db, defaultCodebook, { active: true });
    app = createApp({ db: t.db, engine: t.engine, minCellSize: 10 });
    for (const role of ['board', 'researcher', 'admin', 'steunpunt'] as const)
      sessions[role] = await loginAs(app, f.emails[role]);
  });
  afterAll(() => t.close());

  it('records an action, changes it to klaar with an evaluation, lists it per year, and audit-logs both', async () => {
    const created = await call('board', '/actions', {
      organisation: 'eigen-swv',
      theme: 'OVG',
      year: 2025,
      title: 'Informatieavond overstap po-vo',
      owner: 'Beleidsmedewerker',
      dueOn: '2025-11-01',
    });
    expect(created.status).toBe(201);
    const action = await bodyOf(created);
    expect(action).toMatchObject({
      organisation: 'eigen-swv',
      theme: 'OVG',
      year: 2025,
      status: 'gepland',
      dueOn: '2025-11-01',
      evaluation: '',
    });

    const patched = await call(
      'researcher',
      `/actions/${action.id}`,
      { status: 'klaar', evaluation: '80 ouders kwamen; volgend jaar herhalen.', dueOn: null },
      'PATCH',
    );
    expect(patched.status).toBe(200);
    expect(await bodyOf(patched)).toMatchObject({
      status: 'klaar',
      evaluation: '80 ouders kwamen; volgend jaar herhalen.',
      dueOn: null,
      title: 'Informatieavond overstap po-vo',
    });

    await call('board', '/actions', { organisation: 'eigen-swv', theme: 'PAS', year: 2026, title: 'Spreekuur' });
    const lastYear = await bodyOf(await call('admin', '/actions?organisation=eigen-swv&year=2025'));
    expect(lastYear.actions.map((a: { title: string; status: string }) => [a.title, a.status])).toEqual([
      ['Informatieavond overstap po-vo', 'klaar'],
    ]);
    expect(
      (await bodyOf(await call('admin', '/actions?organisation=eigen-swv'))).actions.map(
        (a: { year: number }) => a.year,
      ),
    ).toEqual([2026, 2025]);

    expect(await audit()).toEqual([
      {
        action: 'action.create',
        user_id: f.userIds.board,
        details: { actionId: action.id, theme: 'OVG', year: 2025, status: 'gepland' },
      },
      {
        action: 'action.update',
        user_id: f.userIds.researcher,
        details: {
          actionId: action.id,
          fields: ['dueOn', 'evaluation', 'status'],
          status: { from: 'gepland', to: 'klaar' },
        },
      },
      expect.objectContaining({ action: 'action.create', user_id: f.userIds.board }),
    ]);
  });

  it('names wrong fields, refuses unknown themes and other organisations, and writes nothing then', async () => {
    const before = await t.db.selectFrom('actions').select('id').execute();
    const auditBefore = (await audit()).length;
    const bad = await call('board', '/actions', {
      organisation: 'eigen-swv',
      theme: 'OVG',
      year: 1999,
      title: '',
      status: 'misschien',
    });
    expect(bad.status).toBe(400);
    expect(Object.keys((await bodyOf(bad)).error.details).sort()).toEqual(['status', 'title', 'year']);
    const unknown = await call('board', '/actions', {
      organisation: 'eigen-swv',
      theme: 'XYZ',
      year: 2026,
      title: 'Iets',
    });
    expect(unknown.status).toBe(400);
    expect(Object.keys((await bodyOf(unknown)).error.details)).toEqual(['theme']);
    expect(
      (await call('board', '/actions', { organisation: 'ander-swv', theme: 'OVG', year: 2026, title: 'Iets' })).status,
    ).toBe(403);
    expect(
      (await call('admin', '/actions', { organisation: 'eigen-swv', theme: 'OVG', year: 2026, title: 'Iets' })).status,
    ).toBe(403);
    expect((await call('steunpunt', '/actions?organisation=eigen-swv')).status).toBe(403);

    const { id: otherId } = await t.db
      .insertInto('actions')
      .values({ organisation_id: f.other.swvId, theme_code: 'OVG', year: 2026, title: 'Van een ander' })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect((await call('board', `/actions/${otherId}`, { status: 'klaar' }, 'PATCH')).status).toBe(403);
    expect((await call('board', '/actions/999999', { status: 'klaar' }, 'PATCH')).status).toBe(404);
    const empty = await call('board', `/actions/${otherId}`, {}, 'PATCH');
    expect(empty.status).toBe(400);
    expect(
      (await t.db.selectFrom('actions').select('status').where('id', '=', otherId).executeTakeFirstOrThrow()).status,
    ).toBe('gepland');
    expect(await t.db.selectFrom('actions').select('id').where('organisation_id', '=', f.own.swvId).execute()).toEqual(
      before,
    );
    expect((await audit()).length).toBe(auditBefore);
  });
});
