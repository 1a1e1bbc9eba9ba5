import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createTestDatabase, type TestDatabase, testEngines } from '../db/test-database.ts';
import type { AppDeps } from '../deps.ts';
import { type AccessFixture, bodyOf, loginAs, seedAccessFixture } from '../test-support/access-fixture.ts';
import { expireOldExports, failInterruptedExports, restartedReason } from './housekeeping.ts';

describe.each(testEngines)('export housekeeping [%s]', (engine) => {
  let t: TestDatabase;
  let f: AccessFixture;
  let deps: AppDeps;
  const exportsDir = mkdtempSync(join(tmpdir(), 'klankbord-housekeeping-'));
  const day = 24 * 60 * 60 * 1000;

  /** An export row with a ZIP on disk, as a finished or cut-off job leaves it. */
  const exportRow = async (status: 'running' | 'done', finishedDaysAgo: number | null) => {
    const { id } = await t.db
      .insertInto('exports')
      .values({
        organisation_id: f.own.swvId,
        requested_by: f.userIds.researcher,
        parameters: JSON.stringify({ k: 5 }),
        status,
        finished_at: finishedDaysAgo === null ? null : new Date(Date.now() - finishedDaysAgo * day),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const zip = join(exportsDir, String(id), `klankbord-export-${id}.zip`);
    mkdirSync(join(exportsDir, String(id)));
    writeFileSync(zip, 'PK');
    await t.db.updateTable('exports').set({ file_path: zip }).where('id', '=', id).execute();
    return { id, zip };
  };

  beforeAll(async () => {
    t = await createTestDatabase(engine);
    f = await seedAccessFixture(t.db);
    deps = { db: t.db, engine: t.engine, minCellSize: 10, exportsDir };
  });
  afterAll(async () => {
    await t.close();
    rmSync(exportsDir, { recursive: true, force: true });
  });

  it('fails the exports a restart cut off, removes their files and says so', async () => {
    const cut = await exportRow('running', null);
    expect(await failInterruptedExports(deps)).toBe(1);
    const row = await t.db.selectFrom('exports').selectAll().where('id', '=', cut.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'failed', error: restartedReason });
    expect(existsSync(cut.zip)).toBe(false);
    const audit = await t.db.selectFrom('audit_log').select('details').where('action', '=', 'export.failed').execute();
    expect(audit.map((a) => a.details)).toContainEqual({ exportId: cut.id, reason: restartedReason });
  });

  it('deletes ZIPs past the retention period, keeps newer ones, and a download of a deleted one is gone', async () => {
    const old = await exportRow('done', 8);
    const recent = await exportRow('done', 1);
    expect(await expireOldExports(deps, 7)).toBe(1);
    expect(existsSync(old.zip)).toBe(false);
    expect(existsSync(recent.zip)).toBe(true);
    const statuses = await t.db
      .selectFrom('exports')
      .select(['id', 'status', 'file_path'])
      .where('id', 'in', [old.id, recent.id])
      .orderBy('id')
      .execute();
    expect(statuses).toEqual([
      { id: old.id, status: 'expired', file_path: null },
      { id: recent.id, status: 'done', file_path: recent.zip },
    ]);

    const app = createApp(deps);
    const researcher = await loginAs(app, f.emails.researcher);
    const download = await app.request(`http://localhost/api/exports/${old.id}/download`, { headers: researcher });
    expect(download.status).toBe(410);
    expect((await bodyOf(download)).error.message).toContain('retention period');
  });

  it('says a ZIP removed from disk by hand is gone, and does not log a download that never happened', async () => {
    const removed = await exportRow('done', 0);
    rmSync(join(exportsDir, String(removed.id)), { recursive: true });
    const app = createApp(deps);
    const researcher = await loginAs(app, f.emails.researcher);
    const status = await app.request(`http://localhost/api/exports/${removed.id}`, { headers: researcher });
    expect(status.status).toBe(200);
    expect(await bodyOf(status)).toMatchObject({ status: 'done', disclosure: null });
    const download = await app.request(`http://localhost/api/exports/${removed.id}/download`, { headers: researcher });
    expect(download.status).toBe(410);
    expect((await bodyOf(download)).error.message).toContain('no longer on the server');
    const logged = await t.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'export.downloaded')
      .execute();
    expect(logged.map((l) => l.details)).not.toContainEqual({ exportId: removed.id });
  });
});
