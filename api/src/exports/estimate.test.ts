import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type KyselyPlugin, RawNode } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { runExport } from '../cli/export.ts';
import { createTestDatabase, type TestDatabase, testEngines } from '../db/test-database.ts';
import { ensureDemoData } from '../demo/seed-demo.ts';
import { bodyOf, loginAs } from '../test-support/access-fixture.ts';
import { csvTable, unzipFiles } from '../test-support/export-files.ts';

// The estimate before an export, on the demo data: it must be what the export then really does.

const password = 'demo-wachtwoord-voor-tests';

describe.each(testEngines)('export estimate on the demo data [%s]', (engine) => {
  let t: TestDatabase;
  let app: ReturnType<typeof createApp>;
  let researcher: Record<string, string>;
  const exportsDir = mkdtempSync(join(tmpdir(), 'klankbord-estimate-test-'));
  const call = (path: string, body?: unknown) =>
    app.request(`http://localhost/api${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { ...researcher, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  beforeAll(async () => {
    t = await createTestDatabase(engine);
    await ensureDemoData(t.db, { seedIfEmpty: true, password });
    app = createApp({ db: t.db, engine: t.engine, minCellSize: 10, exportsDir });
    researcher = await loginAs(app, 'onderzoeker@demo.klankbord.nl', password);
  }, 120_000);
  afterAll(async () => {
    await t.close();
    rmSync(exportsDir, { recursive: true, force: true });
  });

  async function exportedCsv(body: Record<string, unknown>) {
    const res = await call('/exports', body);
    expect(res.status, await res.clone().text()).toBe(202);
    const { id } = await bodyOf(res);
    for (let i = 0; i < 400; i += 1) {
      const status = await bodyOf(await call(`/exports/${id}`));
      if (status.status === 'done')
        return csvTable(unzipFiles(await (await call(`/exports/${id}/download`)).arrayBuffer())['responses.csv']!);
      if (status.status === 'failed') throw new Error(status.error);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('export did not finish');
  }

  it('estimates exactly what the export then suppresses, column by column', async () => {
    const { waves, quasiIdentifiers } = await bodyOf(await call('/exports/options?organisation=demo'));
    // Everything that may be a quasi-identifier and a background question: what used to be ticked.
    const chosen = quasiIdentifiers.available.filter((q: string) => !['wave'].includes(q)).slice(0, 8);
    const request = {
      organisation: 'demo',
      waves: waves.map((w: { id: number }) => w.id),
      k: 5,
      quasiIdentifiers: chosen,
    };
    const res = await call('/exports/estimate', request);
    expect(res.status, await res.clone().text()).toBe(200);
    const { estimate } = await bodyOf(res);

    const csv = await exportedCsv(request);
    const released = csv.rows.length;
    expect(released).toBe(estimate.records - estimate.droppedRows);
    expect(csv.rows.filter((row) => chosen.some((q: string) => row[csv.header.indexOf(q)] === '*')).length).toBe(
      estimate.rowsWithSuppression,
    );
    for (const column of estimate.columns) {
      const at = csv.header.indexOf(column.quasiIdentifier);
      const stars = csv.rows.filter((row) => row[at] === '*').length;
      expect(stars / released, column.quasiIdentifier).toBeCloseTo(column.suppressedShare, 10);
    }
    expect(estimate.suppressedColumns.length).toBeGreaterThan(0);
  });

  it('ticks by default a set that keeps school, and proposes one when the choice would blank it out', async () => {
    const { waves, quasiIdentifiers } = await bodyOf(await call('/exports/options?organisation=demo'));
    expect(quasiIdentifiers.defaults).toContain('school');
    const ids = waves.map((w: { id: number }) => w.id);
    const byDefault = await bodyOf(
      await call('/exports/estimate', {
        organisation: 'demo',
        waves: ids,
        k: 5,
        quasiIdentifiers: quasiIdentifiers.defaults,
      }),
    );
    const school = byDefault.estimate.columns.find((c: { quasiIdentifier: string }) => c.quasiIdentifier === 'school');
    expect(school).toMatchObject({ level: 0 });
    expect(school.suppressedShare).toBeLessThanOrEqual(0.05);
    expect(byDefault.proposal.quasiIdentifiers).toEqual(quasiIdentifiers.defaults);

    // What used to be ticked: the base quasi-identifiers, the wave and every background question.
    const base = ['school', 'sector', 'role', 'locale', 'submitted_month', 'wave'];
    const former = quasiIdentifiers.available.filter((q: string) => base.includes(q) || q.startsWith('ach_'));
    const { estimate, proposal } = await bodyOf(
      await call('/exports/estimate', { organisation: 'demo', waves: ids, k: 5, quasiIdentifiers: former }),
    );
    expect(estimate.suppressedColumns).toEqual(expect.arrayContaining(['school', 'locale', 'ach_schoolsoort']));
    const blanked = estimate.columns.find((c: { quasiIdentifier: string }) => c.quasiIdentifier === 'school');
    expect(blanked.level > 0 || blanked.suppressedShare > 0.05).toBe(true);
    expect(proposal.quasiIdentifiers).toContain('school');
    expect(
      proposal.estimate.columns.find((c: { quasiIdentifier: string }) => c.quasiIdentifier === 'school').level,
    ).toBe(0);
  });

  it('exports by API and CLI without quasi-identifiers exactly what the page proposes', async () => {
    const { quasiIdentifiers } = await bodyOf(await call('/exports/options?organisation=demo'));
    const proposal: string[] = quasiIdentifiers.defaults;
    expect(proposal).toContain('school');
    // Fewer than every candidate: the old default (all of them) blanked out school on the demo.
    expect(proposal).not.toContain('locale');
    const { estimate } = await bodyOf(
      await call('/exports/estimate', { organisation: 'demo', k: 5, quasiIdentifiers: proposal }),
    );

    const api = await exportedCsv({ organisation: 'demo', k: 5 });
    const out = mkdtempSync(join(tmpdir(), 'estimate-cli-'));
    try {
      const lines: string[] = [];
      const push = (line: string) => lines.push(line);
      const code = await runExport(['--organisation', 'demo', '--out', join(out, 'x')], {
        db: t.db,
        out: push,
        err: push,
      });
      expect(code, lines.join('\n')).toBe(0);
      const cli = csvTable(readFileSync(join(out, 'x', 'responses.csv'), 'utf8'));
      for (const csv of [api, cli]) {
        // respondent_id, then the quasi-identifiers in the proposal's order, then the answers.
        expect(csv.header.slice(1, proposal.length + 1)).toEqual(proposal);
        expect(csv.header).not.toContain('locale');
        expect(csv.rows.length).toBe(estimate.records - estimate.droppedRows);
        for (const column of estimate.columns) {
          const at = csv.header.indexOf(column.quasiIdentifier);
          const stars = csv.rows.filter((row) => row[at] === '*').length;
          expect(stars / csv.rows.length, column.quasiIdentifier).toBeCloseTo(column.suppressedShare, 10);
        }
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('counts the responses once for an estimate nobody chose quasi-identifiers for, and says what the page ticks', async () => {
    // Pass 1's GROUP BY opens a cursor named export_qi_counts_…: each one is a pass over every response.
    let passes = 0;
    const countingPasses: KyselyPlugin = {
      transformQuery: ({ node }) => {
        if (
          RawNode.is(node) &&
          node.sqlFragments[0]?.startsWith('declare') &&
          JSON.stringify(node.parameters).includes('"export_qi_counts_')
        )
          passes += 1;
        return node;
      },
      transformResult: async ({ result }) => result,
    };
    const counting = createApp({ db: t.db.withPlugin(countingPasses), engine: t.engine, minCellSize: 10, exportsDir });
    const estimateOn = async (target: ReturnType<typeof createApp>, body: unknown) => {
      const res = await target.request('http://localhost/api/exports/estimate', {
        method: 'POST',
        headers: { ...researcher, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(res.status, await res.clone().text()).toBe(200);
      return bodyOf(res);
    };

    const unchosen = await estimateOn(counting, { organisation: 'demo', k: 5 });
    expect(passes).toBe(1);
    // The same answer as for the set the export page ticks, sent by name.
    const { quasiIdentifiers } = await bodyOf(await call('/exports/options?organisation=demo'));
    expect(unchosen).toEqual(
      await estimateOn(app, { organisation: 'demo', k: 5, quasiIdentifiers: quasiIdentifiers.defaults }),
    );
    expect(unchosen.estimate.columns.map((c: { quasiIdentifier: string }) => c.quasiIdentifier)).toEqual(
      quasiIdentifiers.defaults,
    );

    passes = 0;
    await estimateOn(counting, { organisation: 'demo', k: 5, quasiIdentifiers: ['school', 'role'] });
    expect(passes).toBe(1);
  });

  it('refuses an estimate without quasi-identifiers, with the field named', async () => {
    const res = await call('/exports/estimate', { organisation: 'demo', k: 5, quasiIdentifiers: [] });
    expect(res.status).toBe(400);
    expect((await bodyOf(res)).error.details).toHaveProperty('quasiIdentifiers');
  });
});
