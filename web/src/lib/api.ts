import type { AppType } from '@klankbord/api/app';
import { hc } from 'hono/client';

/** The typed client for the api: paths, inputs and outputs are checked against the server's routes. */
export const api = hc<AppType>('/').api;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** Reads a response: its JSON on success, an ApiError (the api's error shape) otherwise. */
export async function readJson<T>(response: { ok: boolean; status: number; json: () => Promise<unknown> }): Promise<T> {
  if (response.status === 204) return undefined as T;
  const body = (await response.json().catch(() => null)) as {
    error?: { code: string; message: string; details?: unknown };
  } | null;
  if (!response.ok) {
    throw new ApiError(
      response.status,
      body?.error?.code ?? 'unknown',
      body?.error?.message ?? `Error ${response.status}`,
      body?.error?.details,
    );
  }
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
