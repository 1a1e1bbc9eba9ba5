import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kysely, PGliteDialect } from 'kysely';
import { PostgresJSDialect } from 'kysely-postgres-js';
import postgres from 'postgres';
import type { Database } from './database.ts';

export type Engine = 'pglite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  engine: Engine;
  close: () => Promise<void>;
  /** PGlite only: the whole data folder as a gzipped tar, taken between queries (backup/). */
  dumpDataDir?: () => Promise<Blob>;
}

export type DatabaseTarget =
  | { engine: 'postgres'; url: string; maxConnections?: number }
  // No dataDir: in memory. loadDataDir: a dump (backup/) the new folder starts from.
  | { engine: 'pglite'; dataDir?: string; loadDataDir?: Blob };

// Type OIDs whose text form we keep as is, so both engines hand back the same JavaScript values.
const INT8 = 20;
const DATE = 1082;
const JSON_OID = 114;
const JSONB = 3802;

// PGlite sends a string bound to a json column as the JSON text it is; postgres.js would encode the
// string again as a JSON string. Let both take JSON text or a plain value, the same way.
const serializeJson = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

/** Opens Klankbord's database: PGlite (a folder, or memory) or a PostgreSQL server. */
export async function createDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  if (target.engine === 'postgres') {
    const client = postgres(target.url, {
      max: target.maxConnections ?? 10,
      onnotice: () => {},
      // count(*) and bigint ids come back as numbers (PGlite does the same); dates stay 'YYYY-MM-DD'.
      types: {
        int8: { to: INT8, from: [INT8], serialize: String, parse: Number },
        date: { to: DATE, from: [DATE], serialize: String, parse: (v: string) => v },
        json: { to: JSONB, from: [JSON_OID, JSONB], serialize: serializeJson, parse: (v: string) => JSON.parse(v) },
      },
      connection: { application_name: 'klankbord' },
    });
    try {
      await client`select 1`;
    } catch (error) {
      await client.end({ timeout: 1 }).catch(() => {});
      throw new DatabaseConnectError(describeConnectError(error));
    }
    const db = new Kysely<Database>({ dialect: new PostgresJSDialect({ postgres: client }) });
    return { db, engine: 'postgres', close: () => db.destroy() };
  }
  const unlock = target.dataDir ? lockDataDir(target.dataDir) : () => {};
  try {
    // Loaded only when used: PGlite's WebAssembly build adds ~70 MB to a process that talks to PostgreSQL.
    const { PGlite } = await import('@electric-sql/pglite');
    const pglite = new PGlite({
      ...(target.dataDir ? { dataDir: target.dataDir } : {}),
      ...(target.loadDataDir ? { loadDataDir: target.loadDataDir } : {}),
      parsers: { [DATE]: (v: string) => v },
    });
    await pglite.waitReady;
    const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) });
    return {
      db,
      engine: 'pglite',
      close: () => db.destroy().finally(unlock),
      dumpDataDir: () => pglite.dumpDataDir('gzip'),
    };
  } catch (error) {
    unlock();
    throw error;
  }
}

// This process's lock: its pid and a random token. A container restarts its server as pid 1 again, so
// a pid alone would make the lock a crash left behind look held by the new process itself.
const ownLock = `${process.pid} ${randomBytes(8).toString('hex')}`;
// A takeover that crashed halfway leaves its marker; after this long it is not running any more.
const takeoverStaleMs = 10_000;

/**
 * PGlite is one process's database: a second process on the same folder (the CLI while the server runs)
 * would write behind the first one's back and lose or corrupt data. A lock file (created exclusively)
 * with the owner's pid and token keeps it to one. A lock whose process is gone is taken over under a
 * second exclusive file, the takeover marker: only its holder may delete a lock, and it looks again
 * once it holds it, so of two processes that both found the lock stale only one proceeds and no lock
 * is ever replaced behind its owner's back. Returns the release.
 */
export function lockDataDir(dataDir: string): () => void {
  const path = join(dataDir, 'klankbord.lock');
  const marker = `${path}.takeover`;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(path, ownLock, { flag: 'wx' });
      const release = () => {
        process.off('exit', release);
        // Only our own lock: never one another process holds.
        if (readLock(path) === ownLock) rmSync(path, { force: true });
      };
      process.on('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const content = readLock(path);
    if (content === undefined) continue; // gone in between: try again
    assertStale(dataDir, path, content);
    if (!takeMarker(marker)) throw inUse(dataDir, 'another process starting');
    try {
      // Under the marker nobody else deletes the lock; it may only have been replaced before we took it.
      const now = readLock(path);
      if (now !== undefined) {
        assertStale(dataDir, path, now);
        rmSync(path, { force: true });
      }
    } finally {
      rmSync(marker, { force: true });
    }
  }
  throw new DatabaseConnectError(`Cannot lock the embedded database in ${dataDir}: ${path} keeps changing.`);
}

/** Throws "in use" unless the lock was left by a process that is gone. */
function assertStale(dataDir: string, path: string, content: string): void {
  const [pidText = '', token] = content.split(' ');
  const owner = Number(pidText);
  // An empty lock may be one being written this instant; only an old one is left over from a crash.
  if (content === '' && Date.now() - (statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? 0) < 5000)
    throw inUse(dataDir, 'another process');
  // Our own pid with another token: a previous life of this pid (a container's pid 1), so stale.
  const alive = owner === process.pid ? `${owner} ${token}` === ownLock : isRunning(owner);
  if (alive) throw inUse(dataDir, `process ${owner}`);
}

/** Creates the takeover marker exclusively; one left by a crashed takeover is removed once old. */
function takeMarker(marker: string): boolean {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(marker, ownLock, { flag: 'wx' });
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const age = Date.now() - (statSync(marker, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
    if (age < takeoverStaleMs) return false;
    rmSync(marker, { force: true });
  }
  return false;
}

const readLock = (path: string): string | undefined => {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
};

const inUse = (dataDir: string, owner: string) =>
  new DatabaseConnectError(
    `The embedded database in ${dataDir} is in use by ${owner} (the server, or another command). ` +
      'Stop that first, or run both against PostgreSQL through DATABASE_URL.',
  );

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export class DatabaseConnectError extends Error {
  override name = 'DatabaseConnectError';
}

function describeConnectError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `Cannot connect to the database in DATABASE_URL: ${message}`;
}
