import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { runExport } from '../cli/export.ts';
import { createTestDatabase, type TestDatabase, testEngines } from '../db/test-database.ts';
import { hashCode, newCode } from '../privacy/codes.ts';
import { type AccessFixture, bodyOf, loginAs, seedAccessFixture } from '../test-support/access-fixture.ts';

// A real school questionnaire's question types, each analysed with its own words.
const scale = [
  { value: 1, text: 'helemaal oneens' },
  { value: 2, text: 'oneens' },
  { value: 3, text: 'neutraal' },
  { value: 4, text: 'eens' },
  { value: 5, text: 'helemaal eens' },
];
const definition = {
  pages: [
    {
      elements: [
        {
          type: 'matrix',
          name: 'school',
          title: 'Over de school',
          columns: scale,
          rows: [
            { value: 'veilig', text: 'Mijn kind voelt zich veilig' },
            { value: 'leert', text: 'Mijn kind leert genoeg' },
            { value: 'gehoord', text: 'Ik word gehoord' },
            { value: 'info', text: 'Ik krijg genoeg informatie' },
          ],
        },
        {
          type: 'matrixdropdown',
          name: 'contact',
          title: 'Contact',
          rows: [
            { value: 'leraar', text: 'met de leraar' },
            { value: 'directie', text: 'met de directie' },
          ],
          columns: [
            { name: 'cijfer', title: 'Hoe tevreden?', cellType: 'rating', rateMin: 1, rateMax: 5 },
            { name: 'toelichting', cellType: 'text' },
          ],
        },
        { type: 'rating', name: 'aanraden', title: 'Zou u de school aanraden?', rateMin: 0, rateMax: 10 },
        {
          type: 'checkbox',
          name: 'kanalen',
          title: 'Hoe hoort u van school?',
          choices: [
            { value: 'app', text: 'de schoolapp' },
            { value: 'mail', text: 'e-mail' },
            { value: 'brief', text: 'een brief' },
          ],
        },
        { type: 'boolean', name: 'ouderavond', title: 'Was u op de ouderavond?', labelTrue: 'Ja, ik was er' },
        {
          type: 'dropdown',
          name: 'leerjaar',
          title: 'Leerjaar',
          choices: [
            { value: 'g1', text: 'groep 1–4' },
            { value: 'g5', text: 'groep 5–8' },
          ],
        },
      ],
    },
  ],
};

const answersOf = (i: number) => ({
  school: { veilig: (i % 5) + 1, leert: 4, gehoord: i < 6 ? 1 : 5, info: 3 },
  contact: { leraar: { cijfer: 5, toelichting: 'prima' }, directie: { cijfer: (i % 3) + 2 } },
  aanraden: i % 11,
  kanalen: i % 2 === 0 ? ['app', 'mail'] : ['app'],
  ouderavond: i % 4 !== 0,
  leerjaar: i % 3 === 0 ? 'g1' : 'g5',
});

