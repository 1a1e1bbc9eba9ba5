import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { runExport } from '../cli/export.ts';
import { createTestDatabase, type TestDatabase, testEngines } from '../db/test-database.ts';
import { type AccessFixture, bodyOf, loginAs, seedAccessFixture } from '../test-support/access-fixture.ts';
import { csvRecords, unzipFiles } from '../test-support/export-files.ts';
import type { ExportSink } from './export-sink.ts';
import { writeExportFiles } from './run-export.ts';
import { planExport } from './service.ts';
import { TextFile } from './text-file.ts';

const definition = {
  pages: [
    {
      elements: [
        {
          type: 'radiogroup',
          name: 'opleiding',
          demographic: true,
          title: 'Opleiding',
          choices: [
            { value: 'laag', text: 'Laag' },
            { value: 'hoog', text: 'Hoog' },
          ],
        },
        {
          type: 'rating',
          name: 'tevreden',
          title: 'Ik ben tevreden over de school.',
          rateValues: [1, 2, 3, 4, 5].map((value) => ({
            value,
            text: {
              default: ['Helemaal mee oneens', 'Mee oneens', 'Neutraal', 'Mee eens', 'Helemaal mee eens'][value - 1],
            },
          })),
        },
        { type: 'comment', name: 'toelichting' },
        { type: 'checkbox', name: 'kanalen', title: 'Kanalen', choices: ['app', 'mail'] },
        { type: 'boolean', name: 'hulp', title: 'Kreeg u hulp?' },
        {
          type: 'radiogroup',
          name: 'leerjaar',
          title: 'Leerjaar',
          choices: [
            { value: 'g1', text: 'Groep 1' },
            { value: 'g2', text: 'Groep 2' },
            { value: 'g3', text: 'Groep 3' },
            { value: 'g4', text: 'Groep 4' },
          ],
          generalise: [{ level: 'bouw', groups: { onderbouw: ['g1', 'g2'], bovenbouw: ['g3', 'g4'] } }],
        },
      ],
    },
  ],
};

const installed = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const hasRAndPspp = installed('Rscript') && installed('pspp');
if (!hasRAndPspp) console.warn('R or PSPP is not installed: the load.R and load.sps check is skipped');

