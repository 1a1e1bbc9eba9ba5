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
