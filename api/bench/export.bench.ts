// Export benchmark (issue 7): the researcher export of the whole synthetic national data set (every wave
// of every organisation) on PostgreSQL, with every candidate quasi-identifier (the widest set), k = 5 and stories,
// streamed into a ZIP as the API does.
// Measures wall time and peak RSS (sampled every 50 ms, plus the process's own maximum).
//   pnpm bench:export     (DATABASE_URL, default postgres://postgres@127.0.0.1:5432/klankbord_bench_1m)
//   BENCH_STORIES=0 leaves stories out; BENCH_ORGANISATION=<slug> exports one organisation;
//   BENCH_REFI_QDA=1 adds codebook.qdc and project.qdpx (a second pass over the stories).
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase } from '../src/db/create-database.ts';
import { zipSink } from '../src/exports/export-sink.ts';
import { exportQuestions, quasiIdentifierChoices } from '../src/exports/export-variables.ts';
import { wavesForOrganisation } from '../src/exports/queries.ts';
import { type ExportPlan, writeExportFiles } from '../src/exports/run-export.ts';
import { planExport } from '../src/exports/service.ts';

const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/klankbord_bench_1m';
const includeStories = process.env.BENCH_STORIES !== '0';
const slug = process.env.BENCH_ORGANISATION;
const refiQda = process.env.BENCH_REFI_QDA === '1';

let peakRss = process.memoryUsage().rss;
// What the resident set held at its highest sample, and how far the export was then.
let atPeak = { heapUsedMb: 0, heapTotalMb: 0, arrayBuffersMb: 0, progress: 0 };
let progress = 0;
const sampler = setInterval(() => {
  const memory = process.memoryUsage();
  if (memory.rss <= peakRss) return;
  peakRss = memory.rss;
  const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
  atPeak = {
    heapUsedMb: mb(memory.heapUsed),
    heapTotalMb: mb(memory.heapTotal),
    arrayBuffersMb: mb(memory.arrayBuffers),
    progress,
  };
}, 50);

const handle = await createDatabase({ engine: 'postgres', url, maxConnections: 2 });
const plan = slug ? await organisationPlan(slug) : await nationalPlan();
const dir = await mkdtemp(join(tmpdir(), 'klankbord-export-bench-'));

const started = performance.now();
let lastProgress = 0;
let decided = 0; // pass 1 and the k-anonymity decision end where the first progress is reported
const outcome = await writeExportFiles(handle.db, plan, zipSink(join(dir, 'export.zip')), {
  onProgress: async (share) => {
    decided ||= performance.now();
    progress = +share.toFixed(2);
    if (share - lastProgress >= 0.1) {
      lastProgress = share;
      console.error(`  ${(share * 100).toFixed(0)} % after ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
  },
});
const finished = performance.now();
clearInterval(sampler);
peakRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);
const zipBytes = (await stat(join(dir, 'export.zip'))).size;
await rm(dir, { recursive: true, force: true });
await handle.close();

console.log(
  JSON.stringify(
    {
      waves: plan.waves.length,
      quasiIdentifiers: plan.quasiIdentifiers,
      rowCounts: outcome.rowCounts,
      disclosure: { ...outcome.disclosure, stories: undefined },
      seconds: {
        decided: +((decided - started) / 1000).toFixed(1),
        total: +((finished - started) / 1000).toFixed(1),
      },
      peakRssMb: Math.round(peakRss / 1024 / 1024),
      atPeakSample: atPeak,
      zipMb: +(zipBytes / 1024 / 1024).toFixed(1),
    },
    null,
    2,
  ),
);

/** One organisation's export, planned exactly as the API and CLI plan it. */
async function organisationPlan(slug: string): Promise<ExportPlan> {
  const organisation = await handle.db
    .selectFrom('organisations')
    .select(['id', 'slug', 'name', 'kind', 'parent_id'])
    .where('slug', '=', slug)
    .executeTakeFirstOrThrow();
  return (await planExport(handle.db, organisation, { k: 5, includeStories, refiQda })).plan;
}

/** There is no national organisation: every wave and story of every SWV and board, every candidate quasi-identifier. */
async function nationalPlan(): Promise<ExportPlan> {
  const organisations = await handle.db.selectFrom('organisations').select(['id', 'parent_id']).execute();
  const swvs = organisations.filter((o) => o.parent_id === null);
  const waves = (await Promise.all(swvs.map((o) => wavesForOrganisation(handle.db, o)))).flat();
  const { candidates } = quasiIdentifierChoices(exportQuestions(waves.map((w) => w.definition)), waves.length);
  return {
    organisationIds: organisations.map((o) => o.id),
    boardId: null,
    waves,
    allWaves: true,
    k: 5,
    quasiIdentifiers: candidates,
    includeStories,
    refiQda,
  };
}
