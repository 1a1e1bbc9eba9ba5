import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import { runExport } from '../../cli/export.ts';
import { createTestDatabase, type TestDatabase, testEngines } from '../../db/test-database.ts';
import { csvRecords } from '../../test-support/export-files.ts';
import {
  type AccessFixture,
  bodyOf,
  loginAs,
  sameOrigin,
  seedAccessFixture,
} from '../../test-support/access-fixture.ts';

const schemas = join(import.meta.dirname, 'schemas');

/** xmllint's verdict on a file against one of the published REFI-QDA schemas. */
function validate(file: string, schema: 'Codebook.xsd' | 'Project-mrt2019.xsd') {
  const run = spawnSync('xmllint', ['--noout', '--schema', join(schemas, schema), file], { encoding: 'utf8' });
  return { ok: run.status === 0, message: run.stderr };
}

const parser = new XMLParser({
  ignoreAttributes: false,
  removeNSPrefix: true,
  parseTagValue: false,
  isArray: (name) => ['User', 'Code', 'TextSource', 'PlainTextSelection', 'VariableValue', 'Variable'].includes(name),
});

describe.each(testEngines)('REFI-QDA export [%s]', (engine) => {
  let t: TestDatabase;
  let f: AccessFixture;
  let out: string;
  const lines: string[] = [];

  beforeAll(async () => {
    t = await createTestDatabase(engine);
    f = await seedAccessFixture(t.db);
    const codebook = await t.db
      .insertInto('codebooks')
      .values({ slug: 'klankbord', version: '2026.1', facets: JSON.stringify({}), is_active: true })
      .returning('id')
      .executeTakeFirstOrThrow();
    const themes = await t.db
      .insertInto('themes')
      .values(
        [
          ['COM', 'Communicatie', 'Contact tussen school & ouders: bellen, mailen, "de app".'],
          ['VEI', 'Veiligheid', 'Voelt het kind zich veilig?'],
        ].map(([code, label, note], position) => ({
          codebook_id: codebook.id,
          code: code!,
          label_nl: label!,
          label_en: label!,
          respondent_label: label!,
          coder_note: note!,
          position,
        })),
      )
      .returning(['id', 'code'])
      .execute();
    const themeId = (code: string) => themes.find((th) => th.code === code)!.id;
    const story = (text: string, role: 'ouder' | 'jongere' = 'ouder') => ({
      organisation_id: f.own.swvId,
      school_id: f.own.schoolId,
      sector: 'po' as const,
      role,
      text,
      title: role === 'ouder' ? 'Over school' : null,
      codebook_id: codebook.id,
      self_themes: ['communicatie'],
      tone: 'negatief' as const,
      kind: 'ervaring' as const,
      consent_quote: false,
      consent_research: true,
      locale: 'nl',
      submitted_on: '2025-05-10',
      receipt_hash: `s-${text.length}`,
    });
    const stories = await t.db
      .insertInto('stories')
      .values([
        story('De juf belde niet terug. Bel mij op 06-12345678 als u wilt weten hoe het ging.'),
        story('Mijn dochter 😊 voelt zich erg veilig in de klas.'),
        story('De ouderavond was goed geregeld.'),
        // The one young person among parents: role, sector and year must not single them out.
        story('Ik ben de enige jongere die dit invult.', 'jongere'),
      ])
      .returning('id')
      .execute();
    await t.db
      .insertInto('codings')
      .values([
        { story_id: stories[0]!.id, theme_id: themeId('COM'), coder_user_id: f.userIds.researcher },
        { story_id: stories[0]!.id, theme_id: themeId('COM'), classifier_version: 'nb-3', score: 0.82 },
        { story_id: stories[0]!.id, theme_id: themeId('COM'), is_consensus: true },
        { story_id: stories[1]!.id, theme_id: themeId('VEI'), coder_user_id: f.userIds.researcher, is_consensus: true },
      ])
      .execute();
    out = join(mkdtempSync(join(tmpdir(), 'klankbord-refi-')), 'export');
    const io = { db: t.db, out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
    const code = await runExport(
      ['--organisation', f.own.swvSlug, '--k', '2', '--stories', '--refi-qda', '--out', out],
      io,
    );
    expect(code, lines.join('\n')).toBe(0);
  });
  afterAll(async () => {
    await t.close();
    rmSync(join(out, '..'), { recursive: true, force: true });
  });

  it('writes codebook.qdc that validates against the REFI-QDA Codebook schema, with every theme and its description', () => {
    const file = join(out, 'codebook.qdc');
    expect(validate(file, 'Codebook.xsd')).toEqual({ ok: true, message: expect.any(String) });
    const doc = parser.parse(readFileSync(file, 'utf8'));
    expect(doc.CodeBook['@_origin']).toBe('Klankbord codebook klankbord 2026.1');
    expect(doc.CodeBook.Codes.Code.map((c: Record<string, string>) => [c['@_name'], c.Description])).toEqual([
      ['Communicatie (COM)', 'Contact tussen school & ouders: bellen, mailen, "de app".'],
      ['Veiligheid (VEI)', 'Voelt het kind zich veilig?'],
    ]);
  });

  it('round-trips project.qdpx: the same redacted stories and the same codings as stories.csv and codings.csv', () => {
    const dir = join(out, '..', 'qdpx');
    execFileSync('unzip', ['-q', join(out, 'project.qdpx'), '-d', dir]);
    expect(validate(join(dir, 'project.qde'), 'Project-mrt2019.xsd')).toEqual({
      ok: true,
      message: expect.any(String),
    });
    const project = parser.parse(readFileSync(join(dir, 'project.qde'), 'utf8')).Project;
    const users = new Map<string, string>(
      project.Users.User.map((u: Record<string, string>) => [u['@_guid'], u['@_name']]),
    );
    const codes = new Map<string, string>(
      project.CodeBook.Codes.Code.map((c: Record<string, string>) => [
        c['@_guid'],
        /\((\w+)\)$/.exec(c['@_name']!)![1],
      ]),
    );
    const variables = new Map<string, string>(
      project.Variables.Variable.map((v: Record<string, string>) => [v['@_guid'], v['@_name']]),
    );

    const sources = project.Sources.TextSource.map((source: any) => {
      const path = /^internal:\/\/(.+)$/.exec(source['@_plainTextPath'])![1]!;
      const text = readFileSync(join(dir, 'Sources', path), 'utf8');
      const values = Object.fromEntries(
        (source.VariableValue ?? []).map((v: any) => [variables.get(v.VariableRef['@_targetGUID']), v.TextValue]),
      );
      const codings = (source.PlainTextSelection ?? []).map((selection: any) => {
        // Every coding covers the whole story, counted in characters (the emoji is one).
        expect([Number(selection['@_startPosition']), Number(selection['@_endPosition'])]).toEqual([
          0,
          [...text].length,
        ]);
        return [
          codes.get(selection.Coding.CodeRef['@_targetGUID']),
          users.get(selection['@_creatingUser']),
          selection.Description.split('; ').includes('consensus') ? '1' : '0',
        ];
      });
      return { id: source['@_name'], text, title: source.Description ?? '', role: values.role, codings };
    });

    const storiesCsv = csvRecords(readFileSync(join(out, 'stories.csv'), 'utf8'));
    const codingsCsv = csvRecords(readFileSync(join(out, 'codings.csv'), 'utf8'));
    expect(
      sources.map((s: { id: string; text: string; title: string; role: string }) => [s.id, s.text, s.title, s.role]),
    ).toEqual(storiesCsv.map((s) => [s.story_id, s.text, s.title, s.role]));
    expect(sources.flatMap((s: { id: string; codings: string[][] }) => s.codings.map((c) => [s.id, ...c]))).toEqual(
      codingsCsv.map((c) => [c.story_id, c.theme, c.coder, c.consensus]),
    );
    // The same guarantees as the CSV: redacted, the lonely young person's role suppressed.
    expect(sources.map((s: { text: string }) => s.text).join('\n')).not.toContain('06-12345678');
    expect(sources.map((s: { text: string }) => s.text).join('\n')).toContain('De juf belde niet terug.');
    expect(sources.map((s: { role: string }) => s.role)).not.toContain('jongere');
    expect(new Set(users.values())).toEqual(
      new Set([expect.stringMatching(/^coder-[0-9a-f]{16}$/), 'classifier-nb-3', 'consensus']),
    );
    expect(lines.join('\n')).toContain('project.qdpx');
  });

  it('puts the same files in the ZIP an export through the api gives', async () => {
    const exportsDir = join(out, '..', 'zips');
    const app = createApp({ db: t.db, engine: t.engine, minCellSize: 10, exportsDir });
    const headers = { ...(await loginAs(app, f.emails.researcher)), ...sameOrigin, 'content-type': 'application/json' };
    const started = await app.request('http://localhost/api/exports', {
      method: 'POST',
      headers,
      body: JSON.stringify({ organisation: f.own.swvSlug, k: 2, includeStories: true, refiQda: true }),
    });
    expect(started.status, await started.clone().text()).toBe(202);
    const { id } = await bodyOf(started);
    let status = 'queued';
    for (let i = 0; i < 200 && status !== 'done' && status !== 'failed'; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      status = (await bodyOf(await app.request(`http://localhost/api/exports/${id}`, { headers }))).status;
    }
    expect(status).toBe('done');
    const zip = await app.request(`http://localhost/api/exports/${id}/download`, { headers });
    const dir = join(out, '..', 'from-api');
    execFileSync('mkdir', ['-p', dir]);
    writeFileSync(join(dir, 'export.zip'), Buffer.from(await zip.arrayBuffer()));
    execFileSync('unzip', ['-q', 'export.zip', '-d', 'export'], { cwd: dir });
    execFileSync('unzip', ['-q', join(dir, 'export', 'project.qdpx'), '-d', join(dir, 'qdpx')]);
    expect(validate(join(dir, 'export', 'codebook.qdc'), 'Codebook.xsd').ok).toBe(true);
    expect(validate(join(dir, 'qdpx', 'project.qde'), 'Project-mrt2019.xsd').ok).toBe(true);
    const project = parser.parse(readFileSync(join(dir, 'qdpx', 'project.qde'), 'utf8')).Project;
    expect(project.Sources.TextSource).toHaveLength(4);
  });

  it('refuses REFI-QDA files when there is no active codebook', async () => {
    await t.db.updateTable('codebooks').set({ is_active: false }).execute();
    try {
      const io = { db: t.db, out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
      lines.length = 0;
      const code = await runExport(
        ['--organisation', f.own.swvSlug, '--refi-qda', '--out', join(out, '..', 'none')],
        io,
      );
      expect(code).toBe(1);
      expect(lines.join('\n')).toContain('need an active codebook');
    } finally {
      await t.db.updateTable('codebooks').set({ is_active: true }).execute();
    }
  });
});
