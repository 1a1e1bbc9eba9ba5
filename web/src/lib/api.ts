import type { AppType } from '@klankbord/api/app';
import { hc } from 'hono/client';
import { ApiError, readAnswer, type ResponseBody } from './api-error.ts';
import { errorMessage } from './error-messages.ts';

export { ApiError, type ResponseBody, type ResultOf } from './api-error.ts';

/**
 * The one typed client for the api (staff pages): paths, inputs and outputs are the server's own route
 * types (`import type`: no api code reaches the browser). Read every answer with `readJson`, which throws
 * an ApiError carrying the api's error code and the catalogue's Dutch sentence. The respondent pages use
 * the same types without this runtime (respondent/public-api.ts), so they stay as small as they were.
 */
export const api = hc<AppType>('/').api;

/** The client's type, for type-only use (e.g. `ResultOf<Api['admin']['users']['$get']>`). */
export type Api = typeof api;

export type ErrorBody = {
  error?: {
    code: string;
    key?: string;
    params?: Record<string, string | number | readonly string[]>;
    details?: unknown;
  };
} | null;

/** A failed call; its message is the Dutch sentence of the catalogue (error-messages.ts), never the api's note. */
export function apiErrorOf(status: number, body: ErrorBody): ApiError {
  const error = body?.error;
  const fallback =
    status === 0 ? 'De server is niet bereikbaar. Controleer de verbinding.' : `Dat lukte niet (foutcode ${status}).`;
  return new ApiError(
    status,
    error?.code ?? 'unknown',
    errorMessage(error?.key ?? '', error?.params, fallback),
    error?.details,
    error?.key,
    error?.params,
  );
}

/** Reads a typed client's answer: its JSON as the route declares it, or an ApiError with a Dutch message. */
export async function readJson<R extends { ok: boolean; status: number; json: () => Promise<unknown> }>(
  response: R | Promise<R>,
): Promise<ResponseBody<R>> {
  try {
    return await readAnswer(response);
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    const { code, key, params, details } = e;
    throw apiErrorOf(e.status, { error: { code, ...(key && { key }), ...(params && { params }), details } });
  }
}
