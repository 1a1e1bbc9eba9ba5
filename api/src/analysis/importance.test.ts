import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createTestDatabase, type TestDatabase, testEngines } from '../db/test-database.ts';
import { type AccessFixture, bodyOf, loginAs, seedAccessFixture } from '../test-support/access-fixture.ts';
import { importanceSurvey, seedImportanceFixture } from './priority-fixture.ts';

// Every expected value below is worked out by hand from importanceAnswers in priority-fixture.ts
// (minimum group size 4; agree = 4 or 5 of 1–5, important = 3 or 4 of 1–4).
describe.each(testEngines)('priority matrix from explicit importance questions [%s]', (engine) => {
  let t: TestDatabase;
  let f: AccessFixture;
  let wave: number;
  let app: ReturnType<typeof createApp>;
  let researcher: Record<string, string>;

  beforeAll(async () => {
    t = await createTestDatabase(engine);
    f = await seedAccessFixture(t.db);
    ({ wave } = await seedImportanceFixture(t.db, f));
    app = createApp({ db: t.db, engine: t.engine, minCellSize: 4 });
    researcher = await loginAs(app, f.emails.researcher);
  });
  afterAll(() => t.close());

  it('puts each linked item in its quadrant by the share calling it important, without a report mark', async () => {
    const res = await app.request(`http://localhost/api/analysis/priorities?organisation=eigen-swv&wave=${wave}`, {
      headers: researcher,
    });
    const body = await bodyOf(res);
    expect(res.status).toBe(200);
    expect(body.importanceSource).toBe('explicit');
    expect(body.mark).toBeNull();
    // Schools A and B (C has 2 answers, left out): nine respondents.
    // vei_veilig: agree 4 + 1 = 5 of 9; important 5 + 3 = 8 of 9.
    // com_info:   agree 1 + 3 = 4 of 9; important 4 + 3 = 7 of 9.
    // pas_hulp:   agree 2 + 1 = 3 of 9; important 5 + 3 = 8 of 9.
    // rel_gehoord has no importance question: not in the matrix.
    const items = Object.fromEntries(body.overall.items.map((i: any) => [i.name, i]));
    expect(Object.keys(items)).toEqual(['vei_veilig', 'com_info', 'pas_hulp']);
    expect(items.vei_veilig.satisfaction.p).toBeCloseTo(5 / 9, 10);
    expect(items.vei_veilig.importance).toBeCloseTo(8 / 9, 10);
    expect(items.com_info.importance).toBeCloseTo(7 / 9, 10);
    expect(items.pas_hulp.satisfaction.p).toBeCloseTo(3 / 9, 10);
    expect(items.pas_hulp.importance).toBeCloseTo(8 / 9, 10);
    // Cuts: median satisfaction 4/9, median importance 8/9.
    expect(body.overall.cuts.satisfaction).toBeCloseTo(4 / 9, 10);
    expect(body.overall.cuts.importance).toBeCloseTo(8 / 9, 10);
    expect(items.vei_veilig.quadrant).toBe('behouden');
    expect(items.com_info.quadrant).toBe('bewaken');
    expect(items.pas_hulp.quadrant).toBe('verbeteren');
    expect(body.overall.themes.map((x: any) => [x.code, x.quadrant])).toEqual([
      ['VEI', 'behouden'],
      ['COM', 'bewaken'],
      ['PAS', 'verbeteren'],
    ]);
    // School A alone: vei 4/5 agree, 5/5 important; com 1/5, 4/5; pas 2/5, 5/5 → cuts 0.4 and 1.
    const a = body.schools.find((s: any) => s.name === 'School 11AA');
    expect(a.matrix.cuts).toEqual({ satisfaction: expect.closeTo(0.4, 10), importance: expect.closeTo(1, 10) });
    const aItems = Object.fromEntries(a.matrix.items.map((i: any) => [i.name, i.quadrant]));
    expect(aItems).toEqual({ vei_veilig: 'behouden', com_info: 'minder_urgent', pas_hulp: 'behouden' });
    expect(body.schools.find((s: any) => s.name === 'School 11AD').matrix).toBeNull();
  });

  it('says in the annual report that importance is what people said, with shares in the table', async () => {
    const board = await loginAs(app, f.emails.board);
    const res = await app.request('http://localhost/api/reports/eigen-swv/2026', { headers: board });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Belang is hier wat de mensen zelf zeiden');
    expect(html).toContain('Belang (aandeel belangrijk)');
    expect(html).not.toContain('samenhangt met het rapportcijfer');
    // The cut point as a share: 8/9 → 89%.
    expect(html).toContain('belang 89%');
  });

  it('refuses, in Dutch and with its place, an importance question that points at no scale item', async () => {
    const broken = structuredClone(importanceSurvey);
    (broken.pages[0]!.elements[3] as { importanceOf: string }).importanceOf = 'bestaat_niet';
    const res = await app.request('http://localhost/api/surveys/validate', {
      method: 'POST',
      headers: { ...researcher, 'content-type': 'application/json' },
      body: JSON.stringify({ definition: broken }),
    });
    expect((await bodyOf(res)).problems).toEqual([
      {
        path: 'pages[0].elements[3].importanceOf',
        message:
          '"importanceOf" wijst naar "bestaat_niet", maar dat is geen vraag met een cijferschaal (minstens 3 punten) in deze vragenlijst.',
      },
    ]);
  });
});