describe.each(testEngines)('every question type analysed [%s]', (engine) => {
  let t: TestDatabase;
  let f: AccessFixture;
  let app: ReturnType<typeof createApp>;
  let wave: number;
  let board: Record<string, string>;
  const get = async (path: string) => {
    const res = await app.request(`http://localhost/api${path}`, { headers: board });
    expect(res.status, path).toBe(200);
    return bodyOf(res);
  };

  beforeAll(async () => {
    t = await createTestDatabase(engine);
    f = await seedAccessFixture(t.db);
    const { id: surveyId } = await t.db
      .insertInto('surveys')
      .values({ organisation_id: f.own.swvId, slug: 'typen', title: 'Typen', audience: 'ouder' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const { id: versionId } = await t.db
      .insertInto('survey_versions')
      .values({
        survey_id: surveyId,
        version: 1,
        definition: JSON.stringify(definition),
        status: 'published',
        published_at: '2026-01-01T00:00:00Z',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ({ id: wave } = await t.db
      .insertInto('waves')
      .values({
        survey_version_id: versionId,
        organisation_id: f.own.swvId,
        name: 'Typen 2026',
        year: 2026,
        audience: 'ouder',
        opens_on: '2026-03-01',
        closes_on: '2026-06-30',
      })
      .returning('id')
      .executeTakeFirstOrThrow());
    await t.db
      .insertInto('responses')
      .values(
        Array.from({ length: 24 }, (_, i) => ({
          wave_id: wave,
          school_id: f.own.schoolId,
          role: 'ouder' as const,
          locale: 'nl',
          answers: JSON.stringify(answersOf(i)),
          submitted_on: '2026-04-01',
          status: 'complete' as const,
          receipt_hash: hashCode(newCode()),
        })),
      )
      .execute();
    app = createApp({ db: t.db, engine: t.engine, minCellSize: 10 });
    board = await loginAs(app, f.emails.board);
  });
  afterAll(() => t.close());

  it('offers a 4-row matrix as 4 items in the dashboard, beside every other type', async () => {
    const { waves } = await get(`/analysis/waves?organisation=eigen-swv`);
    const items = waves.find((w: any) => w.id === wave).questions;
    expect(items.map((q: any) => [q.name, q.kind])).toEqual([
      ['school.veilig', 'likert'],
      ['school.leert', 'likert'],
      ['school.gehoord', 'likert'],
      ['school.info', 'likert'],
      ['contact.leraar.cijfer', 'likert'],
      ['contact.directie.cijfer', 'likert'],
      ['aanraden', 'likert'],
      ['kanalen', 'multi'],
      ['ouderavond', 'boolean'],
      ['leerjaar', 'choice'],
    ]);
    expect(items[2].title).toBe('Over de school: Ik word gehoord');
  });

  it('analyses a matrix row on the column scale, with the column words', async () => {
    const view = await get(`/analysis/questions/school.gehoord?organisation=eigen-swv&wave=${wave}&by=sector`);
    expect(view.question.labels).toEqual(['helemaal oneens', 'oneens', 'neutraal', 'eens', 'helemaal eens']);
    const po = view.groups.find((g: any) => g.key === 'po');
    expect(po.label).toBe('primair onderwijs');
    expect(po.answers.map((a: any) => a.count.value)).toEqual([6, 0, 0, 0, 18]);
    expect(po.likert.topBox.p).toBeCloseTo(18 / 24, 10);
  });

  it('analyses matrixdropdown scale cells, 0–10 ratings, checkboxes, yes/no and dropdowns', async () => {
    const q = (name: string) => get(`/analysis/questions/${name}?organisation=eigen-swv&wave=${wave}&by=sector`);
    const cell = await q('contact.directie.cijfer');
    expect(cell.overall.answers.map((a: any) => a.count.value)).toEqual([0, 8, 8, 8, 0]);
    const nps = await q('aanraden');
    expect(nps.question.values).toHaveLength(11);
    // The top two of 0–10 are the promoters, 9 and 10: i % 11 is 9 or 10 for i = 9, 10, 20, 21.
    expect(nps.overall.likert.topBox.p).toBeCloseTo(4 / 24, 10);
    const kanalen = await q('kanalen');
    expect(kanalen.overall.n.value).toBe(24);
    expect(kanalen.overall.answers.map((a: any) => [a.label, a.count.value])).toEqual([
      ['de schoolapp', 24],
      ['e-mail', 12],
      ['een brief', 0],
    ]);
    expect(kanalen.overall.answers[1].share.p).toBeCloseTo(0.5, 10);
    const avond = await q('ouderavond');
    expect(avond.question.labels).toEqual(['Ja, ik was er', 'Nee']);
    expect(avond.overall.answers.map((a: any) => a.count.value)).toEqual([18, 6]);
    const leerjaar = await q('leerjaar');
    expect(leerjaar.overall.answers.map((a: any) => [a.label, a.count.value])).toEqual([
      ['groep 1–4', 8],
      ['groep 5–8', 16],
    ]);
  });

  it('reports the 4 matrix rows as 4 items, and exports them as 4 labelled variables', async () => {
    const model = await get(`/reports/eigen-swv/2026/model`);
    const titles = model.audiences[0].participation.indicators.map((i: any) => i.title);
    expect(titles.filter((x: string) => x.startsWith('Over de school: '))).toHaveLength(4);

    const out = mkdtempSync(join(tmpdir(), 'klankbord-matrix-export-'));
    try {
      const lines: string[] = [];
      const io = { db: t.db, out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
      const args = ['--organisation', 'eigen-swv', '--wave', String(wave), '--quasi-identifiers', 'sector'];
      expect(await runExport([...args, '--out', join(out, 'x')], io), lines.join('\n')).toBe(0);
      const codebook = readFileSync(join(out, 'x', 'codebook.csv'), 'utf8').split('\r\n');
      const rows = codebook.filter((l) => l.startsWith('school_'));
      expect(rows.map((l) => l.split(',')[0])).toEqual([
        'school_veilig',
        'school_leert',
        'school_gehoord',
        'school_info',
      ]);
      expect(rows[2]).toContain('1=helemaal oneens');
      const [header, ...data] = readFileSync(join(out, 'x', 'responses.csv'), 'utf8')
        .trimEnd()
        .split('\r\n');
      const column = header!.split(',').indexOf('school_gehoord');
      expect(data.map((l) => l.split(',')[column]).sort()).toEqual([...Array(6).fill('1'), ...Array(18).fill('5')]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
