// Export options benchmark (issue 16 item 6): what the export page waits for when it opens — the options
// (with the proposed quasi-identifiers) and then the estimate of that proposal for every wave — timed per run.
//   pnpm bench:export-options                 demo data seeded into an in-memory PGlite
//   DATABASE_URL=postgres://… BENCH_ORGANISATION=syn-swv-001 pnpm bench:export-options
//                                             a `seed:synthetic` database on PostgreSQL
//   --runs N (default 5): the median and the slowest run are printed.
import { benchUser } from './bench-user.ts';
import { loadavg } from 'node:os';
import { sql } from 'kysely';
import { createDatabase } from '../src/db/create-database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { ensureDemoData } from '../src/demo/seed-demo.ts';
import { exportEstimate, exportOptions } from '../src/exports/service.ts';

const url = process.env.DATABASE_URL;
const slug = process.env.BENCH_ORGANISATION ?? (url ? 'syn-swv-001' : 'demo');
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1] || 5) || 5;

const handle = url ? await createDatabase({ engine: 'postgres', url }) : await createDatabase({ engine: 'pglite' });
const { db } = handle;
if (!url) {
  const migrated = await migrateToLatest(db);
  if (!migrated.ok) throw new Error(`migration ${migrated.failed} failed: ${migrated.message}`);
  await ensureDemoData(db, { seedIfEmpty: true, password: 'bench-wachtwoord' });
}
await sql`analyze`.execute(db);

const organisation = await db
  .selectFrom('organisations')
  .select('id')
  .where('slug', '=', slug)
  .executeTakeFirstOrThrow();
const researcher = benchUser(organisation.id, 'researcher');
const deps = { db, engine: handle.engine, minCellSize: 10 };
const responses = await db
  .selectFrom('responses')
  .select((eb) => eb.fn.countAll<number>().as('n'))
  .where('status', '=', 'complete')
  .executeTakeFirstOrThrow();

const timings: { options: number; estimate: number; total: number; cpu: number }[] = [];
let proposal: string[] = [];
for (let run = 0; run < runs; run += 1) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const options = await exportOptions(deps, researcher, slug);
  const between = performance.now();
  await exportEstimate(deps, researcher, {
    organisation: slug,
    waves: options.waves.map((w) => w.id),
    k: options.k,
    quasiIdentifiers: options.quasiIdentifiers.defaults,
  });
  const finished = performance.now();
  proposal = options.quasiIdentifiers.defaults;
  const used = process.cpuUsage(cpu);
  timings.push({
    options: between - started,
    estimate: finished - between,
    total: finished - started,
    cpu: (used.user + used.system) / 1000,
  });
}
await handle.close();

const seconds = (ms: number) => +(ms / 1000).toFixed(2);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
console.log(
  JSON.stringify(
    {
      engine: handle.engine,
      organisation: slug,
      completeResponses: Number(responses.n),
      proposal,
      runs,
      medianSeconds: {
        options: seconds(median(timings.map((t) => t.options))),
        estimate: seconds(median(timings.map((t) => t.estimate))),
        total: seconds(median(timings.map((t) => t.total))),
        // This process's own CPU (not the database's): on a busy machine the wall time says less.
        nodeCpu: seconds(median(timings.map((t) => t.cpu))),
      },
      slowestSeconds: seconds(Math.max(...timings.map((t) => t.total))),
      loadAverage: +loadavg()[0]!.toFixed(1),
    },
    null,
    2,
  ),
);
