import { defaultCodebook, themeCodes } from '@klankbord/analysis/codebook';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { hashPassword } from '../auth/password.ts';
import { insertCodebook } from '../codebook/queries.ts';
import { createTestDatabase, type TestDatabase, testEngines } from '../db/test-database.ts';
import {
  type AccessFixture,
  bodyOf,
  fixturePassword,
  loginAs,
  seedAccessFixture,
} from '../test-support/access-fixture.ts';

const codes = themeCodes(defaultCodebook);
const texts = [
  'Onze zoon Daan wordt elke dag gepest op het schoolplein en de leerkracht grijpt niet in.',
  'De taxi naar school komt vaak te laat, het leerlingenvervoer van de gemeente is slecht geregeld.',
  'We kregen geen informatie over het schooladvies, de communicatie met school was heel slecht.',
  'De ondersteuning voor onze dochter met dyslexie kwam pas na een jaar wachten op gang.',
  'Mijn kind zat drie maanden thuis zonder passende plek, niemand van het samenwerkingsverband belde.',
  'De mentor belt ons elke week even op, zo weten we goed hoe het met onze zoon gaat.',
];

describe.each(testEngines)('human coding of stories [%s]', (engine) => {
  let t: TestDatabase;
  let app: ReturnType<typeof createApp>;
  let f: AccessFixture;
  const sessions: Record<string, Record<string, string>> = {};
  const storyIds: number[] = [];
  let otherStoryId = 0;
  const call = (who: string, path: string, body?: unknown, method = body === undefined ? 'GET' : 'POST') =>
    app.request(`http://localhost/api${path}`, {
      method,
      headers: { ...sessions[who], 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const next = async (who: string) => {
    const res = await call(who, '/coding/next?organisation=eigen-swv');
    return res.status === 204 ? null : bodyOf(res);
  };
  const code = (who: string, id: number, themes: string[], quote?: string) =>
    call(who, `/coding/stories/${id}`, quote ? { themes, quote } : { themes });
  const consensusOf = async (id: number) =>
    (
      await t.db
        .selectFrom('codings as c')
        .innerJoin('themes as th', 'th.id', 'c.theme_id')
        .select('th.code')
        .where('c.story_id', '=', id)
        .where('c.is_consensus', '=', true)
        .orderBy('th.code')
        .execute()
    ).map((r) => r.code);

  beforeAll(async () => {
    t = await createTestDatabase(engine);
    f = await seedAccessFixture(t.db);
    const codebook = await insertCodebook(t.db, defaultCodebook, { active: true });
    const { id: secondId } = await t.db
      .insertInto('users')
      .values({
        email: 'tweede@eigen.example',
        name: 'Tweede codeur',
        password_hash: await hashPassword(fixturePassword),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.db
      .insertInto('memberships')
      .values({ user_id: secondId, organisation_id: f.own.swvId, role: 'researcher' })
      .execute();
    const story = (organisationId: number, text: string, day: number, consentQuote: boolean) =>
      t.db
        .insertInto('stories')
        .values({
          organisation_id: organisationId,
          role: 'ouder',
          text,
          codebook_id: codebook.id,
          self_themes: ['VEI'],
          tone: 'negatief',
          kind: 'ervaring',
          consent_quote: consentQuote,
          consent_research: true,
          locale: 'nl',
          submitted_on: `2026-03-${String(day).padStart(2, '0')}`,
          receipt_hash: `r-${organisationId}-${day}`,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
    // Inserted newest first, so the queue's oldest-first order differs from insertion order.
    for (const [i, text] of [...texts.entries()].reverse())
      storyIds[i] = (await story(f.own.boardId, text, 10 + i, i !== 1)).id;
    otherStoryId = (await story(f.other.swvId, texts[0] as string, 1, true)).id;
    app = createApp({ db: t.db, engine: t.engine, minCellSize: 10 });
    for (const role of ['researcher', 'board', 'steunpunt'] as const)
      sessions[role] = await loginAs(app, f.emails[role]);
    sessions.second = await loginAs(app, 'tweede@eigen.example');
  });
  afterAll(() => t.close());

  it('serves the oldest story redacted, with suggestions pointing into that text, and never twice to the same coder', async () => {
    expect(
      (await call('researcher', '/coding/settings', { organisation: 'eigen-swv', doubleShare: 0 }, 'PUT')).status,
    ).toBe(200);
    const first = await next('researcher');
    expect(first.story.id).toBe(storyIds[0]);
    expect(first.story.text).not.toContain('Daan');
    expect(first.story.text).toContain('[NAAM]');
    expect(first.story.selfThemes).toEqual([{ code: 'VEI', label: expect.any(String) }]);
    expect(first.story.suggestions.ok).toBe(true);
    const vei = first.story.suggestions.themes.find((s: { code: string }) => s.code === 'VEI');
    expect(vei?.evidence.length).toBeGreaterThan(0);
    for (const span of vei.evidence) expect(first.story.text.slice(span.start, span.end)).toBe(span.text);
    expect(first.themes.map((th: { code: string }) => th.code)).toEqual(codes);
    // A reload gives the same open story, not a new one.
    expect((await next('researcher')).story.id).toBe(storyIds[0]);

    expect(await bodyOf(await code('researcher', storyIds[0] as number, ['VEI']))).toEqual({ outcome: 'consensus' });
    expect(await consensusOf(storyIds[0] as number)).toEqual(['VEI']);
    const machine = await t.db
      .selectFrom('codings')
      .select(['classifier_version', 'score'])
      .where('story_id', '=', storyIds[0] as number)
      .where('classifier_version', 'is not', null)
      .execute();
    expect(machine.length).toBeGreaterThan(0);
    expect((await next('researcher')).story.id).toBe(storyIds[1]);
    expect((await code('researcher', storyIds[0] as number, ['VEI'])).status).toBe(409);
  });

  it('refuses to approve a quote without the respondent’s consent, and writes nothing', async () => {
    const res = await code('researcher', storyIds[1] as number, ['OVG'], 'approved');
    expect(res.status).toBe(400);
    expect((await bodyOf(res)).error.message).toMatch(/toestemming/);
    expect(await consensusOf(storyIds[1] as number)).toEqual([]);
    expect((await next('researcher')).story.id).toBe(storyIds[1]);
    expect(await bodyOf(await code('researcher', storyIds[1] as number, ['OVG'], 'rejected'))).toEqual({
      outcome: 'consensus',
    });
    const row = await t.db
      .selectFrom('stories')
      .select('quote_status')
      .where('id', '=', storyIds[1] as number)
      .executeTakeFirstOrThrow();
    expect(row.quote_status).toBe('rejected');
  });

  it('gives a double-coded story to two coders independently, settles agreement, and sends disagreement to consensus', async () => {
    await call('researcher', '/coding/settings', { organisation: 'eigen-swv', doubleShare: 1 }, 'PUT');
    const plan: [string[], string[]][] = [
      [['VEI', 'PAS'], ['VEI']],
      [['COM'], ['COM']],
      [['VEI'], ['PAS']],
      [[], []],
    ];
    for (const [k, [a, b]] of plan.entries()) {
      const id = storyIds[k + 2] as number;
      const forA = await next('researcher');
      const forB = await next('second');
      expect([forA.story.id, forB.story.id]).toEqual([id, id]);
      expect(forA.story.doubleCoded).toBe(true);
      expect(await bodyOf(await code('researcher', id, a))).toEqual({ outcome: 'waiting_for_second_coder' });
      const outcome = (await bodyOf(await code('second', id, b))).outcome;
      expect(outcome).toBe(
        JSON.stringify([...a].sort()) === JSON.stringify([...b].sort()) ? 'consensus' : 'needs_consensus',
      );
    }
    expect(await next('researcher')).toBeNull();
    expect((await call('researcher', '/coding/next?organisation=eigen-swv')).status).toBe(204);

    const queue = await bodyOf(await call('second', '/coding/consensus?organisation=eigen-swv'));
    expect(queue.stories.map((s: { id: number }) => s.id)).toEqual([storyIds[2], storyIds[4]]);
    expect(queue.stories[0].coders.map((c: { themes: string[] }) => c.themes.sort())).toEqual([
      ['PAS', 'VEI'],
      ['VEI'],
    ]);
    expect(await bodyOf(await call('second', `/coding/consensus/${storyIds[2]}`, { themes: ['VEI'] }))).toEqual({
      outcome: 'consensus',
    });
    expect((await call('second', `/coding/consensus/${storyIds[2]}`, { themes: ['VEI'] })).status).toBe(409);
    expect(await consensusOf(storyIds[2] as number)).toEqual(['VEI']);
    expect(await consensusOf(storyIds[3] as number)).toEqual(['COM']);
    const left = await bodyOf(await call('researcher', '/coding/consensus?organisation=eigen-swv'));
    expect(left.stories.map((s: { id: number }) => s.id)).toEqual([storyIds[4]]);
  });

  it('reports coder agreement per theme that matches kappa and alpha computed by hand', async () => {
    const report = await bodyOf(await call('researcher', '/coding/agreement?organisation=eigen-swv'));
    const theme = (c: string) => report.themes.find((th: { code: string }) => th.code === c);
    // VEI: coder A [1,0,1,0], B [1,0,0,0]: po = 3/4, pe = ½·¼ + ½·¾ = ½, kappa = (¾ − ½)/(1 − ½) = 0.5.
    expect(theme('VEI').coders).toEqual({ value: 0.5, n: 4 });
    // PAS: A [1,0,0,0], B [0,0,1,0]: po = ½, pe = ¼·¼ + ¾·¾ = 0.625, kappa = (0.5 − 0.625)/0.375 = −1/3.
    expect(theme('PAS').coders).toEqual({ value: -0.333, n: 4 });
    expect(theme('COM').coders).toEqual({ value: 1, n: 4 });
    // Krippendorff (2011), nominal, 2 coders, no gaps: alpha = 1 − (n − 1)·Σo_ck / Σn_c·n_k (c ≠ k), with
    // n = 2·4·T values, 3 disagreeing units (o_01 = o_10 = 3), seven 1s (A: 4, B: 3) and n − 7 zeros.
    const n = 2 * 4 * codes.length;
    const alpha = 1 - ((n - 1) * 6) / (2 * 7 * (n - 7));
    expect(report.krippendorffAlpha.value).toBeCloseTo(alpha, 3);
    expect(report.krippendorffAlpha.units).toBe(4 * codes.length);
    expect(report.doubleCodedStories).toBe(4);
    // Settled: two single-coded, three after agreement or consensus (one disagreement still open).
    expect(report.consensusStories).toBe(5);
    expect(theme('VEI').selfTags.n).toBe(5);
    expect(theme('VEI').machine.n).toBe(5);
    // The report prints the mean of the same per-theme kappas (themeAgreement): not below 10 stories.
    expect(report.meanKappa.coders).toMatchObject({ value: null, n: 4 });
  });

  it('keeps other organisations and other roles out', async () => {
    expect((await call('researcher', '/coding/next?organisation=ander-swv')).status).toBe(403);
    expect((await code('researcher', otherStoryId, ['VEI'])).status).toBe(403);
    expect((await call('researcher', `/coding/consensus/${otherStoryId}`, { themes: [] })).status).toBe(403);
    expect((await call('researcher', '/coding/agreement?organisation=ander-swv')).status).toBe(403);
    for (const role of ['board', 'steunpunt']) {
      expect((await call(role, '/coding/next?organisation=eigen-swv')).status).toBe(403);
      expect((await code(role, storyIds[5] as number, ['VEI'])).status).toBe(403);
      expect((await call(role, '/discovery/clusters?organisation=eigen-swv')).status).toBe(403);
    }
  });

  it('rejects unknown themes with a clear message', async () => {
    const res = await code('researcher', storyIds[5] as number, ['XYZ']);
    expect(res.status).toBe(400);
    expect((await bodyOf(res)).error.details.themes[0]).toMatch(/XYZ/);
  });
});
