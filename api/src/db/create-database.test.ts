import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, DatabaseConnectError } from './create-database.ts';
import { createTestDatabase, type TestDatabase, testEngines } from './test-database.ts';

describe.each(testEngines)('both engines hand back the same values [%s]', (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
  });
  afterAll(() => t.close());

  it('returns count(*) and bigint as numbers, dates as YYYY-MM-DD, numeric as text', async () => {
    const { rows } = await sql<{ c: unknown; b: unknown; d: unknown; n: unknown }>`
      select count(*) as c, 9007199254740::bigint as b, '2026-03-01'::date as d, 1.5::numeric as n from (values (1), (2)) v(x)`.execute(
      t.db,
    );
    expect(rows[0]).toEqual({ c: 2, b: 9007199254740, d: '2026-03-01', n: '1.5' });
  });

  it('stores JSON text and plain values in a jsonb column as the same object', async () => {
    await t.db
      .insertInto('audit_log')
      .values({ action: 'test.text', user_id: null, details: JSON.stringify({ a: 1 }) })
      .execute();
    await t.db
      .insertInto('audit_log')
      .values({ action: 'test.value', user_id: null, details: { a: 1 } as never })
      .execute();
    const rows = await t.db
      .selectFrom('audit_log')
      .select(['details', sql<string>`jsonb_typeof(details)`.as('type')])
      .where('action', 'like', 'test.%')
      .execute();
    expect(rows).toEqual([
      { details: { a: 1 }, type: 'object' },
      { details: { a: 1 }, type: 'object' },
    ]);
  });
});

describe('a DATABASE_URL that cannot connect', () => {
  it('fails with one clear message and no stack of driver internals', async () => {
    const attempt = createDatabase({ engine: 'postgres', url: 'postgres://nobody@127.0.0.1:1/none' });
    await expect(attempt).rejects.toBeInstanceOf(DatabaseConnectError);
    await expect(attempt).rejects.toThrow(/^Cannot connect to the database in DATABASE_URL: .*ECONNREFUSED/);
  });
});

describe('an embedded database folder', () => {
  it('is opened by one process at a time, and a lock left by a process that is gone is taken over', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'klankbord-lock-'));
    try {
      const first = await createDatabase({ engine: 'pglite', dataDir });
      // The CLI while the server runs: refused with a message that says what to do.
      const second = createDatabase({ engine: 'pglite', dataDir });
      await expect(second).rejects.toBeInstanceOf(DatabaseConnectError);
      await expect(second).rejects.toThrow(`in use by process ${process.pid}`);
      await first.close();
      expect(existsSync(join(dataDir, 'klankbord.lock'))).toBe(false);

      // A crash (kill -9) leaves the lock behind; its process no longer exists.
      const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
        encoding: 'utf8',
      }).stdout;
      writeFileSync(join(dataDir, 'klankbord.lock'), dead);
      const again = await createDatabase({ engine: 'pglite', dataDir });
      expect(readFileSync(join(dataDir, 'klankbord.lock'), 'utf8')).toMatch(
        new RegExp(`^${process.pid} [0-9a-f]{16}$`),
      );
      await again.close();

      // An empty lock is one being written this instant, unless it is old.
      const lock = join(dataDir, 'klankbord.lock');
      writeFileSync(lock, '');
      await expect(createDatabase({ engine: 'pglite', dataDir })).rejects.toThrow('in use by another process');
      utimesSync(lock, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
      await (await createDatabase({ engine: 'pglite', dataDir })).close();
      expect(readdirSync(dataDir).filter((name) => name.startsWith('klankbord.lock'))).toEqual([]);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
