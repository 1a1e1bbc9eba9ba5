import { migrations } from '@klankbord/migrations';
import { type Kysely, sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import type { Database } from '../db/database.ts';
import { type TestDatabase, testEngines } from '../db/test-database.ts';
import { sweepExpiredAnswers } from '../organisations/retention.ts';
import { demoDatabaseAndApp, json, validParentAnswers } from '../respondents/test-helpers.ts';
import { seedSynthetic } from '../synthetic/seed-synthetic.ts';
import { bodyOf } from '../test-support/access-fixture.ts';

// The counts the reference reads (migration 20) must equal, after every kind of write, a count made
// afresh from the responses themselves. The recount here is written independently of the triggers:
// per complete response with a school, +1 for its wave × school and for each answer that is an integer
// of at most 3 digits (a number or a string, as the reading of the JSON accepted it).

type Counts = { schools: string[]; answers: string[] };

async function recount(db: Kysely<Database>): Promise<Counts> {
  const rows = await db.selectFrom('responses').select(['wave_id', 'school_id', 'status', 'answers']).execute();
  const schools = new Map<string, number>();
  const answers = new Map<string, number>();
  const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const r of rows) {
    if (r.status !== 'complete' || r.school_id === null) continue;
    add(schools, `${r.wave_id}|${r.school_id}`);
    for (const [item, value] of Object.entries(r.answers))
      if ((typeof value === 'number' || typeof value === 'string') && /^-?\d{1,3}$/.test(String(value)))
        add(answers, `${r.wave_id}|${r.school_id}|${item}|${String(value)}`);
  }
  const list = (map: Map<string, number>) => [...map].map(([key, n]) => `${key}=${n}`).sort();
  return { schools: list(schools), answers: list(answers) };
}

async function kept(db: Kysely<Database>): Promise<Counts> {
  const schools = await db.selectFrom('response_school_counts').selectAll().execute();
  const answers = await db.selectFrom('response_answer_counts').selectAll().execute();
  return {
    schools: schools.map((r) => `${r.wave_id}|${r.school_id}=${r.responses}`).sort(),
    answers: answers.map((r) => `${r.wave_id}|${r.school_id}|${r.item}|${r.value}=${r.responses}`).sort(),
  };
}

async function expectConsistent(db: Kysely<Database>): Promise<Counts> {
  const expected = await recount(db);
  expect(await kept(db)).toEqual(expected);
  return expected;
}

const url = (path: string) => `http://localhost/api/public${path}`;

