import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { runSchoolsImport } from '../cli/schools-import.ts';
import { runSetup } from '../cli/setup.ts';
import { insertCodebook } from '../codebook/queries.ts';
import { createTestDatabase, type TestDatabase, testEngines } from '../db/test-database.ts';
import { bodyOf, loginAs } from '../test-support/access-fixture.ts';
import { defaultCodebook } from '@klankbord/analysis/codebook';

// A small file in DUO's older "alle vestigingen" layout: two besturen, three vestigingen, extra columns.
const duoFile = [
  '"PROVINCIE";"BEVOEGD GEZAG NUMMER";"BRIN NUMMER";"VESTIGINGSNUMMER";"VESTIGINGSNAAM";"STRAATNAAM";"PLAATSNAAM";"GEMEENTENUMMER";"GEMEENTENAAM";"DENOMINATIE";"TELEFOONNUMMER"',
  '"Gelderland";"50001";"96WA";"96WA00";"Basisschool De Linde";"Lindelaan 1";"EDE";"0228";"EDE";"Openbaar";"0318000001"',
  '"Gelderland";"50001";"96WA";"96WA01";"Basisschool De Linde, locatie Bennekom";"Dorpsstraat 2";"BENNEKOM";"0228";"EDE";"Openbaar";"0318000002"',
  '"Gelderland";"50002";"96WB";"96WB00";"Christelijke Basisschool Het Kompas";"Kerkweg 3";"WAGENINGEN";"0289";"WAGENINGEN";"Protestants-Christelijk";"0317000003"',
].join('\r\n');
const pupilFile =
  'INSTELLINGSCODE;VESTIGINGSCODE;NAAM_VESTIGING;LEERLINGEN_2025\n96WA;96WA00;De Linde;212\n96WA;96WA01;De Linde Bennekom;64\n96WB;96WB00;Het Kompas;331\n';

