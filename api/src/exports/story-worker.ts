// A worker thread's module: writes an export's stories.csv and codings.csv on a PostgreSQL connection of
// its own, inside the snapshot the export's main transaction exported, so it sees exactly the rows the
// main thread sees. Redacting 200,000 stories is the export's heaviest work; here it runs on the second
// core while the main thread decides k-anonymity and writes responses.csv.
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { sql } from 'kysely';
import { createDatabase } from '../db/create-database.ts';
import type { StoryWorkerData, StoryWorkerMessage } from './stories-in-worker.ts';
import { TextFile } from './text-file.ts';
import { writeStoriesAndCodings } from './write-stories.ts';

const { data } = workerData as { data: StoryWorkerData };
const post = (message: StoryWorkerMessage) => parentPort?.postMessage(message);

const handle = await createDatabase({ engine: 'postgres', url: data.url, maxConnections: 1 });
try {
  const counts = await handle.db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (tx) => {
      await sql`set transaction snapshot ${sql.lit(data.snapshot)}`.execute(tx);
      return writeStoriesAndCodings(
        tx,
        (name) => TextFile.open(join(data.dir, name)),
        data.scope,
        data.redaction,
        async (rows) => post({ type: 'progress', rows }),
      );
    });
  post({ type: 'done', ...counts });
} finally {
  await handle.close();
}
