import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createTestDatabase, type TestDatabase, testEngines } from '../db/test-database.ts';
import { hashCode, newCode } from '../privacy/codes.ts';
import { type AccessFixture, bodyOf, loginAs, sameOrigin, seedAccessFixture } from '../test-support/access-fixture.ts';
import { fixtureSurvey } from './analysis-fixture.ts';
import { forgetReferences, installationReference } from './reference.ts';

// A small installation whose every figure is known. All po, parents 2026, item `tevreden` (1–5):
// - eigen-swv (the viewer): school 11AA answers 5,5,5,4,4,4,4,3,3,2 (mean 3.9) and 9 more schools;
// - ander-swv: 10 schools; ref-3: 9 schools, one with 9 respondents (below the group rule of 10);
// - ref-4: 1 school. Every other school: k fives and 10 − k threes (mean 3 + 0.2k).
// Other schools' names start with "Verborgen", so the JSON can be scanned for them.
const ownOthers = [0, 1, 2, 3, 4, 5, 6, 7, 8];
const ref3 = [9, 10, 1, 3, 5, 7, 9, 2];

describe.each(testEngines)('reference benchmark [%s]', (engine) => {
  let t: TestDatabase;
  let f: AccessFixture;
  let app: ReturnType<typeof createApp>;
  let researcher: Record<string, string>;
  let ownWave: number;
  let smallSchool: number;
  const orgs: Record<string, number> = {};
  const otherSchoolIds: number[] = [];
  const ownSchoolIds: number[] = [];
  let surveyVersion = 0;

  const takePart = async (slugs: string[]) => {
    await t.db.updateTable('organisations').set({ reference_benchmark: false }).execute();
    if (slugs.length)
      await t.db.updateTable('organisations').set({ reference_benchmark: true }).where('slug', 'in', slugs).execute();
  };
  const reference = async () => {
    const res = await app.request(`http://localhost/api/analysis/reference?organisation=eigen-swv&wave=${ownWave}`, {
      headers: researcher,
    });
    const body = await bodyOf(res);
    expect({ status: res.status, body: res.status === 200 ? null : body }).toEqual({ status: 200, body: null });
    return body;
  };
  const own = (body: any) => body.schools.find((s: any) => s.brin === '11AA').items[0];

  beforeAll(async () => {
    t = await createTestDatabase(engine);
    f = await seedAccessFixture(t.db);
    orgs['eigen-swv'] = f.own.swvId;
    orgs['ander-swv'] = f.other.swvId;
    for (const slug of ['ref-3', 'ref-4'])
      orgs[slug] = (
        await t.db
          .insertInto('organisations')
          .values({ slug, name: `Verborgen organisatie ${slug}`, kind: 'swv' })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    const { id: surveyId } = await t.db
      .insertInto('surveys')
      .values({ organisation_id: f.own.swvId, slug: 'ref', title: 'Ref', audience: 'ouder' })
      .returning('id')
      .executeTakeFirstOrThrow();
    surveyVersion = (
      await t.db
        .insertInto('survey_versions')
        .values({
          survey_id: surveyId,
          version: 1,
          definition: JSON.stringify(fixtureSurvey),
          status: 'published',
          published_at: '2025-01-01T00:00:00Z',
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    const waves: Record<string, number> = {};
    for (const [slug, id] of Object.entries(orgs))
      waves[slug] = (
        await t.db
          .insertInto('waves')
          .values({
            survey_version_id: surveyVersion,
            organisation_id: id,
            name: `Ouders 2026 ${slug}`,
            year: 2026,
            audience: 'ouder',
            opens_on: '2026-03-01',
            closes_on: '2026-06-30',
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    ownWave = waves['eigen-swv']!;

    let brin = 0;
    const school = async (organisationId: number, name: string) =>
      (
        await t.db
          .insertInto('schools')
          .values({
            organisation_id: organisationId,
            name,
            brin: `9${String(brin++).padStart(2, '0')}X`,
            sector: 'po',
            municipality: 'Hoorn',
            pupil_count: 200,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    const answer = (waveId: number, schoolId: number, values: number[]) =>
      t.db
        .insertInto('responses')
        .values(
          values.map((v) => ({
            wave_id: waveId,
            school_id: schoolId,
            role: 'ouder' as const,
            locale: 'nl',
            answers: JSON.stringify({ tevreden: v }),
            submitted_on: '2026-04-01',
            status: 'complete' as const,
            receipt_hash: hashCode(newCode()),
          })),
        )
        .execute();
    const fives = (k: number) => [...Array<number>(k).fill(5), ...Array<number>(10 - k).fill(3)];

    const ownBoard = f.own.boardId;
    ownSchoolIds.push(f.own.schoolId, f.own.otherSchoolId);
    await answer(ownWave, f.own.schoolId, [5, 5, 5, 4, 4, 4, 4, 3, 3, 2]);
    for (const k of ownOthers) {
      const id = await school(ownBoard, `Eigen school ${k}`);
      ownSchoolIds.push(id);
      await answer(ownWave, id, fives(k));
    }
    // ander-swv: its existing school 22AA and 9 more; every one with mean 3.4 (k = 2).
    await t.db
      .updateTable('schools')
      .set({ name: 'Verborgen school 22AA' })
      .where('id', '=', f.other.schoolId)
      .execute();
    otherSchoolIds.push(f.other.schoolId);
    await answer(waves['ander-swv']!, f.other.schoolId, fives(2));
    for (let i = 0; i < 9; i++) {
      const id = await school(f.other.boardId, `Verborgen school ander ${i}`);
      otherSchoolIds.push(id);
      await answer(waves['ander-swv']!, id, fives(2));
    }
    for (const k of ref3) {
      const id = await school(orgs['ref-3']!, `Verborgen school ref3 ${k}`);
      otherSchoolIds.push(id);
      await answer(waves['ref-3']!, id, fives(k));
    }
    smallSchool = await school(orgs['ref-3']!, 'Verborgen kleine school');
    otherSchoolIds.push(smallSchool);
    await answer(waves['ref-3']!, smallSchool, Array<number>(9).fill(4));
    const ref4School = await school(orgs['ref-4']!, 'Verborgen school ref4');
    otherSchoolIds.push(ref4School);
    await answer(waves['ref-4']!, ref4School, fives(6));

    app = createApp({ db: t.db, engine: t.engine, minCellSize: 10 });
    researcher = await loginAs(app, f.emails.researcher);
  });
  afterAll(() => t.close());
  beforeEach(() => forgetReferences());

  it('is off by default: the organisation neither sees a reference nor contributes to one', async () => {
    const body = await reference();
    expect(body).toMatchObject({ takesPart: false, schools: [] });
    const national = await installationReference(t.db, {
      year: 2026,
      audience: 'ouder',
      surveyVersionId: surveyVersion,
      installationMinimum: 10,
    });
    expect(national.sectors).toEqual([]);
  });

  it('shows nothing for 20 schools from only 2 organisations', async () => {
    await takePart(['eigen-swv', 'ander-swv']);
    const item = own(await reference());
    expect(item.reference).toEqual({ published: false, reason: 'too_few_organisations' });
    expect(item).toMatchObject({ n: 10, mean: 3.9, percentile: null, test: null });
  });

  it('shows nothing for 19 schools from 3 organisations (a school below the group rule does not count)', async () => {
    await takePart(['eigen-swv', 'ref-3', 'ref-4']);
    expect(own(await reference()).reference).toEqual({ published: false, reason: 'too_few_schools' });
  });

  it('shows 20 schools from 3 organisations, with the percentile and t-test computed by hand', async () => {
    await takePart(['eigen-swv', 'ref-3', 'ref-4']);
    // The small school's tenth parent answers (4): it now meets the group rule, mean 4.0.
    await t.db
      .insertInto('responses')
      .values({
        wave_id: (await t.db
          .selectFrom('waves')
          .select('id')
          .where('organisation_id', '=', orgs['ref-3']!)
          .executeTakeFirstOrThrow())!.id,
        school_id: smallSchool,
        role: 'ouder',
        locale: 'nl',
        answers: JSON.stringify({ tevreden: 4 }),
        submitted_on: '2026-04-02',
        status: 'complete',
        receipt_hash: hashCode(newCode()),
      })
      .execute();
    const body = await reference();
    expect(body.test).toMatch(/one-sample t-test/);
    const item = own(body);
    // Figures: 3.9 (11AA), 3.0–4.6 (own 9), 4.8 5.0 3.2 3.6 4.0 4.4 4.8 3.4 (ref-3), 4.0 (small), 4.2 (ref-4).
    // Mean 79.5 / 20 = 3.975; below 3.9: 8 schools, none equal → percentile 8 / 20 = 40 … plus 3.9 itself
    // counted half: (8 + 0.5) / 20 = 42.5.
    expect(item.reference).toMatchObject({ published: true, schools: 20, organisations: 3, median: 4 });
    expect(item.reference.mean).toBeCloseTo(3.975, 10);
    expect(item.reference.p25).toBeCloseTo(3.55, 10);
    expect(item.reference.p75).toBeCloseTo(4.4, 10);
    expect(item.percentile).toBeCloseTo(42.5, 10);
    // 11AA: mean 3.9, s = 0.99443, t = (3.9 − 3.975) / (0.99443 / √10) = −0.2385 on 9 df, p = 0.8168 (scipy).
    expect(item.test.t).toBeCloseTo(-0.238499523, 8);
    expect(item.test.p).toBeCloseTo(0.816835477, 8);
    expect(item.test).toMatchObject({ df: 9, significant: false, direction: 'same' });

    // Never a name, BRIN, slug or id of another organisation or school.
    const json = JSON.stringify(body);
    expect(json).not.toMatch(/Verborgen|ANDER|ander-|ref-3|ref-4/i);
    const others = await t.db.selectFrom('schools').select('brin').where('id', 'in', otherSchoolIds).execute();
    for (const { brin } of others) expect(json).not.toContain(brin);
    const ids: number[] = [];
    JSON.parse(json, (key, value) => {
      if (key === 'id' || key.endsWith('Id') || key.endsWith('_id')) ids.push(value);
      return value;
    });
    expect(ids.filter((id) => id !== ownWave && !ownSchoolIds.includes(id))).toEqual([]);
  });

  it('turned off, an organisation stops contributing at once', async () => {
    await takePart(['eigen-swv', 'ref-3', 'ref-4']);
    expect(own(await reference()).reference.published).toBe(true);
    // ref-4 leaves (without reloading: the setting is part of what the loaded reference is kept under).
    await takePart(['eigen-swv', 'ref-3']);
    expect(own(await reference()).reference).toEqual({ published: false, reason: 'too_few_schools' });
  });

  it('the admin switches it in the settings, audit-logged', async () => {
    await takePart([]);
    const admin = await loginAs(app, f.emails.admin);
    const res = await app.request('http://localhost/api/organisations/eigen-swv/settings', {
      method: 'PUT',
      headers: { ...admin, ...sameOrigin, 'content-type': 'application/json' },
      body: JSON.stringify({ minGroupSize: null, languages: null, retentionYears: 5, referenceBenchmark: true }),
    });
    expect(res.status).toBe(200);
    expect(await bodyOf(res)).toMatchObject({ referenceBenchmark: true });
    const { rows } = await sql<{ details: any }>`
      select details from audit_log where action = 'organisation.settings' order by id desc limit 1`.execute(t.db);
    expect(rows[0]?.details).toMatchObject({ referenceBenchmark: true });
    // A client that leaves it out does not switch it off.
    await app.request('http://localhost/api/organisations/eigen-swv/settings', {
      method: 'PUT',
      headers: { ...admin, ...sameOrigin, 'content-type': 'application/json' },
      body: JSON.stringify({ minGroupSize: null, languages: null, retentionYears: 6 }),
    });
    const after = await t.db
      .selectFrom('organisations')
      .select('reference_benchmark')
      .where('slug', '=', 'eigen-swv')
      .executeTakeFirstOrThrow();
    expect(after.reference_benchmark).toBe(true);
  });

  it('answers a school outside the view with a 404 and a bad school with a 400, never a 500', async () => {
    await takePart(['eigen-swv', 'ref-3', 'ref-4']);
    const get = (q: string) =>
      app.request(`http://localhost/api/analysis/reference?organisation=eigen-swv&wave=${ownWave}${q}`, {
        headers: researcher,
      });
    expect((await get(`&school=${otherSchoolIds[0]}`)).status).toBe(404);
    expect((await get('&school=abc')).status).toBe(400);
    const one = await bodyOf(await get(`&school=${f.own.schoolId}`));
    expect(one.schools.map((s: any) => s.brin)).toEqual(['11AA']);
  });
});
