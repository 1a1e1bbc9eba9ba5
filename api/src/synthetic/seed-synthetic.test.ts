import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase, testEngines } from '../db/test-database.ts';
import { seedSynthetic } from './seed-synthetic.ts';

async function fingerprint(t: TestDatabase) {
  const { rows } = await sql<{ responses: number; stories: number; schools: number; answers: string; sectors: string }>`
    select (select count(*)::int from responses) as responses,
           (select count(*)::int from stories) as stories,
           (select count(*)::int from schools) as schools,
           (select md5(string_agg(answers::text, '|' order by id)) from responses) as answers,
           (select string_agg(sector || ':' || n, ',' order by sector) from (select sector, count(*) n from schools group by sector) s) as sectors`.execute(
    t.db,
  );
  return rows[0];
}

describe.each(testEngines)('synthetic data [%s]', (engine) => {
  let a: TestDatabase;
  let b: TestDatabase;
  beforeAll(async () => {
    [a, b] = await Promise.all([createTestDatabase(engine), createTestDatabase(engine)]);
  });
  afterAll(async () => {
    await Promise.all([a.close(), b.close()]);
  });

  it('loads the asked numbers, the same data for the same seed', async () => {
    const options = { schools: 120, responses: 6000, stories: 800, seed: 7, quiet: true };
    await seedSynthetic(a.db, options);
    await seedSynthetic(b.db, options);
    const first = await fingerprint(a);
    expect(first).toMatchObject({ responses: 6000, stories: 800, schools: 120 });
    expect(await fingerprint(b)).toEqual(first);
  });

  it('gives answer distributions that differ by sector and year, as real data does', async () => {
    const { rows } = await sql<{ sector: string; year: number; mean: string }>`
      select s.sector, w.year, avg((r.answers->>'vei_veilig')::numeric) as mean
      from responses r join schools s on s.id = r.school_id join waves w on w.id = r.wave_id
      where r.status = 'complete' and w.audience = 'ouder' and r.answers ? 'vei_veilig'
      group by s.sector, w.year`.execute(a.db);
    const means = rows.map((r) => Number(r.mean));
    expect(rows.length).toBeGreaterThan(4);
    expect(Math.max(...means) - Math.min(...means)).toBeGreaterThan(0.1);
  });

  it('refuses to load twice into the same database, and the refusal writes nothing', async () => {
    const before = await fingerprint(a);
    await expect(seedSynthetic(a.db, { schools: 5, responses: 10, stories: 1, seed: 1, quiet: true })).rejects.toThrow(
      /already holds synthetic data/,
    );
    expect(await fingerprint(a)).toEqual(before);
  });
});
