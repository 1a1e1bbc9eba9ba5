import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { type TestDatabase, testEngines } from '../db/test-database.ts';
import { hashCode } from '../privacy/codes.ts';
import { bodyOf } from '../test-support/access-fixture.ts';
import { demoDatabaseAndApp, json, respondentRowCounts, validParentAnswers } from './test-helpers.ts';

const url = (path: string) => `http://localhost/api/public${path}`;

describe.each(testEngines)('questionnaire responses through open links [%s]', (engine) => {
  let t: TestDatabase;
  let app: ReturnType<typeof createApp>;
  let schoolId: number;
  beforeAll(async () => {
    ({ t, app } = await demoDatabaseAndApp(engine));
    schoolId = (await t.db.selectFrom('schools').select('id').where('brin', '=', '91AA').executeTakeFirstOrThrow()).id;
  }, 120_000);
  afterAll(() => t.close());

  const submit = (body: Record<string, unknown>) =>
    app.request(url('/responses'), json({ locale: 'nl', role: 'ouder', complete: true, ...body }));

  it('serves a link: wave, school picker, organisation and the survey with its locales', async () => {
    const res = await app.request(url('/links/demo-ouders'));
    expect(res.status).toBe(200);
    const body = await bodyOf(res);
    expect(body.wave).toMatchObject({ year: 2026, audience: 'ouder' });
    expect(body.school).toBeNull();
    expect(body.schools.length).toBe(14);
    expect(body.organisation.slug).toBe('demo');
    expect(body.survey.locales).toEqual(expect.arrayContaining(['nl', 'en', 'ar', 'tr', 'pl', 'uk']));
    expect(body.survey.definition.pages.length).toBeGreaterThan(1);
    // Nothing about partial (or any) responses leaks to the public.
    expect(JSON.stringify(body)).not.toMatch(/partial|complete"?:\s*\d/);
    const school = await bodyOf(await app.request(url('/links/91AA-ouders-2026')));
    expect(school.school).toMatchObject({ id: schoolId, name: 'De Zeester', sector: 'po' });
  });

  it('answers 404 for an unknown code and 410 with a Dutch message for a closed wave', async () => {
    expect((await app.request(url('/links/bestaat-niet'))).status).toBe(404);
    const closed = await app.request(url('/links/91aa-ouders-2025'));
    expect(closed.status).toBe(410);
    expect((await bodyOf(closed)).error.message).toMatch(/gesloten/);
    const before = await respondentRowCounts(t.db);
    expect((await submit({ code: '91aa-ouders-2025', answers: validParentAnswers() })).status).toBe(410);
    expect((await submit({ code: 'bestaat-niet', answers: validParentAnswers() })).status).toBe(404);
    expect(await respondentRowCounts(t.db)).toEqual(before);
  });

  it('stores a valid complete response with a receipt code, at day precision, for the chosen school', async () => {
    const before = await respondentRowCounts(t.db);
    const res = await submit({ code: 'demo-ouders', schoolId, answers: validParentAnswers() });
    expect(res.status).toBe(201);
    const body = await bodyOf(res);
    expect(body.receiptCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(body.resumeCode).toBeUndefined();
    expect((await respondentRowCounts(t.db)).responses).toBe(before.responses + 1);
    const row = await t.db
      .selectFrom('responses')
      .selectAll()
      .where('receipt_hash', '=', hashCode(body.receiptCode))
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ school_id: schoolId, status: 'complete', resume_hash: null, receipt_sealed: null });
    expect(row.submitted_on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('rejects answers that do not fit the questionnaire with Dutch messages per question, storing nothing', async () => {
    const before = await respondentRowCounts(t.db);
    const answers: Record<string, unknown> = { ...validParentAnswers(), ach_schoolsoort: 'hbo', verzonnen_vraag: 'x' };
    delete answers.vei_veilig;
    const res = await submit({ code: 'demo-ouders', schoolId, answers });
    expect(res.status).toBe(400);
    const { error } = await bodyOf(res);
    expect(error.code).toBe('validation_failed');
    expect(error.details.ach_schoolsoort).toEqual(['Kies een van de antwoorden die bij deze vraag horen.']);
    expect(error.details.verzonnen_vraag).toEqual(['Deze vraag hoort niet bij de vragenlijst.']);
    expect(error.details.vei_veilig).toEqual(['Deze vraag moet u nog beantwoorden.']);
    const noSchool = await submit({ code: 'demo-ouders', answers: validParentAnswers() });
    expect(noSchool.status).toBe(400);
    expect((await bodyOf(noSchool)).error.details.schoolId).toBeDefined();
    const twoWays = await submit({
      code: 'demo-ouders',
      token: 'ABCD-EFGH-JKLM',
      schoolId,
      answers: validParentAnswers(),
    });
    expect(twoWays.status).toBe(400);
    expect(await respondentRowCounts(t.db)).toEqual(before);
  });

  it('saves a partial response that another device continues with only the resume code, keeping the receipt code', async () => {
    const first = await submit({ code: '91aa-ouders-2026', complete: false, answers: { ach_schoolsoort: 'po' } });
    expect(first.status).toBe(201);
    const saved = await bodyOf(first);
    expect(saved.resumeCode).toMatch(/^[A-Z2-9]{4}-/);

    const resumed = await app.request(url(`/resume/${saved.resumeCode.toLowerCase().replaceAll('-', ' ')}`));
    expect(resumed.status).toBe(200);
    expect(await bodyOf(resumed)).toEqual({
      code: '91aa-ouders-2026',
      answers: { ach_schoolsoort: 'po' },
      locale: 'nl',
      schoolId,
    });

    const second = await submit({
      resumeCode: saved.resumeCode,
      complete: false,
      locale: 'en',
      answers: { ach_schoolsoort: 'po', ach_leerjaar: 'po_g3_4' },
    });
    const again = await bodyOf(second);
    expect(second.status).toBe(201);
    expect(again.receiptCode).toBe(saved.receiptCode);
    expect(again.resumeCode).not.toBe(saved.resumeCode);
    expect((await app.request(url(`/resume/${saved.resumeCode}`))).status).toBe(404);

    const done = await submit({ resumeCode: again.resumeCode, answers: validParentAnswers() });
    expect(done.status).toBe(201);
    expect(await bodyOf(done)).toEqual({ receiptCode: saved.receiptCode });
    const row = await t.db
      .selectFrom('responses')
      .selectAll()
      .where('receipt_hash', '=', hashCode(saved.receiptCode))
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'complete', resume_hash: null, receipt_sealed: null });
    expect((await app.request(url(`/resume/${again.resumeCode}`))).status).toBe(404);
  });

  it('deletes a response by its receipt code (204), after which the code is unknown (404)', async () => {
    const { receiptCode } = await bodyOf(
      await submit({ code: 'demo-ouders', schoolId, answers: validParentAnswers() }),
    );
    const before = await respondentRowCounts(t.db);
    expect((await app.request(url(`/receipts/${receiptCode}`), { method: 'DELETE' })).status).toBe(204);
    expect((await respondentRowCounts(t.db)).responses).toBe(before.responses - 1);
    expect((await app.request(url(`/receipts/${receiptCode}`), { method: 'DELETE' })).status).toBe(404);
  });

  it('answers 413 over 256 KB and 400 for malformed JSON, in the JSON error shape', async () => {
    const before = await respondentRowCounts(t.db);
    const huge = await submit({
      code: 'demo-ouders',
      schoolId,
      answers: { ...validParentAnswers(), open_opmerking: 'x'.repeat(300 * 1024) },
    });
    expect(huge.status).toBe(413);
    expect((await bodyOf(huge)).error.code).toBe('payload_too_large');
    // Between 64 and 256 KB the questionnaire route reads the body itself (and finds the text too long).
    const big = await submit({
      code: 'demo-ouders',
      schoolId,
      answers: { ...validParentAnswers(), open_opmerking: 'x'.repeat(100 * 1024) },
    });
    expect(big.status).toBe(400);
    const malformed = await app.request(url('/responses'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"code": "demo-ouders",',
    });
    expect(malformed.status).toBe(400);
    expect((await bodyOf(malformed)).error.code).toBe('bad_request');
    expect(await respondentRowCounts(t.db)).toEqual(before);
  });

  it('limits submissions per client and per link with 429 and Retry-After, counted in memory', async () => {
    const limited = createApp({
      db: t.db,
      engine: t.engine,
      minCellSize: 10,
      publicRateLimits: { perClientPerMinute: 2, perLinkPerMinute: 100 },
    });
    const send = () =>
      limited.request(
        url('/responses'),
        json({ code: 'demo-ouders', locale: 'nl', role: 'ouder', complete: true, schoolId, answers: {} }),
      );
    expect((await send()).status).toBe(400);
    expect((await send()).status).toBe(400);
    const refused = await send();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const perLink = createApp({
      db: t.db,
      engine: t.engine,
      minCellSize: 10,
      publicRateLimits: { perClientPerMinute: 100, perLinkPerMinute: 1 },
    });
    const viaLink = () =>
      perLink.request(
        url('/responses'),
        json({ code: 'demo-ouders', locale: 'nl', role: 'ouder', complete: true, answers: {} }),
      );
    expect((await viaLink()).status).toBe(400);
    expect((await viaLink()).status).toBe(429);
  });
});
