import { defaultCodebook } from '@klankbord/analysis/codebook';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { insertCodebook } from '../codebook/queries.ts';
import { createTestDatabase, type TestDatabase, testEngines } from '../db/test-database.ts';
import { type AccessFixture, bodyOf, loginAs, seedAccessFixture } from '../test-support/access-fixture.ts';

const transport = [
  'De taxi naar school komt elke ochtend te laat, het leerlingenvervoer is slecht geregeld.',
  'Het leerlingenvervoer met de taxi duurt anderhalf uur, mijn zoon is moe van de taxi.',
  'De chauffeur van de taxi wisselt steeds, het leerlingenvervoer geeft geen rust.',
  'Leerlingenvervoer aangevraagd bij de gemeente, de taxi kwam pas na drie weken.',
  'Elke dag een andere taxi, het leerlingenvervoer van de gemeente werkt niet.',
];
const lunch = [
  'De overblijfmoeder op het plein schreeuwt tijdens de lunchpauze en het overblijven kost veel geld.',
  'Het overblijven is chaotisch, de lunchpauze duurt te kort om rustig te eten.',
  'Voor het overblijven betalen we veel, maar in de lunchpauze is er geen toezicht.',
  'Tijdens de lunchpauze mogen de kinderen niet naar buiten, het overblijven is saai.',
  'Het overblijven in de lunchpauze wordt door vrijwilligers gedaan die steeds wisselen.',
];

describe.each(testEngines)('discovery of new threads [%s]', (engine) => {
  let t: TestDatabase;
  let app: ReturnType<typeof createApp>;
  let f: AccessFixture;
  let session: Record<string, string> = {};
  const ids = new Map<number, string>();

  beforeAll(async () => {
    t = await createTestDatabase(engine);
    f = await seedAccessFixture(t.db);
    const codebook = await insertCodebook(t.db, defaultCodebook, { active: true });
    for (const [i, text] of [...transport, ...lunch].entries()) {
      const { id } = await t.db
        .insertInto('stories')
        .values({
          organisation_id: f.own.swvId,
          role: 'ouder',
          text,
          codebook_id: codebook.id,
          self_themes: ['ONW'],
          tone: 'negatief',
          kind: 'klacht',
          consent_quote: false,
          consent_research: true,
          locale: 'nl',
          submitted_on: '2026-04-01',
          receipt_hash: `d-${i}`,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      ids.set(id, i < 5 ? 'transport' : 'lunch');
      // Coders settled on no theme: the codebook has nothing for these stories.
      await t.db
        .insertInto('coding_decisions')
        .values({ story_id: id, codebook_id: codebook.id, method: 'single' })
        .execute();
    }
    app = createApp({ db: t.db, engine: t.engine, minCellSize: 10 });
    session = await loginAs(app, f.emails.researcher);
  });
  afterAll(() => t.close());

  const request = (path: string, body?: unknown) =>
    app.request(`http://localhost/api${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { ...session, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  it('groups stories that fit no theme into clusters with top words and three examples', async () => {
    const res = await request('/discovery/clusters?organisation=eigen-swv');
    expect(res.status).toBe(200);
    const body = await bodyOf(res);
    expect(body.poorlyFittingStories).toBe(10);
    expect(body.clusters).toHaveLength(2);
    for (const cluster of body.clusters) {
      expect(cluster.size).toBe(5);
      expect(cluster.examples).toHaveLength(3);
      const kinds = new Set(cluster.examples.map((e: { id: number }) => ids.get(e.id)));
      expect(kinds.size).toBe(1);
      expect(cluster.topTerms.slice(0, 3)).toEqual(
        expect.arrayContaining([kinds.has('transport') ? 'taxi' : 'overblijven']),
      );
    }
  });

  it('turns a cluster into a theme of a new codebook version that is not active yet', async () => {
    const { clusters } = await bodyOf(await request('/discovery/clusters?organisation=eigen-swv'));
    const res = await request(`/discovery/clusters/${clusters[0].id}/theme`, {
      organisation: 'eigen-swv',
      code: 'VERVOER',
      label: 'Leerlingenvervoer',
    });
    expect(res.status).toBe(201);
    const created = await bodyOf(res);
    expect(created.codebook).toMatchObject({ version: '2026.2', isActive: false, derivedFrom: '2026.1' });
    const themes = await t.db
      .selectFrom('themes')
      .select(['code', 'coder_note'])
      .where('codebook_id', '=', created.codebook.id)
      .orderBy('position')
      .execute();
    expect(themes).toHaveLength(defaultCodebook.themes.length + 1);
    expect(themes.at(-1)?.code).toBe('VERVOER');
    const active = await t.db.selectFrom('codebooks').select('version').where('is_active', '=', true).execute();
    expect(active).toEqual([{ version: '2026.1' }]);

    const again = await request(`/discovery/clusters/${clusters[0].id}/theme`, {
      organisation: 'eigen-swv',
      code: 'PAS',
      label: 'Dubbel',
    });
    expect(again.status).toBe(400);
    expect(
      (await request('/discovery/clusters/9/theme', { organisation: 'eigen-swv', code: 'ABC', label: 'Nergens' }))
        .status,
    ).toBe(404);
    expect((await request('/discovery/clusters?organisation=ander-swv')).status).toBe(403);
  });
});
