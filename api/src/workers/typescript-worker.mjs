// Entry of every worker thread: a worker starts as plain Node, without the TypeScript loader of the
// process that started it (vitest, or tsx in production), so it registers tsx and then loads its module.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
