import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase, testEngines } from '../db/test-database.ts';
import { runTrain } from './train.ts';

const bullying = [
  'gepest op het schoolplein',
  'uitgescholden in de klassenapp',
  'buitengesloten en gepest in de pauze',
];
const transport = ['de taxi kwam te laat', 'het leerlingenvervoer reed niet', 'de chauffeur van de taxi wisselt'];

describe.each(testEngines)('klankbord train [%s]', (engine) => {
  let t: TestDatabase;
  let dir: string;
  let storyCount = 0;

  const run = async (args: string[]) => {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let out = '';
    let err = '';
    stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const code = await runTrain(args, {
      db: t.db,
      dataDir: dir,
      stdout,
      stderr,
      now: () => new Date('2026-11-23T10:00:00Z'),
    });
    return { code, out, err };
  };
  const addStories = async (codebookId: number, themeId: number, texts: string[], count: number) => {
    const { id: organisationId } = await t.db.selectFrom('organisations').select('id').executeTakeFirstOrThrow();
    for (let i = 0; i < count; i += 1) {
      storyCount += 1;
      const text = `Mijn zoon vertelt: ${texts[i % texts.length]}, en dat is verhaal ${storyCount} van dit jaar.`;
      const { id } = await t.db
        .insertInto('stories')
        .values({
          organisation_id: organisationId,
          role: 'ouder',
          text,
          codebook_id: codebookId,
          self_themes: ['VEI'],
          tone: 'negatief',
          kind: 'ervaring',
          consent_quote: false,
          consent_research: true,
          locale: 'nl',
          submitted_on: '2026-05-01',
          receipt_hash: `t-${storyCount}`,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await t.db.insertInto('codings').values({ story_id: id, theme_id: themeId, is_consensus: true }).execute();
    }
  };
  let codebookId = 0;
  let themeIds: Record<string, number> = {};

  beforeAll(async () => {
    t = await createTestDatabase(engine);
    dir = await mkdtemp(join(tmpdir(), 'klankbord-train-'));
    await t.db
      .insertInto('organisations')
      .values({ slug: 'train-swv', name: 'Train', kind: 'swv', parent_id: null })
      .execute();
    codebookId = (
      await t.db
        .insertInto('codebooks')
        .values({ slug: 'test', version: '9.1', facets: '{}', is_active: true })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    const themes = await t.db
      .insertInto('themes')
      .values(
        ['VEI', 'VVR'].map((code, position) => ({
          codebook_id: codebookId,
          code,
          label_nl: code,
          label_en: code,
          respondent_label: code,
          position,
        })),
      )
      .returning(['id', 'code'])
      .execute();
    themeIds = Object.fromEntries(themes.map((th) => [th.code, th.id]));
  });
  afterAll(async () => {
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses with the themes that have too few coded stories', async () => {
    await addStories(codebookId, themeIds.VEI as number, bullying, 12);
    await addStories(codebookId, themeIds.VVR as number, transport, 2);
    const { code, err } = await run([]);
    expect(code).toBe(1);
    expect(err).toMatch(/VVR has 2/);
    expect(err).toMatch(/at least 5/);
    expect(err).not.toMatch(/VEI has/);
  });

  it('trains on 80% of the coded stories and records codebook version, training size and held-out scores', async () => {
    await addStories(codebookId, themeIds.VVR as number, transport, 11);
    const { code, out } = await run([]);
    expect(code).toBe(0);
    const path = join(dir, 'models', 'model-2026-11-23.json');
    expect(out).toContain(path);
    const model = JSON.parse(await readFile(path, 'utf8'));
    expect(model.codebookVersion).toBe('9.1');
    expect(model.trainingSize).toBe(20);
    expect(model.heldOutScores.stories).toBe(5);
    expect(model.heldOutScores.themes.map((th: { code: string }) => th.code)).toEqual(['VEI', 'VVR']);
    expect(model.heldOutScores.macroF1).toBeGreaterThan(0.5);
    const other = join(dir, 'elders.json');
    expect((await run(['--out', other])).code).toBe(0);
    expect(JSON.parse(await readFile(other, 'utf8')).trainingSize).toBe(20);
  });
});
