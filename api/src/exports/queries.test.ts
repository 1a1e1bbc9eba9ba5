import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase, testEngines } from '../db/test-database.ts';
import { cursorBatches } from './queries.ts';

describe.each(testEngines)('cursorBatches [%s]', (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(engine, { migrate: false });
  });
  afterAll(() => t.close());

  const all = async <T>(query: ReturnType<typeof sql<T>>, batchSize: number) =>
    t.db.transaction().execute(async (tx) => {
      const rows: T[] = [];
      for await (const batch of cursorBatches(tx, 'same_label', query, batchSize)) rows.push(...batch);
      return rows;
    });

  it('streams every row in order, in batches', async () => {
    const rows = await all(sql<{ n: number }>`select n from generate_series(1, 12) as n`, 5);
    expect(rows.map((row) => row.n)).toEqual([...Array(12).keys()].map((i) => i + 1));
  });

  it('reads a second query under the same label with its own columns, on the same connection', async () => {
    // Two exports with other quasi-identifiers declare cursors with other columns one after the other.
    const rows = await t.db.transaction().execute(async (tx) => {
      const seen: unknown[] = [];
      const first = sql<{ a: number }>`select n as a from generate_series(1, 3) as n`;
      const second = sql<{ b: string; c: unknown }>`select 'x' || n as b, jsonb_build_array(n, 'y') as c
        from generate_series(1, 3) as n`;
      for await (const batch of cursorBatches(tx, 'same_label', first, 2)) seen.push(...batch);
      for await (const batch of cursorBatches(tx, 'same_label', second, 2)) seen.push(...batch);
      return seen;
    });
    expect(rows).toEqual([
      { a: 1 },
      { a: 2 },
      { a: 3 },
      { b: 'x1', c: [1, 'y'] },
      { b: 'x2', c: [2, 'y'] },
      { b: 'x3', c: [3, 'y'] },
    ]);
  });
});
