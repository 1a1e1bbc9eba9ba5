// Export benchmark (issue 7): the researcher export of the whole synthetic national data set (every wave
// of every organisation) on PostgreSQL, with the default quasi-identifiers, k = 5 and stories, to a ZIP.
// Measures wall time and peak RSS (sampled every 50 ms, plus the process's own maximum).
//   pnpm bench:export     (DATABASE_URL, default postgres://postgres@127.0.0.1:5432/klankbord_bench_1m)
//   BENCH_STORIES=0 leaves stories out; BENCH_ORGANISATION=<slug> exports one organisation.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase } from '../src/db/create-database.ts';
import { exportQuestions, quasiIdentifierChoices } from '../src/exports/export-variables.ts';
import { wavesForOrganisation } from '../src/exports/queries.ts';
import { writeExportFiles } from '../src/exports/run-export.ts';
import { zipFiles } from '../src/exports/zip-export.ts';

const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/klankbord_bench_1m';
const includeStories = process.env.BENCH_STORIES !== '0';
const slug = process.env.BENCH_ORGANISATION;

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);

const handle = await createDatabase({ engine: 'postgres', url, maxConnections: 2 });
const organisations = await handle.db.selectFrom('organisations').select(['id', 'slug', 'parent_id']).execute();
const chosen = slug ? organisations.filter((o) => o.slug === slug) : organisations.filter((o) => o.parent_id === null);
const waves = (await Promise.all(chosen.map((o) => wavesForOrganisation(handle.db, o.id, null)))).flat();
const uniqueWaves = [...new Map(waves.map((w) => [w.id, w])).values()];
const { defaults } = quasiIdentifierChoices(exportQuestions(uniqueWaves.map((w) => w.definition)), uniqueWaves.length);
const dir = await mkdtemp(join(tmpdir(), 'klankbord-export-bench-'));

const started = performance.now();
let lastProgress = 0;
const outcome = await writeExportFiles(
  handle.db,
  {
    organisationIds: organisations.map((o) => o.id),
    boardId: null,
    waves: uniqueWaves,
    allWaves: true,
    k: 5,
    quasiIdentifiers: defaults,
    includeStories,
  },
  join(dir, 'files'),
  async (share) => {
    if (share - lastProgress >= 0.1) {
      lastProgress = share;
      console.error(`  ${(share * 100).toFixed(0)} % after ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
  },
);
const filesDone = performance.now();
await zipFiles(join(dir, 'files'), outcome.files, join(dir, 'export.zip'));
const finished = performance.now();
clearInterval(sampler);
peakRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);
const zipBytes = (await stat(join(dir, 'export.zip'))).size;
await rm(dir, { recursive: true, force: true });
await handle.close();

console.log(
  JSON.stringify(
    {
      waves: uniqueWaves.length,
      quasiIdentifiers: defaults,
      rowCounts: outcome.rowCounts,
      disclosure: { ...outcome.disclosure, stories: undefined },
      seconds: {
        files: +((filesDone - started) / 1000).toFixed(1),
        zip: +((finished - filesDone) / 1000).toFixed(1),
        total: +((finished - started) / 1000).toFixed(1),
      },
      peakRssMb: Math.round(peakRss / 1024 / 1024),
      zipMb: +(zipBytes / 1024 / 1024).toFixed(1),
    },
    null,
    2,
  ),
);
