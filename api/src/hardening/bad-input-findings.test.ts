import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { type TestDatabase, testEngines } from '../db/test-database.ts';
import { demoDatabaseAndApp, json, respondentRowCounts, validParentAnswers } from '../respondents/test-helpers.ts';
import { bodyOf } from '../test-support/access-fixture.ts';

const url = (path: string) => `http://localhost/api/public${path}`;

// Security findings (low): inputs that gave 500, and stories that skipped the rules responses obey.
describe.each(testEngines)('bad input from the security test gets a clear 400 [%s]', (engine) => {
  let t: TestDatabase;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    ({ t, app } = await demoDatabaseAndApp(engine));
  }, 120_000);
  afterAll(() => t.close());

  const submitRaw = (body: string) =>
    app.request(url('/responses'), { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const expect400 = async (res: Response, field?: string) => {
    expect(res.status).toBe(400);
    const { error } = await bodyOf(res);
    expect(error.code).toBe('validation_failed');
    if (field) expect(Object.keys(error.details ?? {})).toContain(field);
  };

  it('refuses a lone surrogate in an answer', async () => {
    const answers = JSON.stringify({ ...validParentAnswers(), open_opmerking: 'PLACEHOLDER' }).replace(
      '"PLACEHOLDER"',
      '"tekst \\ud800 erna"',
    );
    const before = await respondentRowCounts(t.db);
    await expect400(
      await submitRaw(`{"code":"91AA-ouders-2026","locale":"nl","role":"ouder","complete":true,"answers":${answers}}`),
    );
    expect(await respondentRowCounts(t.db)).toEqual(before);
  });

  it.each(['constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'])(
    'refuses an answer named %s as an unknown question',
    async (key) => {
      const answers = JSON.stringify(validParentAnswers()).replace(/^\{/, `{"${key}":"x",`);
      await expect400(
        await submitRaw(
          `{"code":"91AA-ouders-2026","locale":"nl","role":"ouder","complete":true,"answers":${answers}}`,
        ),
      );
    },
  );

  it('refuses a school id past the integer range', async () => {
    const res = await app.request(
      url('/responses'),
      json({
        code: 'demo-ouders',
        schoolId: 2147483648,
        locale: 'nl',
        role: 'ouder',
        complete: true,
        answers: validParentAnswers(),
      }),
    );
    await expect400(res, 'schoolId');
    const story = await app.request(
      url('/stories'),
      json({ ...storyBase, organisation: 'demo', schoolId: 2147483648 }),
    );
    await expect400(story, 'schoolId');
  });

  // The server that serves the web app (a webDist folder) decoded such paths itself and gave 500.
  it.each(['/%ff', '/assets/%c0%af', '/api/public/links/%ff', '/s/%e0%a4%a'])(
    'answers 400 for the malformed URL %s',
    async (path) => {
      const webDist = await mkdtemp(join(tmpdir(), 'klankbord-web-'));
      await writeFile(join(webDist, 'index.html'), '<!doctype html><title>Klankbord</title>');
      const withWeb = createApp({ db: t.db, engine: t.engine, minCellSize: 10, webDist });
      const res = await withWeb.request(`http://localhost${path}`);
      expect(res.status).toBe(400);
      expect((await bodyOf(res)).error.code).toBe('bad_request');
      await rm(webDist, { recursive: true });
    },
  );

  // wapiti (pnpm audit:scan) took the page served for /s/demo-ouders~ for a backup file left behind.
  it('serves the web app for client routes only, not for /s/demo-ouders~ or /beheer.bak', async () => {
    const webDist = await mkdtemp(join(tmpdir(), 'klankbord-web-'));
    await writeFile(join(webDist, 'index.html'), '<!doctype html><title>Klankbord</title>');
    const withWeb = createApp({ db: t.db, engine: t.engine, minCellSize: 10, webDist });
    expect((await withWeb.request('http://localhost/s/demo-ouders')).status).toBe(200);
    expect((await withWeb.request('http://localhost/s/demo-ouders~')).status).toBe(404);
    expect((await withWeb.request('http://localhost/beheer.bak')).status).toBe(404);
    await rm(webDist, { recursive: true });
  });

  const storyBase = {
    role: 'ouder',
    text: 'Mijn kind krijgt eindelijk de hulp die het nodig heeft op school.',
    themes: ['PAS'],
    tone: 'positief',
    kind: 'ervaring',
    consentQuote: false,
    consentResearch: true,
    locale: 'nl',
  };

  it('refuses a story through a closed wave’s link with 410, like a response', async () => {
    const before = await respondentRowCounts(t.db);
    const res = await app.request(url('/stories'), json({ ...storyBase, code: '91aa-ouders-2025' }));
    expect(res.status).toBe(410);
    expect(await respondentRowCounts(t.db)).toEqual(before);
  });

  it('refuses a parent’s story through the young people’s link, and an unknown language', async () => {
    const before = await respondentRowCounts(t.db);
    await expect400(await app.request(url('/stories'), json({ ...storyBase, code: 'demo-jongeren' })), 'role');
    await expect400(
      await app.request(url('/stories'), json({ ...storyBase, code: 'demo-ouders', locale: 'xx' })),
      'locale',
    );
    await expect400(
      await app.request(url('/stories'), json({ ...storyBase, organisation: 'demo', locale: 'xx' })),
      'locale',
    );
    expect(await respondentRowCounts(t.db)).toEqual(before);
    expect((await app.request(url('/stories'), json({ ...storyBase, code: 'demo-ouders' }))).status).toBe(201);
  });
});
