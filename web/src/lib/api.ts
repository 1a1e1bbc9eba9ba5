import type { AppType } from '@klankbord/api/app';
import { hc } from 'hono/client';
import { errorMessage } from './error-messages.ts';

/** The typed client for the api: paths, inputs and outputs are checked against the server's routes. */
export const api = hc<AppType>('/').api;

/** A failed call; its message is the Dutch sentence of the catalogue (error-messages.ts), never the api's note. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    readonly key?: string,
    readonly params?: Record<string, string | number | readonly string[]>,
  ) {
    super(message);
  }
}

export type ErrorBody = {
  error?: {
    code: string;
    key?: string;
    params?: Record<string, string | number | readonly string[]>;
    details?: unknown;
  };
} | null;

/** The ApiError for a failed response's status and body (the api's error shape, or anything else). */
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

/** Reads a response: its JSON on success, an ApiError (the api's error shape) otherwise. */
export async function readJson<T>(response: { ok: boolean; status: number; json: () => Promise<unknown> }): Promise<T> {
  if (response.status === 204) return undefined as T;
  const body = (await response.json().catch(() => null)) as ErrorBody;
  if (!response.ok) throw apiErrorOf(response.status, body);
  return body as T;
}

/** A JSON write with the same-origin cookie, for routes whose body the typed client does not know. */
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
  return readJson<T>(response);
}
