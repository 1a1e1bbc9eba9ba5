import type { ClientResponse } from 'hono/client';
import type { ClientErrorStatusCode, ContentfulStatusCode, ServerErrorStatusCode } from 'hono/utils/http-status';

/**
 * A failed api call: the api's error code (for the Dutch error texts), its message and details; status 0
 * (code 'offline') when the network failed before the api answered.
 */
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

type Success = Exclude<ContentfulStatusCode, ClientErrorStatusCode | ServerErrorStatusCode>;
type SuccessOnly<R> =
  R extends ClientResponse<infer T, infer S, infer F> ? (S extends Success ? ClientResponse<T, S, F> : never) : never;

/**
 * What a successful answer of a typed call holds, as the api's route declares it (JSON parsed: dates
 * are strings); undefined for a 204. The same rule as hono's `parseResponse`.
 */
export type ResponseBody<R> =
  R extends ClientResponse<unknown, number, 'json' | 'text' | string>
    ? R extends ClientResponse<unknown, 204, string>
      ? undefined
      : [SuccessOnly<R>] extends [never]
        ? never
        : SuccessOnly<R> extends ClientResponse<infer T, number, infer F>
          ? F extends 'json'
            ? T
            : T extends string
              ? T
              : string
          : undefined
    : never;

/** What a call to a typed client function answers on success. */
export type ResultOf<F> = F extends (...args: never[]) => Promise<infer R> ? ResponseBody<R> : never;

/**
 * Reads an answer: its JSON on success (typed by the route), an ApiError with the api's code, key and
 * parameters otherwise (the staff pages' readJson turns it into the catalogue's Dutch sentence).
 * A network failure stays the fetch's own error (staff pages say the server does not answer).
 */
export async function readAnswer<R extends { ok: boolean; status: number; json: () => Promise<unknown> }>(
  response: R | Promise<R>,
): Promise<ResponseBody<R>> {
  const answer = await response;
  if (answer.status === 204) return undefined as ResponseBody<R>;
  const body = (await answer.json().catch(() => null)) as {
    error?: {
      code: string;
      message: string;
      details?: unknown;
      key?: string;
      params?: Record<string, string | number | readonly string[]>;
    };
  } | null;
  if (!answer.ok) {
    throw new ApiError(
      answer.status,
      body?.error?.code ?? 'unknown',
      body?.error?.message ?? `Error ${answer.status}`,
      body?.error?.details,
      body?.error?.key,
      body?.error?.params,
    );
  }
  return body as ResponseBody<R>;
}
