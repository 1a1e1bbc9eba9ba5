import { type Kysely, sql } from 'kysely';
import { latestMigration, migrations } from '@klankbord/migrations';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateAllDown, migrateToLatest } from './migrate.ts';
import { createTestDatabase, type TestDatabase, testEngines } from './test-database.ts';

const domainTables = [
  'organisations',
  'schools',
  'users',
  'memberships',
  'sessions',
  'codebooks',
  'themes',
  'surveys',
  'survey_versions',
  'waves',
  'invitations',
  'responses',
  'stories',
  'codings',
  'signals',
  'actions',
  'exports',
  'audit_log',
];

async function publicTables(t: TestDatabase): Promise<string[]> {
  const { rows } = await sql<{ table_name: string }>`
    select table_name from information_schema.tables
    where table_schema = 'public' and table_name not like 'kysely_%' order by table_name`.execute(t.db);
  return rows.map((r) => r.table_name);
}

describe.each(testEngines)('migrations [%s]', (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(engine, { migrate: false });
  });
  afterAll(() => t.close());

  it('creates every table of the domain model, removes them all going down, and comes back up', async () => {
    const up = await migrateToLatest(t.db);
    expect(up).toEqual({ ok: true, applied: Object.keys(migrations), latest: latestMigration });
    expect(await publicTables(t)).toEqual(expect.arrayContaining(domainTables));

    const down = await migrateAllDown(t.db);
    expect(down.ok).toBe(true);
    expect(await publicTables(t)).toEqual([]);

    const again = await migrateToLatest(t.db);
    expect(again.ok && again.latest).toBe(latestMigration);
    expect(await publicTables(t)).toEqual(expect.arrayContaining(domainTables));
  });

  it('rolls the whole batch back when a migration fails, and says which one', async () => {
    await migrateAllDown(t.db);
    const broken = {
      ...migrations,
      '2099-01-01_broken': {
        up: async (db: Kysely<any>) => void (await sql`create table broken (x nonexisting_type)`.execute(db)),
      },
    };
    const result = await migrateToLatest(t.db, broken);
    expect(result).toMatchObject({ ok: false, failed: '2099-01-01_broken' });
    expect(result.ok || result.message).toMatch(/nonexisting_type/);
    expect(await publicTables(t)).toEqual([]);
    expect((await migrateToLatest(t.db)).ok).toBe(true);
  });

  it('stores no IP address, user agent or exact time with responses and stories', async () => {
    const { rows } = await sql<{ table_name: string; column_name: string; data_type: string }>`
      select table_name, column_name, data_type from information_schema.columns
      where table_schema = 'public' and table_name in ('responses', 'stories')`.execute(t.db);
    expect(rows.length).toBeGreaterThan(10);
    for (const column of rows) {
      expect(column.column_name).not.toMatch(/(^|_)ip(_|$)|agent|address|created_at|updated_at|time/);
      expect(column.data_type).not.toMatch(/timestamp|time/);
    }
  });

  it('rejects rows that break the schema rules, and leaves nothing behind', async () => {
    const insertSchool = sql`insert into schools (organisation_id, name, brin, sector, municipality)
      values (999, 'Nergens', '12AB', 'po', 'Alkmaar')`;
    await expect(insertSchool.execute(t.db)).rejects.toThrow(/foreign key/);
    const badSector = sql`insert into organisations (slug, name, kind) values ('x-y', 'X', 'gemeente')`;
    await expect(badSector.execute(t.db)).rejects.toThrow(/check constraint/);
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from organisations`.execute(t.db);
    expect(rows[0]?.n).toBe(0);
  });
});