describe.each(testEngines)('researcher exports [%s]', (engine) => {
  let t: TestDatabase;
  let app: ReturnType<typeof createApp>;
  let f: AccessFixture;
  let researcher: Record<string, string>;
  let waveId: number;
  let smallWaveId: number;
  const exportsDir = mkdtempSync(join(tmpdir(), 'klankbord-exports-test-'));
  const call = (path: string, body?: unknown) =>
    app.request(`http://localhost/api${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { ...researcher, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const finished = async (id: number) => {
    for (let i = 0; i < 200; i += 1) {
      const status = await bodyOf(await call(`/exports/${id}`));
      if (status.status === 'done' || status.status === 'failed') return status;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('export did not finish');
  };
  const exportFiles = async (body: Record<string, unknown>) => {
    const res = await call('/exports', { organisation: f.own.swvSlug, ...body });
    expect(res.status, await res.clone().text()).toBe(202);
    const { id } = await bodyOf(res);
    const status = await finished(id);
    expect(status.status).toBe('done');
    const zip = await call(`/exports/${id}/download`);
    expect(zip.status).toBe(200);
    expect(zip.headers.get('content-type')).toBe('application/zip');
    return { status, files: unzipFiles(await zip.arrayBuffer()) };
  };

  beforeAll(async () => {
    t = await createTestDatabase(engine);
    f = await seedAccessFixture(t.db);
    app = createApp({ db: t.db, engine: t.engine, minCellSize: 10, exportsDir });
    researcher = await loginAs(app, f.emails.researcher);
    const survey = await t.db
      .insertInto('surveys')
      .values({ organisation_id: f.own.swvId, slug: 'ouders', title: 'Ouders', audience: 'ouder' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const version = await t.db
      .insertInto('survey_versions')
      .values({
        survey_id: survey.id,
        version: 1,
        definition: JSON.stringify(definition),
        status: 'published',
        published_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const wave = (name: string) =>
      t.db
        .insertInto('waves')
        .values({
          survey_version_id: version.id,
          organisation_id: f.own.swvId,
          name,
          year: 2025,
          audience: 'ouder',
          opens_on: '2025-01-01',
          closes_on: '2025-12-31',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
    waveId = (await wave('Ouders 2025')).id;
    smallWaveId = (await wave('Proef')).id;
    // 30 responses: school 11AA (po) 17, 11AB (vo) 13; months spread; one lonely hoog-opgeleide in 11AB in March.
    const rows = Array.from({ length: 30 }, (_, i) => ({
      wave_id: waveId,
      school_id: i < 17 ? f.own.schoolId : f.own.otherSchoolId,
      role: 'ouder' as const,
      locale: i === 29 ? 'ar' : 'nl',
      answers: JSON.stringify({
        opleiding: i === 29 ? 'hoog' : i % 2 ? 'laag' : 'hoog',
        tevreden: (i % 5) + 1,
        toelichting: 'Bel mij op 06-12345678',
        ...(i % 3 === 2 ? {} : { kanalen: i % 3 === 0 ? ['app'] : ['app', 'mail'] }),
        hulp: i % 2 === 0,
        // 4 in groep 1, 4 in groep 2, 11 in groep 3 and 4: too few in 1 and 2 for k = 5 on their own.
        leerjaar: i < 4 ? 'g1' : i < 8 ? 'g2' : i < 19 ? 'g3' : 'g4',
      }),
      submitted_on: i === 29 ? '2025-03-02' : `2025-0${(i % 2) + 5}-10`,
      status: 'complete' as const,
      receipt_hash: `r${i}`,
    }));
    rows.push(
      { ...rows[0]!, wave_id: smallWaveId, receipt_hash: 'small-1' },
      { ...rows[1]!, wave_id: smallWaveId, receipt_hash: 'small-2' },
    );
    await t.db.insertInto('responses').values(rows).execute();
    const codebook = await t.db
      .insertInto('codebooks')
      .values({ slug: 'test', version: '1', facets: JSON.stringify({}) })
      .returning('id')
      .executeTakeFirstOrThrow();
    const story = (text: string, consent: boolean, role: 'ouder' | 'jongere' = 'ouder') => ({
      organisation_id: f.own.swvId,
      wave_id: waveId,
      school_id: f.own.schoolId,
      sector: role === 'ouder' ? ('po' as const) : ('vo' as const),
      role,
      text,
      codebook_id: codebook.id,
      self_themes: ['communicatie'],
      tone: 'negatief' as const,
      kind: 'ervaring' as const,
      consent_quote: false,
      consent_research: consent,
      locale: 'nl',
      submitted_on: '2025-05-10',
      receipt_hash: `s-${text.length}-${consent}`,
    });
    const [shared, secret] = await t.db
      .insertInto('stories')
      .values([
        story('De juf belde niet terug. Bel mij op 06-12345678 als u wilt weten hoe het ging.', true),
        story('Geheim verhaal zonder toestemming voor onderzoek.', false),
        // Four more parents in po and one young person in vo, who must not stand out by role and sector.
        ...['De ouderavond was goed geregeld.', 'Het rapportgesprek duurde te kort.', 'De app werkt eindelijk goed.']
          .concat('Mijn dochter voelt zich erg veilig in de klas.')
          .map((text) => story(text, true)),
        story('Ik ben de enige jongere die dit invult en ik wil beter contact met mijn mentor.', true, 'jongere'),
      ])
      .returning('id')
      .execute();
    const theme = await t.db
      .insertInto('themes')
      .values({
        codebook_id: codebook.id,
        code: 'COM',
        label_nl: 'Communicatie',
        label_en: 'Communication',
        respondent_label: 'Contact',
        position: 1,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // A coder's code, a classifier's suggestion and the agreed code; the unshared story's code stays home.
    await t.db
      .insertInto('codings')
      .values([
        { story_id: shared!.id, theme_id: theme.id, coder_user_id: f.userIds.researcher },
        { story_id: shared!.id, theme_id: theme.id, classifier_version: 'nb-3', score: 0.82 },
        { story_id: shared!.id, theme_id: theme.id, is_consensus: true },
        { story_id: secret!.id, theme_id: theme.id, is_consensus: true },
      ])
      .execute();
  });
  afterAll(async () => {
    await t.close();
    rmSync(exportsDir, { recursive: true, force: true });
  });

  it('releases no combination of quasi-identifiers that occurs fewer than k times', async () => {
    // Every candidate, not the proposal: the more quasi-identifiers, the more there is to keep below k.
    const quasiIdentifiers = ['school', 'sector', 'role', 'locale', 'submitted_month', 'opleiding'];
    const { status, files } = await exportFiles({ waves: [waveId], k: 5, quasiIdentifiers });
    const report = JSON.parse(files['disclosure-report.json']!);
    expect(report.quasiIdentifiers).toEqual(['school', 'sector', 'role', 'locale', 'submitted_month', 'opleiding']);
    const rows = csvRecords(files['responses.csv']!);
    expect(rows.length).toBe(report.records.released);
    expect(rows.length).toBeGreaterThan(20);
    const counts = new Map<string, number>();
    for (const row of rows) {
      const key = report.quasiIdentifiers.map((q: string) => row[q]).join('|');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(Math.min(...counts.values())).toBeGreaterThanOrEqual(5);
    expect(report.achievedMinGroupSize).toBe(Math.min(...counts.values()));
    // The lonely Arabic-speaking respondent in March cannot stand out.
    expect(rows.some((row) => row.locale === 'ar')).toBe(false);
    expect(status.rowCounts.responses).toBe(rows.length);
    expect(status.disclosure.summary).toMatch(/^minimum groepsgrootte \d+/);
    // Free-text answers never reach responses.csv.
    expect(files['responses.csv']).not.toContain('06-12345678');
    expect(Object.keys(files).sort()).toEqual([
      'codebook.csv',
      'datapackage.json',
      'disclosure-report.json',
      'load.R',
      'load.sps',
      'responses.csv',
    ]);
  });

  it("writes every respondent's answers under their own columns", async () => {
    // Role alone as quasi-identifier: all 30 responses are released, so the columns can be counted.
    const { files } = await exportFiles({ waves: [waveId], quasiIdentifiers: ['role'], k: 2 });
    const rows = csvRecords(files['responses.csv']!);
    // The demographic question, not chosen, is left out: as a plain column it would single people out.
    expect(rows[0]).not.toHaveProperty('opleiding');
    expect(JSON.parse(files['disclosure-report.json']!).withheldQuestions).toEqual(['opleiding']);
    const tally = (column: string) => {
      const counts: Record<string, number> = {};
      for (const row of rows) counts[row[column]!] = (counts[row[column]!] ?? 0) + 1;
      return counts;
    };
    expect(rows).toHaveLength(30);
    expect(tally('tevreden')).toEqual({ 1: 6, 2: 6, 3: 6, 4: 6, 5: 6 });
    // One 0/1 column per option; no answer at all is an empty cell, not a 0.
    expect(tally('kanalen_app')).toEqual({ 1: 20, '': 10 });
    expect(tally('kanalen_mail')).toEqual({ 0: 10, 1: 10, '': 10 });
    expect(tally('hulp')).toEqual({ true: 15, false: 15 });
  });

  it('generalises a question along the groups its definition declares, before suppressing it', async () => {
    const { files } = await exportFiles({ waves: [waveId], quasiIdentifiers: ['leerjaar'], k: 5 });
    const report = JSON.parse(files['disclosure-report.json']!);
    expect(report.generalisation).toEqual([{ quasiIdentifier: 'leerjaar', level: 1, levelName: 'bouw' }]);
    const released = csvRecords(files['responses.csv']!).map((row) => row.leerjaar);
    expect(released.filter((v) => v === 'onderbouw')).toHaveLength(8);
    expect(released.filter((v) => v === 'bovenbouw')).toHaveLength(22);
    // The answers' own labels would mislabel the groups, so the codebook gives none for this column.
    const line = files['codebook.csv']!.split('\r\n').find((row) => row.startsWith('leerjaar,'));
    expect(line).toBeDefined();
    expect(line).not.toContain('Groep 1');
  });

  it('uses pseudonyms that differ between two exports of the same data', async () => {
    const first = csvRecords((await exportFiles({ waves: [waveId] })).files['responses.csv']!).map(
      (r) => r.respondent_id,
    );
    const second = csvRecords((await exportFiles({ waves: [waveId] })).files['responses.csv']!).map(
      (r) => r.respondent_id,
    );
    expect(first.length).toBeGreaterThan(0);
    expect(first.filter((id) => second.includes(id))).toEqual([]);
  });

  it('exports only consented stories, redacted', async () => {
    const { files, status } = await exportFiles({ waves: [waveId], includeStories: true });
    expect(status.rowCounts.stories).toBe(6);
    expect(files['stories.csv']).toContain('De juf belde niet terug');
    expect(files['stories.csv']).not.toContain('06-12345678');
    expect(files['stories.csv']).not.toContain('Geheim verhaal');
    const stories = csvRecords(files['stories.csv']!);
    const story = stories.find((row) => row.text!.startsWith('De juf belde niet terug'));
    // Wave, role, sector and year together: every combination at least k = 5 times; the one young
    // person in vo is not told apart from the parents.
    const groups = new Map<string, number>();
    for (const row of stories) {
      const key = [row.wave, row.role, row.sector, row.submitted_year].join('|');
      groups.set(key, (groups.get(key) ?? 0) + 1);
    }
    for (const [key, size] of groups) if (key !== '*|*|*|*') expect(size, key).toBeGreaterThanOrEqual(5);
    expect(stories.some((row) => row.role === 'jongere' || row.sector === 'vo')).toBe(false);
    expect(JSON.parse(files['disclosure-report.json']!).storyMetadata).toMatchObject({
      quasiIdentifiers: ['wave', 'role', 'sector', 'submitted_year'],
      suppressedValues: expect.any(Number),
    });
    const codings = csvRecords(files['codings.csv']!);
    expect(
      codings.map(({ story_id, theme, coder, score, consensus }) => [story_id, theme, coder, score, consensus]),
    ).toEqual([
      [story!.story_id, 'COM', expect.stringMatching(/^coder-[0-9a-f]{16}$/), '', '0'],
      [story!.story_id, 'COM', 'classifier-nb-3', expect.stringMatching(/^0\.82/), '0'],
      [story!.story_id, 'COM', 'consensus', '', '1'],
    ]);
  });

  it('writes the same files unzipped through the CLI, stories included', async () => {
    const out = mkdtempSync(join(tmpdir(), 'klankbord-cli-export-'));
    const lines: string[] = [];
    try {
      const io = {
        db: t.db,
        out: (line: string) => lines.push(line),
        err: (line: string) => lines.push(line),
      };
      const code = await runExport(
        ['--organisation', f.own.swvSlug, '--wave', String(waveId), '--stories', '--out', out],
        io,
      );
      expect(code, lines.join('\n')).toBe(0);
      const { files } = await exportFiles({ waves: [waveId], includeStories: true });
      expect(readdirSync(out).sort()).toEqual(Object.keys(files).sort());
      const stories = readFileSync(join(out, 'stories.csv'), 'utf8');
      expect(stories).toContain('De juf belde niet terug');
      expect(stories).not.toContain('06-12345678');
      expect(readFileSync(join(out, 'responses.csv'), 'utf8').trimEnd().split('\r\n')).toHaveLength(
        files['responses.csv']!.trimEnd().split('\r\n').length,
      );
      expect(lines.join('\n')).toContain('6 stories');
      // A second export into the same folder would leave the first one's stories beside its responses.
      lines.length = 0;
      const again = await runExport(['--organisation', f.own.swvSlug, '--wave', String(waveId), '--out', out], io);
      expect(again).toBe(1);
      expect(lines.join('\n')).toContain('is not empty');
      lines.length = 0;
      const none = ['--organisation', f.own.swvSlug, '--quasi-identifiers', '', '--out', join(out, 'new')];
      expect(await runExport(none, io)).toBe(1);
      expect(lines.join('\n')).toContain('at least one quasi-identifier');
      expect(readdirSync(join(out, '..')).filter((name) => name.includes('.partial-'))).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('fails cleanly, with nothing to download, when the export cannot be written', async () => {
    // The exports folder lies inside a file: the job cannot write its ZIP.
    const blocker = join(exportsDir, 'not-a-folder');
    writeFileSync(blocker, '');
    const broken = createApp({ db: t.db, engine: t.engine, minCellSize: 10, exportsDir: join(blocker, 'exports') });
    const res = await broken.request('http://localhost/api/exports', {
      method: 'POST',
      headers: { ...researcher, 'content-type': 'application/json' },
      body: JSON.stringify({ organisation: f.own.swvSlug, waves: [waveId], includeStories: true }),
    });
    const { id } = await bodyOf(res);
    expect(await finished(id)).toMatchObject({
      status: 'failed',
      error: 'Export failed: the server cannot write to its exports folder.',
    });
    const download = await call(`/exports/${id}/download`);
    expect(download.status).toBe(409);
    expect((await bodyOf(download)).error.message).toContain('nothing to download');
    const audit = await t.db.selectFrom('audit_log').select('details').where('action', '=', 'export.failed').execute();
    expect(audit.map((a) => a.details)).toContainEqual({
      exportId: id,
      reason: expect.stringContaining('cannot write'),
    });
  });

  it('aborts the whole export when a file fails halfway, and says so', async () => {
    const { plan } = await planExport(
      t.db,
      { id: f.own.swvId, slug: f.own.swvSlug, name: 'SWV', kind: 'swv', parent_id: null },
      { k: 2, includeStories: true, waves: [waveId] },
    );
    const opened: string[] = [];
    let aborted: Error | undefined;
    const fullDisk: ExportSink = {
      open(name) {
        opened.push(name);
        const stream = new Writable({
          write: (_chunk, _encoding, done) =>
            done(name === 'stories.csv' ? new Error('ENOSPC: no space left on device') : null),
        });
        stream.on('error', () => {});
        return TextFile.over(stream);
      },
      finish: async () => {
        throw new Error('a failed export must not be finished');
      },
      abort: (error) => void (aborted = error),
    };
    await expect(writeExportFiles(t.db, plan, fullDisk)).rejects.toThrow('ENOSPC');
    expect(opened).toEqual(['responses.csv', 'stories.csv']);
    expect(aborted?.message).toContain('ENOSPC');
  });

  it('labels Likert items in load.sps and load.R, and describes columns in datapackage.json', async () => {
    const { files } = await exportFiles({ waves: [waveId] });
    expect(files['load.sps']).toContain('VARIABLE LABELS');
    expect(files['load.sps']).toContain("tevreden 'Ik ben tevreden over de school.'");
    expect(files['load.sps']).toMatch(/VALUE LABELS[\s\S]*tevreden 1 'Helemaal mee oneens' 2 'Mee oneens'/);
    expect(files['load.R']).toContain('attr(responses[["tevreden"]], "labels") <- c("Helemaal mee oneens" = 1');
    const pkg = JSON.parse(files['datapackage.json']!);
    const fields = pkg.resources[0].schema.fields;
    expect(fields.find((x: { name: string }) => x.name === 'tevreden')).toMatchObject({
      type: 'integer',
      constraints: { enum: [1, 2, 3, 4, 5] },
    });
    expect(fields.find((x: { name: string }) => x.name === 'school').description).toContain('generalisatie');
    expect(files['codebook.csv']).toContain(
      'tevreden,Ik ben tevreden over de school.,"1=Helemaal mee oneens; 2=Mee oneens',
    );
  });

  // What a researcher does next: R and PSPP (the free SPSS) read the files. Skipped where they are not
  // installed; CI installs both (Debian's r-base-core and pspp).
  it.skipIf(!hasRAndPspp)(
    'loads in R and in SPSS syntax (PSPP) with its labels, * as missing, codings beside the responses',
    async () => {
      const out = mkdtempSync(join(tmpdir(), 'klankbord-load-scripts-'));
      try {
        const io = { db: t.db, out: () => {}, err: () => {} };
        expect(
          await runExport(
            // Every candidate, not the proposal (which keeps school and so has few '*'): missing values to load.
            [
              '--organisation',
              f.own.swvSlug,
              '--wave',
              String(waveId),
              '--k',
              '7',
              '--quasi-identifiers',
              'school,sector,role,locale,submitted_month,opleiding',
              '--stories',
              '--out',
              out,
            ],
            io,
          ),
        ).toBe(0);
        const rows = csvRecords(readFileSync(join(out, 'responses.csv'), 'utf8'));
        const stars = (column: string) => rows.filter((row) => row[column] === '*').length;
        // The quasi-identifier with the most suppressed cells (at k = 7 the sector goes entirely).
        const suppressed = ['school', 'sector', 'role', 'locale', 'submitted_month', 'opleiding'].sort(
          (a, b) => stars(b) - stars(a),
        )[0]!;
        expect(stars(suppressed)).toBeGreaterThan(0);
        const missing = rows.filter((row) => row[suppressed] === '*' || row[suppressed] === '').length;
        const disagree = rows.filter((row) => row.tevreden === '1').length;

        const r = execFileSync(
          'Rscript',
          [
            '-e',
            `source("load.R")
           cat("rows", nrow(responses), "\n")
           cat("missing", sum(is.na(responses[["${suppressed}"]])), "\n")
           cat("tevreden", class(responses$tevreden), "\n")
           cat("label", attr(responses$tevreden, "label"), "\n")
           labels <- attr(responses$tevreden, "labels")
           cat("one", names(labels)[labels == 1], "\n")
           cat("stories", nrow(stories), "codings", nrow(codings), "\n")`,
          ],
          { cwd: out, encoding: 'utf8' },
        );
        expect(r).toContain(`rows ${rows.length} \n`);
        expect(r).toContain(`missing ${missing} \n`);
        expect(r).toContain('tevreden integer \n');
        expect(r).toContain('label Ik ben tevreden over de school. \n');
        expect(r).toContain('one Helemaal mee oneens \n');
        expect(r).toContain('stories 6 codings 3 \n');

        writeFileSync(
          join(out, 'check.sps'),
          `INCLUDE FILE='load.sps'.\nFREQUENCIES /VARIABLES=tevreden ${suppressed}.\nDATASET ACTIVATE codings.\nFREQUENCIES /VARIABLES=consensus.\n`,
        );
        execFileSync('pspp', ['check.sps', '-o', 'frequencies.csv', '-O', 'format=csv'], { cwd: out });
        const frequencies = readFileSync(join(out, 'frequencies.csv'), 'utf8');
        expect(frequencies).toContain(`Valid,Helemaal mee oneens,${disagree},`);
        expect(frequencies).toContain(`Missing,*,${stars(suppressed)},`);
        expect(frequencies).toContain('Valid,Code van één codeur of suggestie,2,');
        expect(frequencies).toContain(',Vastgestelde code,1,');
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    },
  );

  it('explains, instead of handing over an empty ZIP, when nothing can be released', async () => {
    const { status, files } = await exportFiles({ waves: [smallWaveId], k: 5 });
    expect(status.rowCounts.responses).toBe(0);
    expect(status.disclosure.explanation).toMatch(/maar 2 ingevulde vragenlijsten/);
    expect(status.disclosure.summary).toMatch(/maar 2 ingevulde vragenlijsten/);
    expect(JSON.parse(files['disclosure-report.json']!).explanation).toMatch(/k = 5/);
    expect(files['responses.csv']!.trimEnd().split('\r\n')).toHaveLength(1);
  });

  it('rejects k outside 2..100, unknown quasi-identifiers and another organisation', async () => {
    for (const k of [1, 101]) expect((await call('/exports', { organisation: f.own.swvSlug, k })).status).toBe(400);
    const unknown = await call('/exports', { organisation: f.own.swvSlug, quasiIdentifiers: ['school', 'schoenmaat'] });
    expect(unknown.status).toBe(400);
    expect((await bodyOf(unknown)).error.message).toContain('schoenmaat');
    expect((await call('/exports', { organisation: f.other.swvSlug })).status).toBe(403);
    // Nothing chosen is a mistake, not "everything" or "no protection"; a misspelt field is named.
    const none = await call('/exports', { organisation: f.own.swvSlug, quasiIdentifiers: [] });
    expect(none.status).toBe(400);
    expect((await bodyOf(none)).error.message).toContain('at least one quasi-identifier');
    expect((await call('/exports', { organisation: f.own.swvSlug, waves: [] })).status).toBe(400);
    const misspelt = await call('/exports', { organisation: f.own.swvSlug, wave: [waveId] });
    expect(misspelt.status).toBe(400);
    expect((await bodyOf(misspelt)).error.message).toMatch(/invalid fields: wave\.$/);
  });

  it('offers the quasi-identifiers with the questions in their own words, a set that keeps school chosen', async () => {
    const { quasiIdentifiers } = await bodyOf(await call(`/exports/options?organisation=${f.own.swvSlug}`));
    // The proposal for every wave at k = 5 (estimate.test.ts): school first, only columns that stay.
    expect(quasiIdentifiers.defaults[0]).toBe('school');
    for (const name of quasiIdentifiers.defaults) expect(quasiIdentifiers.available).toContain(name);
    expect(quasiIdentifiers.available).toContain('leerjaar');
    expect(quasiIdentifiers.labels).toMatchObject({ opleiding: 'Opleiding', leerjaar: 'Leerjaar' });
  });

  it("lists the organisation's exports, newest first, so an earlier one can be found again", async () => {
    const { status } = await exportFiles({ waves: [waveId], k: 3 });
    const res = await call(`/exports?organisation=${f.own.swvSlug}`);
    expect(res.status).toBe(200);
    const { exports } = await bodyOf(res);
    expect(exports[0]).toMatchObject({
      id: status.id,
      status: 'done',
      requestedBy: f.emails.researcher,
      k: 3,
      waves: 1,
      includeStories: false,
      quasiIdentifiers: ['school', 'sector', 'role', 'locale', 'submitted_month', 'opleiding'],
      rowCounts: { responses: expect.any(Number) },
    });
    const ids = exports.map((e: { id: number }) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect((await call(`/exports?organisation=${f.other.swvSlug}`)).status).toBe(403);
  });

  it('writes every export to the audit log', async () => {
    const entries = await t.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('action', 'like', 'export.%')
      .execute();
    const actions = entries.map((e) => e.action);
    expect(actions).toContain('export.requested');
    expect(actions).toContain('export.completed');
    expect(actions).toContain('export.downloaded');
    const completed = entries.find((e) => e.action === 'export.completed')!;
    expect(completed.details).toMatchObject({ k: expect.any(Number), rowCounts: { responses: expect.any(Number) } });
  });
});
