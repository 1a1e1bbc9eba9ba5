import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createTestDatabase, type TestDatabase, testEngines } from '../db/test-database.ts';
import { captureLog } from '../log.ts';
import { hashCode } from '../privacy/codes.ts';
import { type AccessFixture, bodyOf, loginAs, seedAccessFixture } from '../test-support/access-fixture.ts';

const definition = { pages: [{ name: 'p1', elements: [{ type: 'comment', name: 'wie', maxLength: 50 }] }] };
// Redeemed in this order: no invitation keeps its place (a derangement of the mail-merge order).
const redemptionOrder = [3, 0, 4, 5, 1, 2];

// Privacy finding: a used invitation and its response were written in one transaction, so
// invitations.xmin = responses.xmin joined each answer to a name on the mail-merge list. This test has
// the database and the list, and tries every join it can think of.
describe.each(testEngines)('invitations cannot be joined to responses [%s]', (engine) => {
  let t: TestDatabase;
  let f: AccessFixture;
  let app: ReturnType<typeof createApp>;
  let tokens: string[] = [];
  const logLines: string[] = [];
  /** The truth the test knows and an attacker must not recover: invitation id → response id. */
  const truth = new Map<number, number>();

  beforeAll(async () => {
    t = await createTestDatabase(engine);
    f = await seedAccessFixture(t.db);
    app = createApp({
      db: t.db,
      engine: t.engine,
      minCellSize: 10,
      publicRateLimits: { perClientPerMinute: 10_000, perLinkPerMinute: 10_000 },
    });
    const researcher = await loginAs(app, f.emails.researcher);
    const call = async (path: string, body: unknown) =>
      app.request(`http://localhost/api${path}`, {
        method: 'POST',
        headers: { ...researcher, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const survey = await bodyOf(
      await call('/surveys', {
        organisation: 'eigen-swv',
        slug: 'ouders',
        title: 'Ouders',
        audience: 'ouder',
        definition,
      }),
    );
    await call(`/survey-versions/${survey.versions[0].id}/publish`, {});
    const wave = await bodyOf(
      await call('/waves', {
        surveyVersionId: survey.versions[0].id,
        organisation: 'eigen-swv',
        name: 'Ouders',
        year: 2026,
        audience: 'ouder',
        opensOn: '2026-01-01',
        closesOn: '2099-12-31',
      }),
    );
    const csv = await (await call(`/waves/${wave.id}/invitations`, { schoolId: f.own.schoolId, count: 6 })).text();
    tokens = csv
      .trim()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(',')[2]!);

    const restore = captureLog((line) => logLines.push(line));
    try {
      for (const index of redemptionOrder) {
        const res = await app.request('http://localhost/api/public/responses', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            token: tokens[index],
            locale: 'nl',
            role: 'ouder',
            complete: true,
            answers: { wie: `uitnodiging ${index}` },
          }),
        });
        expect(res.status).toBe(201);
      }
    } finally {
      restore();
    }
    const invitations = await t.db.selectFrom('invitations').select(['id', 'token_hash']).execute();
    const responses = await t.db.selectFrom('responses').select(['id', 'answers']).execute();
    tokens.forEach((token, index) => {
      const invitation = invitations.find((i) => i.token_hash === hashCode(token))!;
      const response = responses.find((r) => (r.answers as { wie: string }).wie === `uitnodiging ${index}`)!;
      truth.set(invitation.id, Number(response.id));
    });
  });
  afterAll(() => t.close());

  /** How many pairs of an attacker's join are true links. */
  const trueLinks = (pairs: { invitation: number; response: number }[]) =>
    pairs.filter((p) => truth.get(Number(p.invitation)) === Number(p.response)).length;

  it('shares no transaction id (xmin) between an invitation and a response', async () => {
    const { rows } = await sql<{ invitation: number; response: number }>`
      select i.id as invitation, r.id as response from invitations i join responses r on i.xmin::text = r.xmin::text
    `.execute(t.db);
    expect(rows).toEqual([]);
  });

  it('gives every invitation of the school one xmin, so its order says nothing', async () => {
    const { rows } = await sql<{ n: number }>`
      select count(distinct xmin::text)::int as n from invitations where school_id = ${f.own.schoolId}
    `.execute(t.db);
    expect(rows[0]!.n).toBe(1);
  });

  it.each([
    ['xmin', sql`i.xmin::text::bigint, i.id`],
    ['ctid', sql`i.ctid`],
    ['id', sql`i.id`],
  ])('finds no true link by lining up used invitations in %s order with responses in id order', async (_, order) => {
    const { rows } = await sql<{ invitation: number; response: number }>`
      with used as (select i.id, row_number() over (order by ${order}) as n from invitations i where i.used),
           answered as (select r.id, row_number() over (order by r.id) as n from responses r)
      select used.id as invitation, answered.id as response from used join answered using (n)
    `.execute(t.db);
    expect(rows).toHaveLength(6);
    expect(trueLinks(rows)).toBe(0);
  });

  it('keeps no time of use: the only time on an invitation is when the batch was made', async () => {
    const { rows } = await sql<{ column_name: string }>`
      select column_name from information_schema.columns
      where table_name = 'invitations' and (data_type like 'time%' or data_type = 'date')
    `.execute(t.db);
    expect(rows.map((r) => r.column_name)).toEqual(['created_at']);
    const created = await t.db.selectFrom('invitations').select('created_at').distinct().execute();
    expect(created).toHaveLength(1);
  });

  it('writes no log line with a token or its hash', () => {
    expect(logLines.length).toBeGreaterThan(0);
    const secrets = [...tokens, ...tokens.map(hashCode)];
    for (const line of logLines) for (const secret of secrets) expect(line).not.toContain(secret);
  });

  it('still refuses a used invitation with 409 and stores nothing', async () => {
    const before = await t.db.selectFrom('responses').select('id').execute();
    const res = await app.request('http://localhost/api/public/responses', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: tokens[0], locale: 'nl', role: 'ouder', complete: true, answers: {} }),
    });
    expect(res.status).toBe(409);
    expect(await t.db.selectFrom('responses').select('id').execute()).toEqual(before);
  });
});
