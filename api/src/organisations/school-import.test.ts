import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase, testEngines } from '../db/test-database.ts';
import { AppError } from '../errors.ts';
import { parseSemicolonCsv } from './duo-csv.ts';
import { organisationBySlug, type OrganisationRow, schoolsUnder } from './hierarchy.ts';
import { importSchools } from './school-import.ts';
import { setupOrganisation } from './setup.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const text = (s: string) => new TextEncoder().encode(s);
const oldHeader =
  '"PROVINCIE";"BEVOEGD GEZAG NUMMER";"BRIN NUMMER";"VESTIGINGSNUMMER";"VESTIGINGSNAAM";"PLAATSNAAM";"GEMEENTENAAM";"DENOMINATIE"';

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe('reading DUO files', () => {
  it('keeps quoted semicolons and line breaks in a field, and numbers rows by the line they start on', () => {
    const parsed = parseSemicolonCsv('"A";"B"\r\n"x;y";"two\nlines"\r\n\r\n"z";"w"\r\n');
    expect(parsed).toEqual({
      ok: true,
      table: {
        header: ['A', 'B'],
        rows: [
          { line: 2, cells: ['x;y', 'two\nlines'] },
          { line: 5, cells: ['z', 'w'] },
        ],
      },
    });
    expect(parseSemicolonCsv('"A";"B"\n"open;x\n')).toEqual({ ok: false, line: 2 });
  });
});

