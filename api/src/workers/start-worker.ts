import { Worker } from 'node:worker_threads';

/**
 * Starts `module` (a TypeScript file, as a URL) in a worker thread with `data` as its workerData.data.
 * @example startWorker(new URL('./definition-worker.ts', import.meta.url), {});
 */
export function startWorker(module: URL, data: unknown): Worker {
  return new Worker(new URL('./typescript-worker.mjs', import.meta.url), {
    workerData: { module: module.href, data },
  });
}
