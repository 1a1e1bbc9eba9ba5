import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createTestDatabase, type TestDatabase, testEngines } from '../db/test-database.ts';
import { respondentRowCounts } from '../respondents/test-helpers.ts';
import { type AccessFixture, bodyOf, loginAs, seedAccessFixture } from '../test-support/access-fixture.ts';
import { invitationsCsv } from './invitations-csv.ts';

const definition = {
  pages: [
    {
      name: 'p1',
      elements: [
        { type: 'rating', name: 'tevreden', isRequired: true, rateMin: 1, rateMax: 5 },
        { type: 'text', name: 'kinderen', inputType: 'number', min: 1, max: 12 },
        { type: 'comment', name: 'toelichting', maxLength: 50 },
      ],
    },
  ],
};

describe.each(testEngines)('surveys, waves and invitations [%s]', (engine) => {
  let t: TestDatabase;
  let app: ReturnType<typeof createApp>;
  let f: AccessFixture;
  let researcher: Record<string, string>;
  const call = (path: string, body?: unknown, method = body === undefined ? 'GET' : 'POST') =>
    app.request(`http://localhost/api${path}`, {
      method,
      headers: { ...researcher, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  beforeAll(async () => {
    t = await createTestDatabase(engine);
    f = await seedAccessFixture(t.db);
    app = createApp({
      db: t.db,
      engine: t.engine,
      minCellSize: 10,
      publicRateLimits: { perClientPerMinute: 10_000, perLinkPerMinute: 10_000 },
    });
    researcher = await loginAs(app, f.emails.researcher);
  });
  afterAll(() => t.close());

  it('rejects a definition survey-core cannot run, listing every problem with its path', async () => {
    const bad = {
      pages: [
        {
          elements: [
            { type: 'sterren', name: 'a' },
            { type: 'text' },
            { type: 'text', name: 'b' },
            { type: 'comment', name: 'b' },
          ],
        },
      ],
    };
    const res = await call('/surveys', {
      organisation: 'eigen-swv',
      slug: 'kapot',
      title: 'Kapot',
      audience: 'ouder',
      definition: bad,
    });
    expect(res.status).toBe(400);
    expect((await bodyOf(res)).error.details.problems).toEqual([
      { path: 'pages[0].elements[0].type', message: 'Onbekend vraagtype "sterren".' },
      { path: 'pages[0].elements[1].name', message: 'Deze vraag heeft geen naam.' },
      { path: 'pages[0].elements[3].name', message: 'De naam "b" komt al voor bij pages[0].elements[2].' },
    ]);
    const text = await call('/surveys/validate', { definition: '{"pages": [' });
    expect((await bodyOf(text)).problems[0].message).toMatch(/Geen geldige JSON/);
    expect((await bodyOf(await call('/surveys/validate', { definition }))).problems).toEqual([]);
    // An export's generalisation steps are checked against the question's choices, with their path.
    const grouped = {
      elements: [
        {
          type: 'radiogroup',
          name: 'leerjaar',
          choices: ['g1', 'g2'],
          generalise: [{ level: 'bouw', groups: { onderbouw: ['g1'] } }],
        },
      ],
    };
    expect((await bodyOf(await call('/surveys/validate', { definition: grouped }))).problems).toEqual([
      { path: 'elements[0].generalise', message: 'Stap 1 van "generalise" ("bouw") deelt "g2" niet in.' },
    ]);
    expect(await t.db.selectFrom('surveys').selectAll().execute()).toEqual([]);
  });

  it('creates, versions and publishes a survey; a published version never changes (409)', async () => {
    const created = await call('/surveys', {
      organisation: 'eigen-swv',
      slug: 'ouders',
      title: 'Ouders',
      audience: 'ouder',
      definition,
    });
    expect(created.status).toBe(201);
    const survey = await bodyOf(created);
    expect(survey.versions).toMatchObject([{ version: 1, status: 'draft' }]);
    const v1 = survey.versions[0].id;
    expect((await call(`/survey-versions/${v1}`, { definition }, 'PUT')).status).toBe(200);
    expect((await call(`/survey-versions/${v1}/publish`, {})).status).toBe(200);
    expect((await call(`/survey-versions/${v1}/publish`, {})).status).toBe(409);
    expect((await call(`/survey-versions/${v1}`, { definition }, 'PUT')).status).toBe(409);
    const v2 = await call(`/surveys/${survey.id}/versions`, { definition });
    expect(await bodyOf(v2)).toMatchObject({ version: 2, status: 'draft' });
    expect((await bodyOf(await call('/surveys?organisation=eigen-swv'))).surveys).toHaveLength(1);
    expect((await call('/surveys?organisation=ander-swv')).status).toBe(403);
  });

  it('starts a wave with a link per school, hands out single-use tokens as CSV, and counts per school', async () => {
    const version = await t.db
      .selectFrom('survey_versions')
      .select('id')
      .where('status', '=', 'published')
      .executeTakeFirstOrThrow();
    const wave = await call('/waves', {
      surveyVersionId: version.id,
      organisation: 'eigen-swv',
      name: 'Ouders 2026',
      year: 2026,
      audience: 'ouder',
      opensOn: '2026-01-01',
      closesOn: '2099-12-31',
    });
    expect(wave.status).toBe(201);
    const created = await bodyOf(wave);
    expect(created.schools.map((s: { id: number }) => s.id).sort()).toEqual(
      [f.own.schoolId, f.own.otherSchoolId].sort(),
    );
    const link = created.schools.find((s: { id: number }) => s.id === f.own.schoolId).linkCode;
    // 13 random characters of 32 (65 bits) after the public BRIN, audience and year.
    expect(link).toMatch(/^11aa-ouders-2026-[a-z2-9]{13}$/);

    const csvResponse = await call(`/waves/${created.id}/invitations`, { schoolId: f.own.schoolId, count: 3 });
    expect(csvResponse.status).toBe(201);
    expect(csvResponse.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await csvResponse.text()).trim().split('\r\n');
    expect(lines[0]).toBe('school,brin,token,link');
    expect(lines).toHaveLength(4);
    const token = lines[1]!.split(',')[2]!;
    expect(lines[1]).toContain(`/s/${link}?uitnodiging=${token}`);
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('action', '=', 'invitations.generate')
      .execute();
    expect(audit).toEqual([
      { action: 'invitations.generate', details: { waveId: created.id, schoolId: f.own.schoolId, count: 3 } },
    ]);
    // Only hashes are stored.
    expect(await t.db.selectFrom('invitations').select('id').where('token_hash', '=', token).execute()).toEqual([]);

    const answer = (body: Record<string, unknown>) =>
      app.request('http://localhost/api/public/responses', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ locale: 'nl', role: 'ouder', complete: true, ...body }),
      });
    const before = await respondentRowCounts(t.db);
    const invalid = await answer({ token, answers: { tevreden: 9, kinderen: 40, toelichting: 'x'.repeat(51) } });
    expect(invalid.status).toBe(400);
    expect(Object.keys((await bodyOf(invalid)).error.details).sort()).toEqual(['kinderen', 'tevreden', 'toelichting']);
    expect(await respondentRowCounts(t.db)).toEqual(before);
    expect((await answer({ token, answers: { tevreden: 4 } })).status).toBe(201);
    const reused = await answer({ token, answers: { tevreden: 4 } });
    expect(reused.status).toBe(409);
    expect((await answer({ token: 'ABCD-EFGH-JKLM', answers: { tevreden: 4 } })).status).toBe(404);
    expect(await respondentRowCounts(t.db)).toEqual({
      ...before,
      responses: before.responses + 1,
      usedInvitations: before.usedInvitations + 1,
    });
    // Nothing joins a token to a response: responses have no column that could point at an invitation.
    const { rows } = await sql<{
      column_name: string;
    }>`select column_name from information_schema.columns where table_name = 'responses'`.execute(t.db);
    expect(rows.map((r) => r.column_name).filter((c) => /token|invitation/.test(c))).toEqual([]);

    const partial = await answer({ code: link, complete: false, answers: {} });
    expect(partial.status).toBe(201);
    const details = await bodyOf(await call(`/waves/${created.id}`));
    expect(details.schools.find((s: { id: number }) => s.id === f.own.schoolId)).toMatchObject({
      complete: 1,
      partial: 1,
      invitations: { issued: 3, used: 1 },
    });
  });

  it('guards CSV cells against formula injection', () => {
    const csv = invitationsCsv([{ school: '=HYPERLINK("http://evil")', brin: '+11AA', token: '-X', link: '@y' }]);
    expect(csv.split('\r\n')[1]).toBe(`"'=HYPERLINK(""http://evil"")",'+11AA,'-X,'@y`);
  });
});
