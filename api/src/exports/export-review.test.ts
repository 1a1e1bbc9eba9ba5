import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { operatorName, runExport } from '../cli/export.ts';
import { createTestDatabase, type TestDatabase, testEngines } from '../db/test-database.ts';
import type { AppDeps } from '../deps.ts';
import { seedDemo } from '../demo/seed-demo.ts';
import { captureLog } from '../log.ts';
import { bodyOf, loginAs } from '../test-support/access-fixture.ts';
import { expireOldExports, restartedReason } from './housekeeping.ts';

const password = 'demoTestPassword';

// The open points of the export work's late review (issue 15), each as what a user would notice.
describe.each(testEngines)('export review points [%s]', (engine) => {
  let t: TestDatabase;
  let deps: AppDeps;
  let app: ReturnType<typeof createApp>;
  let researcher: Record<string, string>;
  let waveId: number;
  const exportsDir = mkdtempSync(join(tmpdir(), 'klankbord-review-'));

  beforeAll(async () => {
    t = await createTestDatabase(engine);
    await seedDemo(t.db, { password });
    deps = { db: t.db, engine: t.engine, minCellSize: 10, exportsDir };
    app = createApp(deps);
    researcher = await loginAs(app, 'onderzoeker@demo.klankbord.nl', password);
    waveId = (await t.db.selectFrom('waves').select('id').orderBy('id').executeTakeFirstOrThrow()).id;
  }, 120_000);
  afterAll(async () => {
    await t.close();
    rmSync(exportsDir, { recursive: true, force: true });
  });

  const startExport = async () => {
    const res = await app.request('http://localhost/api/exports', {
      method: 'POST',
      headers: { ...researcher, 'content-type': 'application/json' },
      body: JSON.stringify({ organisation: 'demo', waves: [waveId] }),
    });
    expect(res.status).toBe(202);
    return (await bodyOf(res)).id as number;
  };
  const statusOf = async (id: number) =>
    (await t.db.selectFrom('exports').select(['status', 'file_path']).where('id', '=', id).executeTakeFirstOrThrow())
      .status;
  const auditOf = async (action: string, id: number) =>
    (await t.db.selectFrom('audit_log').select('details').where('action', '=', action).execute()).filter(
      (row) => (row.details as { exportId?: number }).exportId === id,
    );

  it('keeps an export failed when a restart’s sweep failed it while it ran (no “done” over “failed”)', async () => {
    const lines: string[] = [];
    const restore = captureLog((line) => lines.push(line));
    try {
      const id = await startExport();
      await t.db
        .updateTable('exports')
        .set({ status: 'failed', error: restartedReason })
        .where('id', '=', id)
        .execute();
      // The job ends by logging why it stopped (or, before the fix, by marking the export done).
      const ended = () => lines.some((l) => l.includes('"export_failed"') && l.includes(`"exportId":${id}`));
      for (let i = 0; i < 300 && !ended(); i++) {
        if ((await statusOf(id)) === 'done') break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(await statusOf(id)).toBe('failed');
      expect(await auditOf('export.completed', id)).toEqual([]);
      expect(existsSync(join(exportsDir, String(id)))).toBe(false);
    } finally {
      restore();
    }
  });

  it('logs a failed export it cannot record instead of swallowing it', async () => {
    const lines: string[] = [];
    const restore = captureLog((line) => lines.push(line));
    // The record of the failure itself fails (as a lost connection would).
    await sql`create function refuse_failed() returns trigger language plpgsql as $$
      begin if new.status = 'failed' then raise exception 'no room to record'; end if; return new; end $$`.execute(
      t.db,
    );
    await sql`create trigger refuse_failed before update on exports for each row execute function refuse_failed()`.execute(
      t.db,
    );
    try {
      const broken = createApp({ ...deps, exportsDir: join(exportsDir, 'missing', '\u0000') });
      const res = await broken.request('http://localhost/api/exports', {
        method: 'POST',
        headers: { ...researcher, 'content-type': 'application/json' },
        body: JSON.stringify({ organisation: 'demo', waves: [waveId] }),
      });
      const { id } = await bodyOf(res);
      for (let i = 0; i < 50 && !lines.some((l) => l.includes('export_failure_not_recorded')); i++)
        await new Promise((resolve) => setTimeout(resolve, 100));
      const line = lines.find((l) => l.includes('export_failure_not_recorded'));
      expect(line).toBeDefined();
      expect(JSON.parse(line!)).toMatchObject({ exportId: id, error: expect.stringContaining('no room to record') });
    } finally {
      restore();
      await sql`drop trigger refuse_failed on exports`.execute(t.db);
      await sql`drop function refuse_failed()`.execute(t.db);
    }
  });

  it('deletes an expired ZIP where it was stored, even after the exports folder moved', async () => {
    const id = await startExport();
    for (let i = 0; i < 100 && (await statusOf(id)) !== 'done'; i++)
      await new Promise((resolve) => setTimeout(resolve, 100));
    const { file_path } = await t.db
      .selectFrom('exports')
      .select('file_path')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(existsSync(file_path!)).toBe(true);
    await t.db
      .updateTable('exports')
      .set({ finished_at: new Date(Date.now() - 30 * 86_400_000) })
      .where('id', '=', id)
      .execute();
    const moved = mkdtempSync(join(tmpdir(), 'klankbord-moved-'));
    try {
      expect(await expireOldExports({ ...deps, exportsDir: moved }, 7)).toBeGreaterThanOrEqual(1);
      expect(existsSync(file_path!)).toBe(false);
      expect(await statusOf(id)).toBe('expired');
    } finally {
      rmSync(moved, { recursive: true, force: true });
    }
  });

  it('names the operator by uid when the user has no passwd entry (a container)', () => {
    expect(
      operatorName(() => {
        throw new Error('ENOENT: no such user');
      }),
    ).toBe(`uid ${process.getuid!()}`);
  });

  it('lands no CLI export without its audit record', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'klankbord-cli-')), 'export');
    await sql`create function refuse_cli() returns trigger language plpgsql as $$
      begin if new.action = 'export.cli' then raise exception 'audit log unavailable'; end if; return new; end $$`.execute(
      t.db,
    );
    await sql`create trigger refuse_cli before insert on audit_log for each row execute function refuse_cli()`.execute(
      t.db,
    );
    try {
      const io = { db: t.db, out: () => {}, err: () => {} };
      await expect(runExport(['--organisation', 'demo', '--wave', String(waveId), '--out', out], io)).rejects.toThrow(
        'audit log unavailable',
      );
      expect(existsSync(out)).toBe(false);
      expect(readdirSync(join(out, '..'))).toEqual([]);
    } finally {
      await sql`drop trigger refuse_cli on audit_log`.execute(t.db);
      await sql`drop function refuse_cli()`.execute(t.db);
      rmSync(join(out, '..'), { recursive: true, force: true });
    }
  });
});
