import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { createDatabase, type DatabaseHandle, type Engine } from './create-database.ts';
import { migrateToLatest } from './migrate.ts';

/** The engines every database test runs on: PGlite always, Postgres when TEST_DATABASE_URL is set. */
export const testEngines: Engine[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export interface TestDatabase extends DatabaseHandle {
  /** Drops the database (Postgres) or frees the in-memory one (PGlite). */
  close: () => Promise<void>;
  /** Postgres only: the database's URL, for tools that connect on their own (pg_dump). */
  url?: string;
}

/** A fresh, migrated, empty database of its own for one test file. */
export async function createTestDatabase(engine: Engine, options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const handle = engine === 'pglite' ? await createDatabase({ engine: 'pglite' }) : await createPostgresTestDatabase();
  if (options.migrate !== false) {
    const result = await migrateToLatest(handle.db);
    if (!result.ok) throw new Error(`migration ${result.failed} failed: ${result.message}`);
  }
  return handle;
}

async function createPostgresTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env.TEST_DATABASE_URL as string;
  const name = `klankbord_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await createDatabase({ engine: 'postgres', url: url.toString(), maxConnections: 5 });
  return {
    ...handle,
    url: url.toString(),
    close: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
