import type { AppType } from '@klankbord/api/app';
import { hc } from 'hono/client';

import { legacyReadJson } from './api-error.ts';
export { ApiError, legacyReadJson, readJson, type ResponseBody, type ResultOf } from './api-error.ts';

/**
 * The one typed client for the api (staff pages): paths, inputs and outputs are the server's own route
 * types (`import type`: no api code reaches the browser). Read every answer with `readJson`, which throws
 * an ApiError carrying the api's error code. The respondent pages use the same types without this
 * runtime (respondent/public-api.ts), so they stay as small as they were.
 */
export const api = hc<AppType>('/').api;

/** The client's type, for type-only use (e.g. `ResultOf<Api['admin']['users']['$get']>`). */
export type Api = typeof api;

/** Only while the web moves to the typed client: a JSON write without route types. */
export async function sendJson<T>(
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<T> {
  const response = await fetch(path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return legacyReadJson<T>(response);
}
