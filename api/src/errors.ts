import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { type ErrorCode, type ErrorKey, type ErrorParams, errorKinds } from './error-keys.ts';
import { log } from './log.ts';

export type { ErrorCode, ErrorKey, ErrorParams } from './error-keys.ts';

/**
 * The one error type of the api: a stable key the web turns into a Dutch sentence with its params
 * (never an English sentence shown as-is), the kind (`code`) a client can switch on, and a note for
 * logs, the CLI and API users.
 */
export class AppError extends Error {
  override name = 'AppError';
  readonly code: ErrorCode;
  constructor(
    readonly key: ErrorKey,
    readonly params: ErrorParams,
    message: string,
    readonly details?: unknown,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.code = errorKinds[key];
  }
}

export function statusOf(code: ErrorCode): ContentfulStatusCode {
  switch (code) {
    case 'bad_request':
    case 'validation_failed':
      return 400;
    case 'unauthorized':
      return 401;
    case 'forbidden':
    case 'csrf_failed':
      return 403;
    case 'not_found':
      return 404;
    case 'conflict':
      return 409;
    case 'gone':
      return 410;
    case 'payload_too_large':
      return 413;
    case 'unsupported_media_type':
      return 415;
    case 'rate_limited':
      return 429;
    case 'internal':
      return 500;
    case 'unavailable':
      return 503;
  }
}

export function errorBody(error: AppError) {
  const { code, key, params, message, details } = error;
  return { error: details === undefined ? { code, key, params, message } : { code, key, params, message, details } };
}

function fromHttpException(error: HTTPException): AppError {
  switch (error.status) {
    case 413:
      return new AppError('body_too_large', {}, 'The request body is too large.');
    case 401:
      return new AppError('login_required', {}, 'Log in first.');
    case 404:
      return new AppError('route_not_found', {}, 'Not found.');
    default:
      return new AppError('bad_request', {}, error.message || 'Bad request.');
  }
}

/** Turns anything thrown in a handler into the JSON error shape; only the unexpected is logged. */
export function handleError(error: Error, c: Context): Response {
  const appError =
    error instanceof AppError ? error : error instanceof HTTPException ? fromHttpException(error) : undefined;
  if (appError) {
    for (const [name, value] of Object.entries(appError.headers ?? {})) c.header(name, value);
    return c.json(errorBody(appError), statusOf(appError.code));
  }
  log.error('unhandled_error', { route: c.req.routePath, method: c.req.method, error: error.message });
  return c.json(
    errorBody(new AppError('internal', {}, 'Something went wrong on our side. Please try again later.')),
    500,
  );
}
