import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { type TestDatabase, testEngines } from '../db/test-database.ts';
import { captureLog } from '../log.ts';
import { demoDatabaseAndApp, json, respondentRowCounts, validParentAnswers } from '../respondents/test-helpers.ts';
import { bodyOf } from '../test-support/access-fixture.ts';

const url = (path: string) => `http://localhost/api/public${path}`;
const storyText = 'De juf belde ons meteen toen het niet goed ging, dat gaf veel vertrouwen.';

describe.each(testEngines)('stories, codebook and privacy [%s]', (engine) => {
  let t: TestDatabase;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    ({ t, app } = await demoDatabaseAndApp(engine));
  }, 120_000);
  afterAll(() => t.close());

  const story = (body: Record<string, unknown> = {}) =>
    app.request(
      url('/stories'),
      json({
        organisation: 'demo',
        role: 'ouder',
        sector: 'po',
        text: storyText,
        themes: ['COM'],
        tone: 'positief',
        kind: 'ervaring',
        consentQuote: true,
        consentResearch: true,
        locale: 'nl',
        ...body,
      }),
    );

  it('serves the codebook and the organisations with their schools', async () => {
    const codebook = await bodyOf(await app.request(url('/codebook')));
    expect(codebook.themes[0]).toEqual({
      code: expect.stringMatching(/^[A-Z]{2,8}$/),
      respondentLabel: expect.any(String),
    });
    expect(codebook.facets.tone.map((t: { code: string }) => t.code)).toEqual(['positief', 'gemengd', 'negatief']);
    const organisations = await bodyOf(await app.request(url('/organisations')));
    expect(organisations).toHaveLength(1);
    expect(organisations[0].slug).toBe('demo');
    expect(organisations[0].schools).toHaveLength(14);
  });

  it('stores a story (201 with a receipt), and rejects bad fields naming each one, storing nothing', async () => {
    const codebook = await bodyOf(await app.request(url('/codebook')));
    const theme = codebook.themes[0].code;
    const ok = await story({ themes: [theme] });
    expect(ok.status).toBe(201);
    expect((await bodyOf(ok)).receiptCode).toMatch(/^[A-Z2-9]{4}-/);
    const viaLink = await story({
      organisation: undefined,
      code: '91aa-ouders-2026',
      themes: [theme],
      text: `   ${storyText}   `,
    });
    expect(viaLink.status).toBe(201);

    const before = await respondentRowCounts(t.db);
    const short = await story({ themes: [theme], text: '   te kort   ' });
    expect(short.status).toBe(400);
    expect(Object.keys((await bodyOf(short)).error.details)).toEqual(['text']);
    const tooMany = await story({ themes: [theme, theme, 'XX', 'YY'] });
    expect((await bodyOf(tooMany)).error.details.themes).toBeDefined();
    const unknown = await story({ themes: ['NOPE'], tone: 'boos', kind: 'roddel' });
    expect(Object.keys((await bodyOf(unknown)).error.details).sort()).toEqual(['kind', 'themes', 'tone']);
    expect((await story({ organisation: 'bestaat-niet', themes: [theme] })).status).toBe(404);
    expect(await respondentRowCounts(t.db)).toEqual(before);
  });

  it('deletes a story by its receipt code', async () => {
    const codebook = await bodyOf(await app.request(url('/codebook')));
    const { receiptCode } = await bodyOf(await story({ themes: [codebook.themes[1].code] }));
    expect((await app.request(url(`/receipts/${receiptCode}`), { method: 'DELETE' })).status).toBe(204);
    expect((await app.request(url(`/receipts/${receiptCode}`), { method: 'DELETE' })).status).toBe(404);
  });

  it('logs no address, user agent, receipt code, answer or story text, and stores no time beyond the day', async () => {
    const lines: string[] = [];
    const restore = captureLog((line) => lines.push(line));
    const schoolId = (
      await t.db.selectFrom('schools').select('id').where('brin', '=', '91AB').executeTakeFirstOrThrow()
    ).id;
    const answers = { ...validParentAnswers(), open_opmerking: 'Geheime opmerking 4711' };
    const headers = {
      'content-type': 'application/json',
      'user-agent': 'SpionBrowser/9.9',
      'x-forwarded-for': '203.0.113.77',
    };
    const codebook = await bodyOf(await app.request(url('/codebook')));
    let receipts: string[] = [];
    try {
      const response = await app.request(url('/responses'), {
        method: 'POST',
        headers,
        body: JSON.stringify({ code: 'demo-ouders', schoolId, locale: 'nl', role: 'ouder', complete: false, answers }),
      });
      const told = await app.request(url('/stories'), {
        method: 'POST',
        headers,
        body: JSON.stringify({
          organisation: 'demo',
          role: 'ouder',
          text: `${storyText} Uniek 9876.`,
          themes: [codebook.themes[0].code],
          tone: 'positief',
          kind: 'ervaring',
          consentQuote: false,
          consentResearch: true,
          locale: 'nl',
        }),
      });
      expect([response.status, told.status]).toEqual([201, 201]);
      const saved = await bodyOf(response);
      receipts = [saved.receiptCode, saved.resumeCode, (await bodyOf(told)).receiptCode];
    } finally {
      restore();
    }
    const log = lines.join('\n');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const secret of [
      ...receipts,
      'SpionBrowser',
      '203.0.113.77',
      '127.0.0.1',
      'Geheime opmerking',
      'Uniek 9876',
      'demo-ouders',
    ])
      expect(log).not.toContain(secret);
    const { rows } = await sql<{ table_name: string; column_name: string; data_type: string }>`
      select table_name, column_name, data_type from information_schema.columns where table_name in ('responses', 'stories')`.execute(
      t.db,
    );
    expect(rows.filter((r) => /time|interval/.test(r.data_type))).toEqual([]);
    expect(rows.filter((r) => /(^|_)ip($|_)|addr|agent|_at$/.test(r.column_name))).toEqual([]);
    expect(rows.filter((r) => r.column_name === 'submitted_on').map((r) => r.data_type)).toEqual(['date', 'date']);
  });
});
