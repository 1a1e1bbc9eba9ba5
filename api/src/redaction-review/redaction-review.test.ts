import { defaultCodebook } from '@klankbord/analysis/codebook';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { insertCodebook } from '../codebook/queries.ts';
import { createTestDatabase, type TestDatabase, testEngines } from '../db/test-database.ts';
import { type AccessFixture, bodyOf, loginAs, seedAccessFixture } from '../test-support/access-fixture.ts';

// "Kwintessa" is a word no list holds, where a person could stand: the redactor doubts it.
const doubted = 'Wij bedanken Kwintessa Groep voor de hulp, en onze zoon Daan is weer blij op school.';

describe.each(testEngines)('deciding redaction doubts (issue 19) [%s]', (engine) => {
  let t: TestDatabase;
  let app: ReturnType<typeof createApp>;
  let f: AccessFixture;
  let storyId = 0;
  let otherStoryId = 0;
  const sessions: Record<string, Record<string, string>> = {};
  const call = (who: string, path: string, body?: unknown) =>
    app.request(`http://localhost/api${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { ...sessions[who], 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  beforeAll(async () => {
    t = await createTestDatabase(engine);
    f = await seedAccessFixture(t.db);
    const codebook = await insertCodebook(t.db, defaultCodebook, { active: true });
    const story = async (organisationId: number, text: string, day: number) =>
      (
        await t.db
          .insertInto('stories')
          .values({
            organisation_id: organisationId,
            role: 'ouder',
            text,
            codebook_id: codebook.id,
            self_themes: ['VEI'],
            tone: 'positief',
            kind: 'ervaring',
            consent_quote: true,
            consent_research: true,
            quote_status: 'approved',
            locale: 'nl',
            submitted_on: `2026-03-${String(day).padStart(2, '0')}`,
            receipt_hash: `rr-${organisationId}-${day}`,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    storyId = await story(f.own.boardId, doubted, 10);
    otherStoryId = await story(f.other.swvId, doubted, 11);
    app = createApp({ db: t.db, engine: t.engine, minCellSize: 10 });
    sessions.researcher = await loginAs(app, f.emails.researcher);
    sessions.board = await loginAs(app, f.emails.board);
  });
  afterAll(() => t.close());

  it('shows the doubt beside the redacted story in the export preview, placed in the redacted text', async () => {
    const body = await bodyOf(await call('researcher', '/exports/doubts?organisation=eigen-swv'));
    const story = body.stories.find((s: { id: number }) => s.id === storyId);
    expect(story.text).toBe('Wij bedanken Kwintessa Groep voor de hulp, en onze zoon [NAAM] is weer blij op school.');
    expect(story.doubts).toEqual([{ text: 'Kwintessa', start: 13, end: 22, confidence: expect.any(Number) }]);
    expect(story.text.slice(13, 22)).toBe('Kwintessa');
    expect(story.doubts[0].confidence).toBeLessThan(0.7);
    // Another SWV's story is out of scope.
    expect(body.stories.some((s: { id: number }) => s.id === otherStoryId)).toBe(false);
  });

  it('redacts a doubted word in one click, in the story and the export preview; the audit log keeps no word', async () => {
    const res = await call('researcher', `/coding/stories/${storyId}/redaction`, {
      phrase: 'Kwintessa',
      decision: 'redact',
    });
    expect(res.status).toBe(200);
    const body = await bodyOf(res);
    expect(body.text).toBe('Wij bedanken [NAAM] Groep voor de hulp, en onze zoon [NAAM] is weer blij op school.');
    expect(body.doubts).toEqual([]);
    const preview = await bodyOf(await call('researcher', '/exports/doubts?organisation=eigen-swv'));
    expect(preview.stories.some((s: { id: number }) => s.id === storyId)).toBe(false);

    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('action', '=', 'story.redaction_decided')
      .execute();
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0]?.details)).not.toContain('Kwintessa');
  });

  it('keeps a word in one click: it stays and is no longer a doubt', async () => {
    const res = await call('researcher', `/coding/stories/${storyId}/redaction`, {
      phrase: 'Kwintessa',
      decision: 'keep',
    });
    const body = await bodyOf(res);
    expect(body.text).toBe('Wij bedanken Kwintessa Groep voor de hulp, en onze zoon [NAAM] is weer blij op school.');
    expect(body.doubts).toEqual([]);
  });

  it('refuses a word that is not in the story, a bad decision, a story out of scope and a board member, writing nothing', async () => {
    const before = await t.db.selectFrom('story_redaction_decisions').selectAll().execute();
    const absent = await call('researcher', `/coding/stories/${storyId}/redaction`, {
      phrase: 'Zwaluw',
      decision: 'redact',
    });
    expect(absent.status).toBe(400);
    expect((await bodyOf(absent)).error.message).toMatch(/staat niet in het verhaal/);
    const bad = await call('researcher', `/coding/stories/${storyId}/redaction`, {
      phrase: 'Kwintessa',
      decision: 'maybe',
    });
    expect(bad.status).toBe(400);
    expect(
      (
        await call('researcher', `/coding/stories/${otherStoryId}/redaction`, {
          phrase: 'Kwintessa',
          decision: 'redact',
        })
      ).status,
    ).toBe(403);
    expect(
      (await call('board', `/coding/stories/${storyId}/redaction`, { phrase: 'Kwintessa', decision: 'redact' })).status,
    ).toBe(403);
    expect(await t.db.selectFrom('story_redaction_decisions').selectAll().execute()).toEqual(before);
  });
});