describe.each(testEngines)('the first day of a real samenwerkingsverband, without demo data [%s]', (engine) => {
  let t: TestDatabase;
  let dir: string;
  const password = 'eerste-dag-2026!';
  const io = () => {
    const out: string[] = [];
    const err: string[] = [];
    return {
      out,
      err,
      io: {
        out: (l: string) => out.push(l),
        err: (l: string) => err.push(l),
        env: { KLANKBORD_ADMIN_PASSWORD: password },
      },
    };
  };

  beforeAll(async () => {
    t = await createTestDatabase(engine);
    // The active codebook ships with every installation (migrations load none; the annual report needs it).
    await insertCodebook(t.db, defaultCodebook, { active: true });
    dir = await mkdtemp(join(tmpdir(), 'klankbord-first-day-'));
    await writeFile(join(dir, 'vestigingen.csv'), Buffer.from(duoFile, 'latin1'));
    await writeFile(join(dir, 'leerlingen.csv'), pupilFile);
  });
  afterAll(async () => {
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('setup → schools:import twice → log in → SurveyJS questionnaire → wave → answers → analysis and report', async () => {
    expect(await t.db.selectFrom('organisations').select('id').execute()).toEqual([]);
    const setupArgs = [
      '--organisation',
      'swv-de-vallei',
      '--name',
      'SWV De Vallei',
      '--admin-email',
      'Beheer@Vallei.example',
    ];
    const setup = io();
    expect(await runSetup(t.db, setupArgs, setup.io)).toBe(0);
    expect(setup.out.join('\n')).toContain('Admin account: beheer@vallei.example');
    const again = io();
    expect(await runSetup(t.db, setupArgs, again.io)).toBe(1);
    expect(again.err.join('\n')).toContain('An organisation with slug "swv-de-vallei" exists already.');
    const sameEmail = io();
    expect(
      await runSetup(
        t.db,
        ['--organisation', 'ander', '--name', 'Ander', '--admin-email', 'beheer@vallei.example'],
        sameEmail.io,
      ),
    ).toBe(1);
    expect(sameEmail.err.join('\n')).toContain('An account for beheer@vallei.example exists already.');
    expect(await t.db.selectFrom('organisations').select('slug').execute()).toEqual([{ slug: 'swv-de-vallei' }]);

    const importArgs = [
      '--organisation',
      'swv-de-vallei',
      '--file',
      join(dir, 'vestigingen.csv'),
      '--sector',
      'po',
      '--pupils',
      join(dir, 'leerlingen.csv'),
    ];
    const first = io();
    expect(await runSchoolsImport(t.db, importArgs, first.io)).toBe(0);
    expect(first.out[0]).toBe('added 3, updated 0, unchanged 0, missing 0 (boards added: 2)');
    const second = io();
    expect(await runSchoolsImport(t.db, importArgs, second.io)).toBe(0);
    expect(second.out).toEqual(['added 0, updated 0, unchanged 3, missing 0']);

    const app = createApp({
      db: t.db,
      engine: t.engine,
      minCellSize: 10,
      publicRateLimits: { perClientPerMinute: 10_000, perLinkPerMinute: 10_000 },
    });
    const admin = await loginAs(app, 'beheer@vallei.example', password);
    const call = async (path: string, body?: unknown, method = body === undefined ? 'GET' : 'POST') => {
      const res = await app.request(`http://localhost/api${path}`, {
        method,
        headers: { ...admin, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: res.status, body: await bodyOf(res) };
    };
    // Five answers per school: the SWV sets its minimum group size to 5.
    expect(
      (
        await call(
          '/organisations/swv-de-vallei/settings',
          { minGroupSize: 5, languages: null, retentionYears: 5 },
          'PUT',
        )
      ).status,
    ).toBe(200);

    // A vestiging that closed keeps its row but gets no link in the new wave.
    const registry = await call('/organisations/swv-de-vallei/registry');
    const bennekom = registry.body.schools.find((s: { name: string }) => s.name.endsWith('locatie Bennekom'));
    expect((await call(`/organisations/swv-de-vallei/schools/${bennekom.id}`, { closed: true }, 'PATCH')).status).toBe(
      200,
    );

    const definition = JSON.parse(
      await readFile(new URL('./fixtures/surveyjs-product-feedback.json', import.meta.url), 'utf8'),
    );
    const survey = await call('/surveys', {
      organisation: 'swv-de-vallei',
      slug: 'ouders',
      title: 'Ouders',
      audience: 'ouder',
      definition,
    });
    expect(survey.status).toBe(201);
    expect((await call(`/survey-versions/${survey.body.versions[0].id}/publish`, {})).status).toBe(200);
    const year = new Date().getUTCFullYear();
    const wave = await call('/waves', {
      surveyVersionId: survey.body.versions[0].id,
      organisation: 'swv-de-vallei',
      name: `Ouders ${year}`,
      year,
      audience: 'ouder',
      opensOn: `${year}-01-01`,
      closesOn: `${year}-12-31`,
    });
    expect(wave.status).toBe(201);
    const links = (wave.body.schools as { id: number; name: string; linkCode: string | null }[]).filter(
      (s) => s.linkCode,
    );
    expect(links.map((s) => s.name).sort()).toEqual(['Basisschool De Linde', 'Christelijke Basisschool Het Kompas']);

    const answer = (code: string, satisfaction: number) =>
      app.request('http://localhost/api/public/responses', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          code,
          locale: 'nl',
          role: 'ouder',
          complete: true,
          answers: {
            Quality: { affordable: 4, 'does what it claims': 5, 'better then others': 3, 'easy to use': 4 },
            satisfaction,
            ...(satisfaction > 3 && { 'recommend friends': 5 }),
            suggestions: 'Meer uitleg over de toetsen.',
            'price to competitors': 'Priced about the same',
            price: 'correct',
            pricelimit: { mostamount: '20', leastamount: '5' },
          },
        }),
      });
    const linde = links.find((s) => s.name === 'Basisschool De Linde') as { linkCode: string };
    const kompas = links.find((s) => s.name === 'Christelijke Basisschool Het Kompas') as { linkCode: string };
    for (let i = 0; i < 5; i += 1) {
      expect((await answer(linde.linkCode, 4)).status).toBe(201);
      expect((await answer(kompas.linkCode, 2)).status).toBe(201);
    }
    // An answer the questionnaire cannot hold is refused: a matrix cell outside its columns.
    const bad = await app.request('http://localhost/api/public/responses', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        code: linde.linkCode,
        locale: 'nl',
        role: 'ouder',
        complete: true,
        answers: { Quality: { affordable: 9 } },
      }),
    });
    expect(bad.status).toBe(400);

    const analysis = await call(`/analysis/schools?organisation=swv-de-vallei&wave=${wave.body.id}`);
    expect(analysis.status).toBe(200);
    const shown = (analysis.body.schools as { name: string; n: { value: number | null } }[]).filter(
      (s) => s.n.value === 5,
    );
    expect(shown.map((s) => s.name).sort()).toEqual(['Basisschool De Linde', 'Christelijke Basisschool Het Kompas']);

    const report = await call(`/reports/swv-de-vallei/${year}/model`);
    expect(report.status).toBe(200);
    expect(report.body.organisation.name).toBe('SWV De Vallei');
    const reportSchools = JSON.stringify(report.body);
    expect(reportSchools).toContain('Basisschool De Linde');
    expect(reportSchools).toContain('Christelijke Basisschool Het Kompas');
    expect(await t.db.selectFrom('organisations').select('slug').where('slug', '=', 'demo').execute()).toEqual([]);
  });
});