describe.each(testEngines)('response counts kept for the reference [%s]', (engine) => {
  let t: TestDatabase;
  let app: ReturnType<typeof createApp>;
  let schoolId: number;
  const submit = (body: Record<string, unknown>) =>
    app.request(url('/responses'), json({ locale: 'nl', role: 'ouder', complete: true, ...body }));
  const schoolCount = async () =>
    (
      await sql<{ n: number }>`select coalesce(sum(c.responses), 0)::int as n from response_school_counts c
        join waves w on w.id = c.wave_id where c.school_id = ${schoolId} and w.year = 2026 and w.audience = 'ouder'`.execute(
        t.db,
      )
    ).rows[0]!.n;

  beforeAll(async () => {
    ({ t, app } = await demoDatabaseAndApp(engine));
    schoolId = (await t.db.selectFrom('schools').select('id').where('brin', '=', '91AA').executeTakeFirstOrThrow()).id;
  }, 180_000);
  afterAll(() => t.close());

  it('counts the demo seed as it was loaded', async () => {
    const counts = await expectConsistent(t.db);
    expect(counts.schools.length).toBeGreaterThan(10);
  });

  it('follows a submitted response, a partial one continued, and a deletion by the respondent', async () => {
    const before = await schoolCount();
    expect((await submit({ code: 'demo-ouders', schoolId, answers: validParentAnswers() })).status).toBe(201);
    expect(await schoolCount()).toBe(before + 1);
    await expectConsistent(t.db);

    const partial = await bodyOf(
      await submit({ code: '91aa-ouders-2026', complete: false, answers: { ach_schoolsoort: 'po', vei_veilig: 2 } }),
    );
    // A partial response is not counted: only complete ones are figures.
    expect(await schoolCount()).toBe(before + 1);
    await expectConsistent(t.db);
    const done = await submit({ resumeCode: partial.resumeCode, answers: validParentAnswers() });
    expect(done.status).toBe(201);
    expect(await schoolCount()).toBe(before + 2);
    await expectConsistent(t.db);

    expect((await app.request(url(`/receipts/${partial.receiptCode}`), { method: 'DELETE' })).status).toBe(204);
    expect(await schoolCount()).toBe(before + 1);
    await expectConsistent(t.db);
  });

  it('follows a response moved to no school (a deleted school) and changed answers', async () => {
    const some = await t.db.selectFrom('responses').select('id').where('status', '=', 'complete').limit(3).execute();
    await t.db.updateTable('responses').set({ school_id: null }).where('id', '=', some[0]!.id).execute();
    await t.db
      .updateTable('responses')
      .set({ answers: JSON.stringify({ vei_veilig: '4', vei_pesten: 3.5, rol_meedoen: 'weet_niet' }) })
      .where('id', 'in', [some[1]!.id, some[2]!.id])
      .execute();
    await expectConsistent(t.db);
  });

  it('follows the retention purge: the purged waves are gone from the counts', async () => {
    const { responses } = await sweepExpiredAnswers(t.db, '2100-01-01');
    expect(responses).toBeGreaterThan(0);
    const counts = await expectConsistent(t.db);
    expect(counts).toEqual({ schools: [], answers: [] });
  });

  it('follows a synthetic seed, and counts existing responses when the migration is applied', async () => {
    await seedSynthetic(t.db, { schools: 30, responses: 400, stories: 1, seed: 7, quiet: true });
    const counts = await expectConsistent(t.db);
    expect(counts.schools.length).toBeGreaterThan(20);

    // Back to migration 19 (the counts and their triggers gone) and forward again: the backfill.
    const migrator = new Migrator({ db: t.db, provider: { getMigrations: async () => migrations } });
    const names = Object.keys(migrations);
    const down = await migrator.migrateTo(names[names.indexOf('2026-12-06_20_reference_aggregate') - 1]!);
    expect(down.error).toBeUndefined();
    await t.db
      .deleteFrom('responses')
      .where('id', 'in', [(await t.db.selectFrom('responses').select('id').limit(1).executeTakeFirstOrThrow()).id])
      .execute();
    const up = await migrator.migrateToLatest();
    expect(up.error).toBeUndefined();
    await expectConsistent(t.db);
  }, 120_000);

  it.runIf(engine === 'postgres')('stays exact under concurrent writers to the same schools', async () => {
    const rows = await t.db
      .selectFrom('responses')
      .select(['wave_id', 'school_id', 'role', 'locale', 'answers', 'submitted_on'])
      .where('status', '=', 'complete')
      .limit(40)
      .execute();
    // Eight writers at once, each inserting the same rows in its own order and deleting some of them.
    await Promise.all(
      Array.from({ length: 8 }, (_, w) =>
        t.db.transaction().execute(async (tx) => {
          const mine = w % 2 ? [...rows].reverse() : rows;
          const ids = await tx
            .insertInto('responses')
            .values(
              mine.map((r, i) => ({
                ...r,
                answers: JSON.stringify(r.answers),
                status: 'complete' as const,
                receipt_hash: `concurrent-${w}-${i}`,
              })),
            )
            .returning('id')
            .execute();
          await tx
            .deleteFrom('responses')
            .where(
              'id',
              'in',
              ids.slice(0, w + 1).map((r) => r.id),
            )
            .execute();
        }),
      ),
    );
    await expectConsistent(t.db);
  });
});
