import type { Worker } from 'node:worker_threads';
import { AppError } from '../errors.ts';
import { startWorker } from '../workers/start-worker.ts';
import { definitionShapeProblem } from './definition-limits.ts';
import { type DefinitionResult, parseDefinitionText } from './validate-definition.ts';

/** How long one validation may take in the worker before it is stopped and the definition refused. */
export const validationTimeoutMs = 10_000;
/** Validations waiting for the worker; past this the server is busy (503). */
const maxQueued = 16;

interface Task {
  id: number;
  definition: unknown;
  resolve: (result: DefinitionResult) => void;
  reject: (error: unknown) => void;
}

let worker: Worker | undefined;
let running: (Task & { timer: NodeJS.Timeout }) | undefined;
const queue: Task[] = [];
let nextId = 1;

function ensureWorker(): Worker {
  if (worker) return worker;
  const started = startWorker(new URL('./definition-worker.ts', import.meta.url), {});
  started.unref(); // an idle validator does not keep the process (or a test run) alive
  started.on('message', (message: { id: number; result: DefinitionResult }) => {
    if (!running || running.id !== message.id) return;
    clearTimeout(running.timer);
    running.resolve(message.result);
    running = undefined;
    runNext();
  });
  started.on('error', (error) => fail(error));
  started.on('exit', () => {
    if (worker !== started) return; // one stopped on purpose after a timeout
    worker = undefined;
    fail(new Error('The definition validator stopped.'));
  });
  worker = started;
  return started;
}

function fail(error: unknown): void {
  if (!running) return;
  clearTimeout(running.timer);
  running.reject(error);
  running = undefined;
  runNext();
}

function runNext(): void {
  const task = queue.shift();
  if (!task) return;
  const target = ensureWorker();
  const timer = setTimeout(() => {
    const timedOut = running;
    running = undefined;
    worker = undefined;
    void target.terminate(); // the only way to stop a busy thread; the next task starts a new one
    timedOut?.reject(
      new AppError(
        'definition_check_timeout',
        { seconds: validationTimeoutMs / 1000 },
        `Het controleren van deze vragenlijst duurde langer dan ${validationTimeoutMs / 1000} s; maak hem kleiner.`,
      ),
    );
    runNext();
  }, validationTimeoutMs);
  running = { ...task, timer };
  target.postMessage({ id: task.id, definition: task.definition });
}

/** Starts the worker ahead of the first check: loading tsx and survey-core in a new thread takes seconds. */
export function warmDefinitionValidator(): void {
  ensureWorker();
}

/**
 * validateDefinition within bounds: the shape limits are checked here (cheap, no recursion), survey-core
 * runs in a worker thread, one definition at a time, so the event loop never waits for it.
 */
export async function validateDefinitionOffThread(input: unknown): Promise<DefinitionResult> {
  const parsed = parseDefinitionText(input);
  if (!parsed.ok) return parsed;
  const { definition } = parsed;
  const tooLarge = definitionShapeProblem(definition);
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  if (queue.length >= maxQueued)
    throw new AppError(
      'definition_check_busy',
      {},
      'Too many questionnaires are being checked at once. Try again shortly.',
      undefined,
      {
        'retry-after': '5',
      },
    );
  return new Promise<DefinitionResult>((resolve, reject) => {
    queue.push({ id: nextId++, definition, resolve, reject });
    if (!running) runNext();
  });
}