describe.each(testEngines)('schools:import of DUO files [%s]', (engine) => {
  let t: TestDatabase;
  let swv: OrganisationRow;
  const schoolRows = () =>
    t.db
      .selectFrom('schools')
      .innerJoin('organisations', 'organisations.id', 'schools.organisation_id')
      .select(['schools.brin', 'schools.vestiging', 'schools.name', 'schools.sector', 'schools.municipality'])
      .select(['schools.pupil_count', 'organisations.name as board', 'organisations.duo_number'])
      .orderBy('schools.brin')
      .orderBy('schools.vestiging')
      .execute();
  const run = (files: Parameters<typeof importSchools>[2], dryRun = false) =>
    importSchools(t.db, swv, files, { dryRun, userId: null, via: 'cli' });

  beforeAll(async () => {
    t = await createTestDatabase(engine);
    await setupOrganisation(
      t.db,
      { slug: 'swv-kennemerland', name: 'SWV Kennemerland', adminEmail: 'beheer@swv.example' },
      { via: 'cli' },
    );
    swv = (await organisationBySlug(t.db, 'swv-kennemerland'))!;
  });
  afterAll(() => t.close());

  it('a dry run of the older "alle vestigingen" layout says what would be added and writes nothing', async () => {
    const report = await run({ schools: fixture('alle-vestigingen-bo.csv'), sector: 'po' }, true);
    expect(report.counts).toEqual({ added: 4, updated: 0, unchanged: 0, missing: 0, boardsAdded: 2 });
    expect(report.added.map((s) => s.name)).toContain("R.K. Basisschool Sint-Jozef 't Hoekje");
    expect(await schoolRows()).toEqual([]);
    expect(
      await t.db.selectFrom('audit_log').select('action').where('action', '=', 'schools.import').execute(),
    ).toEqual([]);
  });

  it('imports boards and vestigingen with pupils (Windows-1252 read right), then a second import adds nothing', async () => {
    const files = {
      schools: fixture('alle-vestigingen-bo.csv'),
      pupils: fixture('leerlingen-po-per-vestiging.csv'),
      sector: 'po' as const,
    };
    const first = await run(files);
    expect(first.counts).toEqual({ added: 4, updated: 0, unchanged: 0, missing: 0, boardsAdded: 2 });
    const rows = await schoolRows();
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatchObject({
      brin: '99ZA',
      vestiging: '00',
      name: 'Openbare Basisschool De Zeester',
      sector: 'po',
      municipality: 'CASTRICUM',
      pupil_count: 229,
      board: 'Bevoegd gezag 41001',
      duo_number: '41001',
    });
    // "<5" is DUO's mask for a small number: unknown, not zero.
    expect(rows[1]).toMatchObject({ vestiging: '01', pupil_count: null });
    expect(rows.find((r) => r.brin === '99ZC')?.name).toBe('Daltonschool Ons Genoegen');
    expect(rows.find((r) => r.brin === '99ZC')).toBeDefined();
    expect((await schoolsUnder(t.db, swv.id)).map((s) => s.name)).toContain('Daltonschool Ons Genoegen');

    const second = await run(files);
    expect(second.counts).toEqual({ added: 0, updated: 0, unchanged: 4, missing: 0, boardsAdded: 0 });
    expect(await schoolRows()).toEqual(rows);
    const boards = await t.db.selectFrom('organisations').select('slug').where('parent_id', '=', swv.id).execute();
    expect(boards.map((b) => b.slug).sort()).toEqual(['swv-kennemerland-bg-41001', 'swv-kennemerland-bg-41002']);
  });

  it('updates a changed name or count and reports a school gone from the newer file without deleting it', async () => {
    const newer = [
      oldHeader,
      '"Noord-Holland";"41001";"99ZA";"99ZA00";"OBS De Zeester";"CASTRICUM";"CASTRICUM";"Openbaar"',
      '"Noord-Holland";"41002";"99ZB";"99ZB00";"R.K. Basisschool Sint-Jozef \'t Hoekje";"HEILOO";"HEILOO";"Rooms-Katholiek"',
      '"Noord-Holland";"41002";"99ZC";"99ZC00";"Daltonschool Ons Genoegen";"SCHOORL";"DIJK EN WAARD";"Algemeen bijzonder"',
    ].join('\r\n');
    const pupils = 'INSTELLINGSCODE;VESTIGINGSCODE;LEERLINGEN_2026\n99ZB;99ZB00;215\n';
    const report = await run({ schools: text(newer), pupils: text(pupils), sector: 'po' });
    expect(report.counts).toEqual({ added: 0, updated: 2, unchanged: 1, missing: 1, boardsAdded: 0 });
    expect(report.updated.find((u) => u.brin === '99ZA')?.changes).toEqual([
      { field: 'name', from: 'Openbare Basisschool De Zeester', to: 'OBS De Zeester' },
    ]);
    expect(report.updated.find((u) => u.brin === '99ZB')?.changes).toEqual([
      { field: 'pupils', from: '204', to: '215' },
    ]);
    expect(report.missing).toEqual([
      { brin: '99ZA', vestiging: '01', name: 'Openbare Basisschool De Zeester, dependance Bakkum' },
    ]);
    expect(await schoolRows()).toHaveLength(4);
  });

  it('reads the current layout (INSTELLINGSCODE, VESTIGINGSCODE) with pupils per vestiging and bevoegd gezag', async () => {
    const report = await run({
      schools: fixture('vestigingen-vo.csv'),
      pupils: fixture('leerlingen-vo-per-vestiging.csv'),
      sector: 'vo',
    });
    expect(report.counts).toMatchObject({ added: 3, missing: 0, boardsAdded: 2 });
    const rows = (await schoolRows()).filter((r) => r.sector === 'vo');
    expect(rows.map((r) => [r.brin + r.vestiging, r.pupil_count, r.duo_number])).toEqual([
      ['98YA00', 1210, '42001'],
      ['98YA01', 388, '42001'],
      ['98YB00', 905, '42002'],
    ]);
  });

  it('refuses a file with bad rows, naming line and field, and writes nothing at all', async () => {
    const before = await schoolRows();
    const bad = [
      oldHeader,
      '"Noord-Holland";"41001";"97XA";"97XA00";"Nieuwe school";"HOORN";"HOORN";"Openbaar"',
      '"Noord-Holland";"41001";"";"";"Zonder BRIN";"HOORN";"HOORN";"Openbaar"',
      '"Noord-Holland";"41x01";"97XB";"97XB00";"Krom nummer";"HOORN";"HOORN";"Openbaar"',
    ].join('\n');
    const error = await failure(run({ schools: text(bad), sector: 'po' }));
    expect(error.code).toBe('validation_failed');
    expect(error.message).toContain('line 3, BRIN NUMMER: no BRIN.');
    expect(error.message).toContain('line 4, BEVOEGD GEZAG NUMMER: "41x01" is not a bevoegd-gezag number.');
    expect(await schoolRows()).toEqual(before);

    const sectorColumn =
      'BRIN NUMMER;VESTIGINGSNUMMER;VESTIGINGSNAAM;GEMEENTENAAM;SOORT PO\n97XA;97XA00;Een;HOORN;BO\n97XB;97XB00;Twee;HOORN;kinderopvang\n';
    const unknown = await failure(run({ schools: text(sectorColumn) }));
    expect(unknown.message).toContain('line 3, SOORT PO: unknown sector "kinderopvang"');
    expect(await schoolRows()).toEqual(before);
  });

  it('names the columns it expected for a file of another layout', async () => {
    const error = await failure(run({ schools: text('NAAM;ADRES\nx;y\n'), sector: 'po' }));
    expect(error.message).toMatch(
      /expected the columns BEVOEGD GEZAG NUMMER, BRIN NUMMER or INSTELLINGSCODE, VESTIGINGSNUMMER or VESTIGINGSCODE/,
    );
    expect(error.message).toContain('found NAAM, ADRES');
  });

  it('refuses a school that belongs to another organisation of the installation', async () => {
    await setupOrganisation(
      t.db,
      { slug: 'ander-swv', name: 'Ander SWV', adminEmail: 'beheer@ander.example' },
      { via: 'cli' },
    );
    const other = (await organisationBySlug(t.db, 'ander-swv'))!;
    const error = await failure(
      importSchools(
        t.db,
        other,
        { schools: fixture('vestigingen-vo.csv'), sector: 'vo' },
        { dryRun: true, userId: null, via: 'cli' },
      ),
    );
    expect(error.message).toContain('line 2: school 98YA00 belongs to another organisation');
  });
});
