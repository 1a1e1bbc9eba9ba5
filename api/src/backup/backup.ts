import { spawn } from 'node:child_process';
import { mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { sql } from 'kysely';
import type { Config } from '../config.ts';
import { createDatabase } from '../db/create-database.ts';
import { openDatabase } from '../db/open-database.ts';

/** Why a backup or restore could not be done, said so that the operator knows what to do. */
export class BackupError extends Error {
  override name = 'BackupError';
}

type Settings = Pick<Config, 'DATABASE_URL' | 'DATA_DIR'>;

const gzipMagic = Buffer.from([0x1f, 0x8b]);
const pgDumpMagic = Buffer.from('PGDMP');

/**
 * Writes a backup of the whole database to `out` (a new file): for the embedded database PGlite's own
 * dump of its data folder (a gzipped tar), for PostgreSQL `pg_dump`'s custom format (pg_restore reads
 * it too). Written beside `out` first and moved into place, so a failed backup leaves no half file.
 */
export async function backupDatabase(settings: Settings, out: string): Promise<{ bytes: number; engine: string }> {
  const target = resolve(out);
  if (await stat(target).catch(() => null)) throw new BackupError(`${target} exists already: back up into a new file.`);
  await mkdir(dirname(target), { recursive: true });
  const partial = `${target}.partial-${process.pid}`;
  try {
    if (settings.DATABASE_URL) {
      await run('pg_dump', [
        '--format=custom',
        '--no-owner',
        '--no-privileges',
        `--file=${partial}`,
        settings.DATABASE_URL,
      ]);
    } else {
      // Opening the folder takes its lock: refused while the server runs (a dump must not race writes).
      const handle = await openDatabase(settings);
      try {
        const dump = await handle.dumpDataDir!();
        await writeFile(partial, Buffer.from(await dump.arrayBuffer()), { mode: 0o600 });
      } finally {
        await handle.close();
      }
    }
    await rename(partial, target);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  return { bytes: (await stat(target)).size, engine: settings.DATABASE_URL ? 'postgres' : 'pglite' };
}

/**
 * Restores a backup into an empty database: DATA_DIR must be new or empty, the database in
 * DATABASE_URL must hold no tables. Never over existing data: move it aside first.
 */
export async function restoreDatabase(settings: Settings, from: string): Promise<{ engine: string }> {
  const source = resolve(from);
  const head = await readHead(source);
  if (settings.DATABASE_URL) {
    if (!head.subarray(0, 5).equals(pgDumpMagic))
      throw new BackupError(
        `${source} is not a PostgreSQL backup (pg_dump custom format); was it made from the embedded database?`,
      );
    const handle = await createDatabase({ engine: 'postgres', url: settings.DATABASE_URL, maxConnections: 1 });
    try {
      const { rows } = await sql<{ n: number }>`
        select count(*)::int as n from pg_tables where schemaname = 'public'`.execute(handle.db);
      if (rows[0]!.n > 0)
        throw new BackupError('The database in DATABASE_URL is not empty: restore into a new database (createdb).');
    } finally {
      await handle.close();
    }
    await run('pg_restore', [
      '--no-owner',
      '--no-privileges',
      '--exit-on-error',
      '--single-transaction',
      `--dbname=${settings.DATABASE_URL}`,
      source,
    ]);
    return { engine: 'postgres' };
  }
  if (!head.subarray(0, 2).equals(gzipMagic))
    throw new BackupError(`${source} is not a backup of the embedded database; was it made from PostgreSQL?`);
  const dataDir = resolve(settings.DATA_DIR);
  const entries = await readdir(dataDir).catch(() => []);
  if (entries.length > 0)
    throw new BackupError(`${dataDir} is not empty: restore into a new DATA_DIR, or move the old one aside first.`);
  await mkdir(dataDir, { recursive: true });
  const handle = await createDatabase({
    engine: 'pglite',
    dataDir,
    loadDataDir: new Blob([await readFile(source)]),
  });
  await handle.close();
  // The dump holds the lock file of the process that made it; this folder is new and nobody's yet.
  await rm(join(dataDir, 'klankbord.lock'), { force: true });
  return { engine: 'pglite' };
}

async function readHead(path: string): Promise<Buffer> {
  const file = await open(path).catch(() => {
    throw new BackupError(`No backup file at ${path}.`);
  });
  try {
    const head = Buffer.alloc(8);
    await file.read(head, 0, 8, 0);
    return head;
  } finally {
    await file.close();
  }
}

/** Runs pg_dump or pg_restore; their own message on failure (without the URL's password). */
function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        new BackupError(
          error.code === 'ENOENT'
            ? `${command} is not installed: apt-get install postgresql-client (the same major version as the server, or newer).`
            : error.message,
        ),
      ),
    );
    child.on('exit', (code) =>
      code === 0
        ? resolvePromise()
        : reject(
            new BackupError(
              `${command} failed: ${stderr.trim().replace(/postgres(ql)?:\/\/[^\s]+/g, '<DATABASE_URL>')}`,
            ),
          ),
    );
  });
}
