// Benchmark of the three analysis views on a synthetic data set (see BENCHMARKS.md).
// Usage: DATABASE_URL=postgres://… pnpm bench:analysis [--runs 3] [--reference-only]
// (--reference-only skips the three national views and times only the reference benchmark, issue 17;
// --explain also prints EXPLAIN (ANALYZE, BUFFERS) of the reference's statement, to judge a busy machine)
// The database must hold `pnpm seed:synthetic` data; it is ANALYZEd first, as autovacuum would after a load.
import { benchUser } from './bench-user.ts';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { Kysely, sql } from 'kysely';
import { PostgresJSDialect } from 'kysely-postgres-js';
import postgres from 'postgres';
import type { Database } from '../src/db/database.ts';
import { nationalView, organisationView, type View } from '../src/analysis/service.ts';
import { createDatabase } from '../src/db/create-database.ts';
import { forgetReferences, installationReference, referenceView } from '../src/analysis/reference.ts';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('Set DATABASE_URL to a Postgres database with synthetic data.');
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1] || 3) || 3;
const referenceOnly = process.argv.includes('--reference-only');
const handle = await createDatabase({ engine: 'postgres', url });
const { db } = handle;
await sql`analyze`.execute(db);

const counts = await sql<{ responses: number; stories: number; schools: number }>`
  select (select count(*) from responses)::int as responses, (select count(*) from stories)::int as stories,
    (select count(*) from schools)::int as schools`.execute(db);
const swv = await db
  .selectFrom('organisations')
  .select(['id', 'slug'])
  .where('slug', '=', 'syn-swv-001')
  .executeTakeFirstOrThrow();
const wave = await db
  .selectFrom('waves')
  .select('id')
  .where('organisation_id', '=', swv.id)
  .where('year', '=', 2026)
  .where('audience', '=', 'ouder')
  .executeTakeFirstOrThrow();
const researcher = benchUser(swv.id, 'researcher');

const views: [string, View][] = referenceOnly
  ? []
  : [
      ['themes by sector', { view: 'themes', by: 'sector' }],
      ['questions vei_veilig by sector', { view: 'questions', question: 'vei_veilig', by: 'sector' }],
      ['schools', { view: 'schools' }],
    ];
let peakRss = process.memoryUsage().rss;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
async function time(run: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  return median(times);
}

const rows: string[] = [];
for (const [name, view] of views) {
  const national = await time(() => nationalView(db, { year: 2026, audience: 'ouder', minimum: 10 }, view));
  const one = await time(() =>
    organisationView(db, researcher, { organisation: swv.slug, wave: wave.id, minimum: 10 }, view),
  );
  rows.push(`| ${name} | ${national.toFixed(0)} ms | ${one.toFixed(0)} ms |`);
}
// Reference benchmark (issue 17): the whole installation's reference (every taking-part school of the
// year and audience, per sector and item) loaded afresh, and one school's comparison with it.
const version = await db
  .selectFrom('waves')
  .select('survey_version_id')
  .where('id', '=', wave.id)
  .executeTakeFirstOrThrow();
const takingPart = await sql<{ n: number }>`
  select count(*)::int as n from organisations where reference_benchmark`.execute(db);
let cpuLine = '';
const cpuStarted = process.cpuUsage();
const national = await time(async () => {
  forgetReferences();
  await installationReference(db, {
    year: 2026,
    audience: 'ouder',
    surveyVersionId: version.survey_version_id,
    installationMinimum: 10,
  });
});
const cpuUsed = process.cpuUsage(cpuStarted);
const nodeCpu = (cpuUsed.user + cpuUsed.system) / 1000 / runs;
const school = await db
  .selectFrom('schools')
  .innerJoin('organisations', 'organisations.id', 'schools.organisation_id')
  .select('schools.id')
  .where('organisations.parent_id', '=', swv.id)
  .where('schools.sector', '=', 'po')
  .orderBy('schools.pupil_count', 'desc')
  .executeTakeFirstOrThrow();
