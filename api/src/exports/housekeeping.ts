import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { writeAudit } from '../audit/queries.ts';
import type { AppDeps } from '../deps.ts';
import { log } from '../log.ts';
import { exportsDirOf } from './service.ts';

export const restartedReason = 'Export stopped: the server restarted while it ran. Start a new export.';

/**
 * Export jobs run inside the server process: after a restart a queued or running export has no job
 * left, and would say "running" for ever. Marks them failed and removes what they had written.
 */
export async function failInterruptedExports(deps: AppDeps): Promise<number> {
  const interrupted = await deps.db
    .selectFrom('exports')
    .select(['id', 'organisation_id', 'requested_by'])
    .where('status', 'in', ['queued', 'running'])
    .execute();
  for (const row of interrupted) {
    await rm(join(exportsDirOf(deps), String(row.id)), { recursive: true, force: true });
    await deps.db.transaction().execute(async (tx) => {
      await tx
        .updateTable('exports')
        .set({ status: 'failed', error: restartedReason, finished_at: new Date() })
        .where('id', '=', row.id)
        .execute();
      await writeAudit(tx, {
        action: 'export.failed',
        userId: row.requested_by,
        organisationId: row.organisation_id,
        details: { exportId: row.id, reason: restartedReason },
      });
    });
  }
  return interrupted.length;
}

/**
 * An export is personal data at rest: its ZIP is deleted `retentionDays` after it was made. The row
 * and the audit trail stay, with status 'expired'.
 */
export async function expireOldExports(deps: AppDeps, retentionDays: number, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * 24 * 60 * 60 * 1000);
  const old = await deps.db
    .selectFrom('exports')
    .select(['id', 'organisation_id', 'file_path'])
    .where('status', '=', 'done')
    .where('finished_at', '<', cutoff)
    .execute();
  for (const row of old) {
    // The file goes first: a row that says 'expired' while its ZIP is still on disk would be a lie. The
    // stored path, not today's exports folder: DATA_DIR may have moved since the export was made.
    if (row.file_path) await rm(dirname(row.file_path), { recursive: true, force: true });
    await rm(join(exportsDirOf(deps), String(row.id)), { recursive: true, force: true });
    await deps.db.transaction().execute(async (tx) => {
      await tx.updateTable('exports').set({ status: 'expired', file_path: null }).where('id', '=', row.id).execute();
      await writeAudit(tx, {
        action: 'export.expired',
        userId: null,
        organisationId: row.organisation_id,
        details: { exportId: row.id, retentionDays },
      });
    });
  }
  return old.length;
}

/** Both at start, then the retention sweep every hour; returns the stop. */
export async function startExportHousekeeping(deps: AppDeps, retentionDays: number): Promise<() => void> {
  const interrupted = await failInterruptedExports(deps);
  if (interrupted) log.warn('exports_interrupted', { count: interrupted });
  const sweep = () =>
    expireOldExports(deps, retentionDays)
      .then((count) => count && log.info('exports_expired', { count }))
      .catch((error: unknown) => log.error('export_expiry_failed', { error: String(error) }));
  await sweep();
  const timer = setInterval(() => void sweep(), 60 * 60 * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
