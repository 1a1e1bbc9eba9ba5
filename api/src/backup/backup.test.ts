import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Kysely, sql } from 'kysely';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type DatabaseHandle } from '../db/create-database.ts';
import type { Database } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { createTestDatabase, type TestDatabase } from '../db/test-database.ts';
import { seedDemo } from '../demo/seed-demo.ts';
import { BackupError, backupDatabase, restoreDatabase } from './backup.ts';

/** Every row of every table (as JSON, sorted) and where every sequence stands. */
async function contents(db: Kysely<Database>): Promise<Record<string, string[]>> {
  const { rows: tables } = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`.execute(db);
  const result: Record<string, string[]> = {};
  for (const { name } of tables) {
    const { rows } = await sql<{ row: string }>`select to_jsonb(t)::text as row from ${sql.table(name)} t`.execute(db);
    result[name] = rows.map((r) => r.row).sort();
  }
  const { rows: sequences } = await sql<{ row: string }>`
    select sequencename || '=' || coalesce(last_value, 0) as row from pg_sequences where schemaname = 'public'`.execute(
    db,
  );
  result['(sequences)'] = sequences.map((r) => r.row).sort();
  return result;
}

describe('backup and restore of the embedded database (PGlite)', () => {
  let work: string;
  let before: Record<string, string[]>;
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'klankbord-backup-'));
    await mkdir(join(work, 'data'));
    const source = await createDatabase({ engine: 'pglite', dataDir: join(work, 'data') });
    await migrateToLatest(source.db);
    await seedDemo(source.db, { password: 'demoTestPassword' });
    before = await contents(source.db);
    await source.close();
  }, 180_000);
  afterAll(() => rm(work, { recursive: true, force: true }));

  it('restores every table row for row into a new DATA_DIR', async () => {
    const file = join(work, 'klankbord.backup');
    const { bytes } = await backupDatabase({ DATA_DIR: join(work, 'data') }, file);
    expect(bytes).toBeGreaterThan(0);
    await restoreDatabase({ DATA_DIR: join(work, 'restored') }, file);
    const restored = await createDatabase({ engine: 'pglite', dataDir: join(work, 'restored') });
    try {
      expect(Object.keys(before).length).toBeGreaterThan(15);
      expect(before.responses!.length).toBeGreaterThan(100);
      expect(await contents(restored.db)).toEqual(before);
    } finally {
      await restored.close();
    }
  }, 120_000);

  it('refuses to overwrite a file, a DATA_DIR with data, a backup of the other engine, and a running server’s folder', async () => {
    const file = join(work, 'klankbord.backup');
    await expect(backupDatabase({ DATA_DIR: join(work, 'data') }, file)).rejects.toThrow('exists already');
    await expect(restoreDatabase({ DATA_DIR: join(work, 'data') }, file)).rejects.toThrow('is not empty');
    const fake = join(work, 'pg.backup');
    await writeFile(fake, 'PGDMP\u0001\u000e\u0000');
    await expect(restoreDatabase({ DATA_DIR: join(work, 'other') }, fake)).rejects.toBeInstanceOf(BackupError);
    const running: DatabaseHandle = await createDatabase({ engine: 'pglite', dataDir: join(work, 'data') });
    try {
      await expect(backupDatabase({ DATA_DIR: join(work, 'data') }, join(work, 'b2'))).rejects.toThrow('in use by');
    } finally {
      await running.close();
    }
  }, 120_000);
});

describe.runIf(process.env.TEST_DATABASE_URL)('backup and restore of a PostgreSQL database', () => {
  let source: TestDatabase;
  let work: string;
  const target = `klankbord_restore_${process.pid}`;
  const admin = postgres(process.env.TEST_DATABASE_URL ?? '', { max: 1, onnotice: () => {} });
  const targetUrl = () => {
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = `/${target}`;
    return url.toString();
  };
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'klankbord-pgbackup-'));
    source = await createTestDatabase('postgres');
    await seedDemo(source.db, { password: 'demoTestPassword' });
    await admin.unsafe(`create database ${target}`);
  }, 180_000);
  afterAll(async () => {
    await source.close();
    await admin.unsafe(`drop database if exists ${target} with (force)`);
    await admin.end();
    await rm(work, { recursive: true, force: true });
  });

  it('restores every table row for row into an empty database, and refuses one with tables', async () => {
    const file = join(work, 'klankbord.dump');
    await backupDatabase({ DATABASE_URL: source.url!, DATA_DIR: './data' }, file);
    await restoreDatabase({ DATABASE_URL: targetUrl(), DATA_DIR: './data' }, file);
    const restored = await createDatabase({ engine: 'postgres', url: targetUrl(), maxConnections: 1 });
    try {
      expect(await contents(restored.db)).toEqual(await contents(source.db));
    } finally {
      await restored.close();
    }
    await expect(restoreDatabase({ DATABASE_URL: targetUrl(), DATA_DIR: './data' }, file)).rejects.toThrow('not empty');
  }, 120_000);
});