const oneSchool = () =>
  referenceView(db, researcher, { organisation: swv.slug, wave: wave.id, school: school.id, installationMinimum: 10 });
const schoolCold = await time(async () => {
  forgetReferences();
  await oneSchool();
});
await oneSchool();
const schoolWarm = await time(oneSchool);
if (process.argv.includes('--explain')) {
  // The reference's one statement as run, caught from Kysely's log and explained with its parameters.
  const client = postgres(url, { max: 1, onnotice: () => {} });
  const statements: { sql: string; parameters: readonly unknown[] }[] = [];
  const logged = new Kysely<Database>({
    dialect: new PostgresJSDialect({ postgres: client }),
    log: (event) => void statements.push(event.query),
  });
  forgetReferences();
  await installationReference(logged, {
    year: 2026,
    audience: 'ouder',
    surveyVersionId: version.survey_version_id,
    installationMinimum: 10,
  });
  const statement = statements.find((q) => q.sql.includes('taking_part'))!;
  // In a transaction with the settings the reference sets for its statement (set local work_mem).
  const plan = await client.begin(async (tx) => {
    for (const setting of statements.filter((q) => q.sql.startsWith('set local'))) await tx.unsafe(setting.sql);
    return tx.unsafe(`explain (analyze, buffers) ${statement.sql}`, statement.parameters as never[]);
  });
  console.log(`EXPLAIN (ANALYZE, BUFFERS) of the reference statement:\n${plan.map((r) => r['QUERY PLAN']).join('\n')}`);
  // CPU time is what a quiet machine would need at most; wall time on a shared machine is mostly waiting.
  // The database server's share: its backend's user + system time (/proc, same machine) over the statement
  // (run once more, in the same way as the reference runs it).
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++)
    await client.begin(async (tx) => {
      const pid = Number((await tx`select pg_backend_pid() as pid`)[0]!.pid);
      const ticks = () => {
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
        return Number(fields[11]) + Number(fields[12]); // utime + stime, in clock ticks (1/100 s)
      };
      for (const setting of statements.filter((q) => q.sql.startsWith('set local'))) await tx.unsafe(setting.sql);
      // Without parallel workers, so that all of the statement's work is in this one backend's figures.
      await tx`set local max_parallel_workers_per_gather = 0`;
      const before = ticks();
      await tx.unsafe(statement.sql, statement.parameters as never[]);
      cpu.push((ticks() - before) * 10);
    });
  cpuLine = `CPU time of the reference statement in the database (median of ${runs}): ${median(cpu)} ms; of this process per whole-installation reference: ${nodeCpu.toFixed(0)} ms`;
  await logged.destroy();
}
const sample = (await oneSchool()).schools[0]?.items[0];
rows.push(
  `| reference benchmark, whole installation (loaded afresh) | ${national.toFixed(0)} ms | — |`,
  `| reference: one school's comparison (reference already loaded) | — | ${schoolWarm.toFixed(0)} ms |`,
  `| reference: one school's comparison (reference loaded afresh) | — | ${schoolCold.toFixed(0)} ms |`,
);
const c = counts.rows[0]!;
// The machine is often shared: the load average beside the figures says how far to trust them.
console.log(
  `Load average (1, 5, 15 min) at the end: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')}`,
);
console.log(`Data: ${c.schools} schools, ${c.responses} responses, ${c.stories} stories; median of ${runs} runs.`);
console.log('| view | whole country | one SWV (syn-swv-001) |\n|---|---|---|');
for (const row of rows) console.log(row);
console.log(
  `Reference: ${takingPart.rows[0]!.n} organisations take part; school ${school.id}, first item: ${JSON.stringify(sample?.reference)} percentile ${sample?.percentile?.toFixed(1)}`,
);
if (cpuLine) console.log(cpuLine);
console.log(`Peak RSS of this process: ${(peakRss / 1024 / 1024).toFixed(0)} MB`);
await handle.close();
