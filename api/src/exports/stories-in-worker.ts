import { startWorker } from '../workers/start-worker.ts';
import type { StoryRedaction, StoryScope } from './write-stories.ts';

export interface StoryWorkerData {
  /** PostgreSQL URL: the worker opens a connection of its own. */
  url: string;
  /** From pg_export_snapshot() in the export's transaction, which stays open until the worker is done. */
  snapshot: string;
  scope: StoryScope;
  redaction: StoryRedaction;
  /** Folder the worker writes stories.csv and codings.csv into. */
  dir: string;
}

export type StoryWorkerMessage =
  { type: 'progress'; rows: number } | { type: 'done'; stories: number; codings: number };

export interface StoriesInWorker {
  /** Row counts once both files are written; rejects with the worker's error. */
  done: Promise<{ stories: number; codings: number }>;
  /** Stops the worker (after a failure elsewhere). */
  stop: () => Promise<void>;
}

/** Writes stories.csv and codings.csv into `data.dir` in a worker thread, reporting rows as they go. */
export function writeStoriesInWorker(data: StoryWorkerData, onBatch: (rows: number) => Promise<void>): StoriesInWorker {
  const worker = startWorker(new URL('./story-worker.ts', import.meta.url), data);
  let counts: { stories: number; codings: number } | undefined;
  const done = new Promise<{ stories: number; codings: number }>((resolve, reject) => {
    worker.on('message', (message: StoryWorkerMessage) => {
      if (message.type === 'progress') void onBatch(message.rows);
      else counts = { stories: message.stories, codings: message.codings };
    });
    worker.once('error', reject);
    worker.once('exit', (code) =>
      counts ? resolve(counts) : reject(new Error(`the story worker stopped (exit code ${code}) before it was done`)),
    );
  });
  // Awaited later; until then a failure must not count as unhandled.
  done.catch(() => {});
  return { done, stop: async () => void (await worker.terminate()) };
}
