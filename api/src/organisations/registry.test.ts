import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { insertCodebook } from '../codebook/queries.ts';
import { createTestDatabase, type TestDatabase, testEngines } from '../db/test-database.ts';
import { type AccessFixture, bodyOf, loginAs, seedAccessFixture } from '../test-support/access-fixture.ts';
import { defaultCodebook } from '@klankbord/analysis/codebook';
import { sweepExpiredAnswers } from './retention.ts';

const oldLayout = (rows: string[]) =>
  Buffer.from(
    ['"BEVOEGD GEZAG NUMMER";"BRIN NUMMER";"VESTIGINGSNUMMER";"VESTIGINGSNAAM";"GEMEENTENAAM"', ...rows].join('\n'),
  ).toString('base64');

describe.each(testEngines)('the admin’s organisation screen API [%s]', (engine) => {
  let t: TestDatabase;
  let app: ReturnType<typeof createApp>;
  let f: AccessFixture;
  const sessions: Record<string, Record<string, string>> = {};
  const call = async (who: string, path: string, body?: unknown, method = body === undefined ? 'GET' : 'POST') => {
    const res = await app.request(`http://localhost/api/organisations${path}`, {
      method,
      headers: { ...sessions[who], 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: res.status, body: await bodyOf(res) };
  };
  const audit = (action: string) =>
    t.db.selectFrom('audit_log').select(['details', 'user_id']).where('action', '=', action).execute();

  beforeAll(async () => {
    t = await createTestDatabase(engine);
    f = await seedAccessFixture(t.db);
    await insertCodebook(t.db, defaultCodebook, { active: true });
    app = createApp({ db: t.db, engine: t.engine, minCellSize: 10 });
    for (const role of ['admin', 'researcher'] as const) sessions[role] = await loginAs(app, f.emails[role]);
  });
  afterAll(() => t.close());

  it('lists boards and schools for the admin only, and refuses another SWV', async () => {
    const registry = await call('admin', '/eigen-swv/registry');
    expect(registry.status).toBe(200);
    expect(registry.body.schools.map((s: { brin: string }) => s.brin).sort()).toEqual(['11AA', '11AB']);
    expect(registry.body.boards).toMatchObject([{ slug: 'eigen-bestuur' }]);
    expect((await call('researcher', '/eigen-swv/registry')).status).toBe(403);
    expect((await call('admin', '/ander-swv/registry')).status).toBe(403);
  });

  it('previews an import without writing, then imports it, audit-logged with counts', async () => {
    const schools = oldLayout(['"77001";"55QA";"55QA00";"Nieuwe school";"HOORN"']);
    const preview = await call('admin', '/eigen-swv/schools/import', { schools, sector: 'po', dryRun: true });
    expect(preview.status).toBe(200);
    expect(preview.body.counts).toMatchObject({ added: 1, missing: 1, boardsAdded: 1 });
    expect(await t.db.selectFrom('schools').select('id').where('brin', '=', '55QA').execute()).toEqual([]);
    const done = await call('admin', '/eigen-swv/schools/import', { schools, sector: 'po', dryRun: false });
    expect(done.body.counts).toMatchObject({ added: 1 });
    expect(await audit('schools.import')).toMatchObject([
      { user_id: f.userIds.admin, details: { added: 1, missing: 1, via: 'web' } },
    ]);
    const bad = await call('admin', '/eigen-swv/schools/import', {
      schools: oldLayout(['"77001";"55QB";"55QB00";"";"HOORN"']),
      sector: 'po',
      dryRun: false,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.problems).toEqual([
      { line: 2, field: 'VESTIGINGSNAAM', code: 'missing', value: '', message: 'line 2, VESTIGINGSNAAM: no name.' },
    ]);
    expect((await call('admin', '/eigen-swv/schools/import', { schools: '@@', dryRun: true })).status).toBe(400);
  });

  it('edits and closes a school, audit-logged; refuses a school of another SWV and a wrong sector', async () => {
    const changed = await call(
      'admin',
      `/eigen-swv/schools/${f.own.otherSchoolId}`,
      { pupils: 512, closed: true },
      'PATCH',
    );
    expect(changed.status).toBe(200);
    expect(changed.body.schools.find((s: { id: number }) => s.id === f.own.otherSchoolId)).toMatchObject({
      pupils: 512,
      closed: true,
    });
    expect(await audit('school.update')).toMatchObject([
      { details: { schoolId: f.own.otherSchoolId, fields: ['pupils', 'closed'] } },
    ]);
    expect((await call('admin', `/eigen-swv/schools/${f.other.schoolId}`, { closed: true }, 'PATCH')).status).toBe(404);
    expect((await call('admin', `/eigen-swv/schools/${f.own.schoolId}`, { sector: 'hbo' }, 'PATCH')).status).toBe(400);
    expect((await call('admin', `/eigen-swv/schools/${f.own.schoolId}`, {}, 'PATCH')).status).toBe(400);
  });

  it('adds a board by hand and refuses the same bevoegd-gezag number twice', async () => {
    const board = { name: 'Stichting Handmatig', slug: 'eigen-handmatig', duoNumber: '88001' };
    expect((await call('admin', '/eigen-swv/boards', board)).status).toBe(201);
    const twice = await call('admin', '/eigen-swv/boards', { ...board, slug: 'eigen-handmatig-2' });
    expect(twice.status).toBe(409);
    expect(twice.body.error.details).toEqual({ duoNumber: ['number_taken'] });
    expect((await audit('board.create')).length).toBe(1);
  });

  it('keeps settings per organisation: minimum group size, languages offered, retention', async () => {
    expect((await call('admin', '/eigen-swv/settings')).body).toEqual({
      minGroupSize: null,
      languages: null,
      retentionYears: 5,
      installationMinimum: 10,
      referenceBenchmark: false,
      referenceBenchmarkBySwv: false,
    });
    const bad = await call(
      'admin',
      '/eigen-swv/settings',
      { minGroupSize: 2, languages: ['en'], retentionYears: 0 },
      'PUT',
    );
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.details).sort()).toEqual(['languages', 'minGroupSize', 'retentionYears']);
    const saved = await call(
      'admin',
      '/eigen-swv/settings',
      { minGroupSize: 6, languages: ['nl', 'en'], retentionYears: 2 },
      'PUT',
    );
    expect(saved.body).toMatchObject({
      minGroupSize: 6,
      languages: ['nl', 'en'],
      retentionYears: 2,
      referenceBenchmark: false,
    });
    expect(await audit('organisation.settings')).toHaveLength(1);
  });

  it('offers respondents only the questionnaire languages the organisation chose', async () => {
    const { id: surveyId } = await t.db
      .insertInto('surveys')
      .values({ organisation_id: f.own.swvId, slug: 'talen', title: 'Talen', audience: 'ouder' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const definition = {
      elements: [{ type: 'comment', name: 'q', title: { default: 'Vraag', en: 'Question', tr: 'Soru' } }],
    };
    const { id: versionId } = await t.db
      .insertInto('survey_versions')
      .values({
        survey_id: surveyId,
        version: 1,
        status: 'published',
        published_at: new Date(),
        definition: JSON.stringify(definition),
        locales: ['nl', 'en', 'tr'],
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const { id: waveId } = await t.db
      .insertInto('waves')
      .values({
        survey_version_id: versionId,
        organisation_id: f.own.swvId,
        name: 'Talen',
        year: 2026,
        audience: 'ouder',
        opens_on: '2020-01-01',
        closes_on: '2099-12-31',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.db
      .insertInto('open_links')
      .values({ wave_id: waveId, school_id: f.own.schoolId, code: 'talen-link' })
      .execute();
    const locales = async () =>
      (await bodyOf(await app.request('http://localhost/api/public/links/talen-link'))).survey.locales;
    // Set above: nl and en.
    expect(await locales()).toEqual(['nl', 'en']);
    await call('admin', '/eigen-swv/settings', { minGroupSize: 6, languages: null, retentionYears: 2 }, 'PUT');
    expect(await locales()).toEqual(['nl', 'en', 'tr']);
  });

  it('the retention sweep deletes answers of waves closed longer ago than the period, and logs counts only', async () => {
    const version = await t.db
      .insertInto('surveys')
      .values({ organisation_id: f.own.swvId, slug: 'oud', title: 'Oud', audience: 'ouder' })
      .returning('id')
      .executeTakeFirstOrThrow()
      .then(({ id }) =>
        t.db
          .insertInto('survey_versions')
          .values({
            survey_id: id,
            version: 1,
            status: 'published',
            published_at: new Date(),
            definition: JSON.stringify({ elements: [] }),
          })
          .returning('id')
          .executeTakeFirstOrThrow(),
      );
    const wave = async (closesOn: string) =>
      (
        await t.db
          .insertInto('waves')
          .values({
            survey_version_id: version.id,
            organisation_id: f.own.swvId,
            name: closesOn,
            year: Number(closesOn.slice(0, 4)),
            audience: 'ouder',
            opens_on: `${closesOn.slice(0, 4)}-01-01`,
            closes_on: closesOn,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    const response = (waveId: number, n: number) =>
      t.db
        .insertInto('responses')
        .values({
          wave_id: waveId,
          school_id: f.own.schoolId,
          role: 'ouder',
          locale: 'nl',
          answers: JSON.stringify({}),
          submitted_on: '2020-05-01',
          status: 'complete',
          receipt_hash: `hash-${waveId}-${n}`,
        })
        .execute();
    const old = await wave('2021-06-30');
    const recent = await wave('2023-06-30');
    for (const n of [1, 2]) await response(old, n);
    await response(recent, 1);
    // Retention is 2 years (set above): on 2025-06-01 the 2021 wave is past it, the 2023 wave (until 2025-06-30) is not.
    expect(await sweepExpiredAnswers(t.db, '2025-06-01')).toEqual({ responses: 2, stories: 0 });
    const left = await t.db.selectFrom('responses').select('wave_id').where('wave_id', 'in', [old, recent]).execute();
    expect(left).toEqual([{ wave_id: recent }]);
    expect(await audit('retention.sweep')).toEqual([{ user_id: null, details: { responses: 2, stories: 0 } }]);
  });
});
