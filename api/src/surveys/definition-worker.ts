import { parentPort } from 'node:worker_threads';
import { validateDefinition } from './validate-definition.ts';

// Runs survey-core's checks off the main thread: loading a large definition takes survey-core up to a
// second, and requests of respondents must not wait for it.
parentPort?.on('message', (message: { id: number; definition: unknown }) => {
  parentPort?.postMessage({ id: message.id, result: validateDefinition(message.definition) });
});
