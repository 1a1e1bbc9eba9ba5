import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createTestDatabase, type TestDatabase, testEngines } from '../db/test-database.ts';
import { type AccessFixture, bodyOf, loginAs, seedAccessFixture } from '../test-support/access-fixture.ts';
import { definitionLimits } from './definition-limits.ts';

// Written as text: JSON.stringify itself overflows the stack on 5,000 levels.
function nestedPanels(depth: number): string {
  let element = '{"type":"text","name":"vraag"}';
  for (let i = 0; i < depth; i++) element = `{"type":"panel","name":"paneel${i}","elements":[${element}]}`;
  return `{"pages":[{"name":"p1","elements":[${element}]}]}`;
}
const questions = (n: number) => ({
  pages: [
    {
      name: 'p1',
      elements: Array.from({ length: n }, (_, i) => ({
        type: 'radiogroup',
        name: `v${i}`,
        choices: ['a', 'b', 'c', 'd', 'e'],
        visibleIf: `{v${Math.max(0, i - 1)}} = 'a'`,
      })),
    },
  ],
});

// Security finding (medium): panels nested 500 deep kept POST /api/surveys/validate busy for 42.9 s,
// and every other request waited; 5,000 deep gave a 500.
describe.each(testEngines)('a questionnaire definition cannot freeze the server [%s]', (engine) => {
  let t: TestDatabase;
  let f: AccessFixture;
  let app: ReturnType<typeof createApp>;
  let researcher: Record<string, string>;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
    f = await seedAccessFixture(t.db);
    app = createApp({ db: t.db, engine: t.engine, minCellSize: 10 });
    researcher = await loginAs(app, f.emails.researcher);
  });
  afterAll(() => t.close());

  const post = async (path: string, body: unknown) =>
    app.request(`http://localhost/api${path}`, {
      method: 'POST',
      headers: { ...researcher, 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  it.each([500, 5000])('refuses panels nested %i deep with a 400 naming the depth limit', async (depth) => {
    const res = await post('/surveys/validate', `{"definition":${nestedPanels(depth)}}`);
    expect(res.status).toBe(200);
    const { problems } = await bodyOf(res);
    expect(problems).toEqual([{ path: '', message: expect.stringContaining(`${definitionLimits.maxDepth} niveaus`) }]);
    const saved = await post('/surveys', {
      organisation: 'eigen-swv',
      slug: `diep-${depth}`,
      title: 'Diep',
      audience: 'ouder',
      definition: nestedPanels(depth),
    });
    expect(saved.status).toBe(400);
    expect(JSON.stringify(await bodyOf(saved))).toContain(`${definitionLimits.maxDepth} niveaus`);
  });

  it('refuses more questions than the limit, naming it', async () => {
    const { problems } = await bodyOf(await post('/surveys/validate', { definition: questions(1200) }));
    expect(problems[0].message).toContain(`${definitionLimits.maxElements} vragen`);
  });

  it('answers other requests while a large definition is being checked', async () => {
    const order: string[] = [];
    const validating = post('/surveys/validate', { definition: questions(900) }).then(async (res) => {
      order.push('validated');
      return bodyOf(res);
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const other = await app.request('http://localhost/api/health');
    order.push('other');
    expect(other.status).toBe(200);
    expect((await validating).problems).toEqual([]);
    expect(order).toEqual(['other', 'validated']);
  });

  it('still accepts an ordinary questionnaire', async () => {
    const res = await post('/surveys', {
      organisation: 'eigen-swv',
      slug: 'gewoon',
      title: 'Gewoon',
      audience: 'ouder',
      definition: JSON.parse(nestedPanels(3)),
    });
    expect(res.status).toBe(201);
  });
});
