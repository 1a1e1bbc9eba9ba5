import { migrations } from '@klankbord/migrations';
import { type Kysely, sql } from 'kysely';
import { type Migration, type MigrationResultSet, Migrator, NO_MIGRATIONS } from 'kysely/migration';

export type MigrateResult =
  { ok: true; applied: string[]; latest: string | null } | { ok: false; failed: string; message: string };

function createMigrator(db: Kysely<any>, chain: Record<string, Migration> = migrations): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => chain } });
}

function toResult(set: MigrationResultSet, latest: string | null): MigrateResult {
  const failed = set.results?.find((r) => r.status === 'Error');
  if (set.error || failed) {
    const message = set.error instanceof Error ? set.error.message : String(set.error ?? 'unknown error');
    return { ok: false, failed: failed?.migrationName ?? '(migrator)', message };
  }
  return { ok: true, applied: (set.results ?? []).map((r) => r.migrationName), latest };
}

/** Applies every pending migration. Kysely runs the whole batch in one transaction, so a failure leaves nothing half-done. */
export async function migrateToLatest(db: Kysely<any>, chain?: Record<string, Migration>): Promise<MigrateResult> {
  const set = await createMigrator(db, chain).migrateToLatest();
  return toResult(set, await latestAppliedMigration(db));
}

/** Rolls every migration back, newest first. */
export async function migrateAllDown(db: Kysely<any>): Promise<MigrateResult> {
  const migrator = createMigrator(db);
  const set = await migrator.migrateTo(NO_MIGRATIONS);
  return toResult(set, await latestAppliedMigration(db));
}

export async function latestAppliedMigration(db: Kysely<any>): Promise<string | null> {
  const result = await sql<{ name: string }>`
    select name from kysely_migration order by name desc limit 1`
    .execute(db)
    .catch(() => ({ rows: [] as { name: string }[] }));
  return result.rows[0]?.name ?? null;
}
