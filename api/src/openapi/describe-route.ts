import type { MiddlewareHandler } from 'hono';
import type { z } from 'zod';
import type { AppEnv } from '../deps.ts';

export interface ResponseDoc {
  description: string;
  /** The body's shape when it is JSON and has a schema of its own. */
  schema?: z.ZodType;
  /** Another content type than JSON (a ZIP, a PDF, HTML). */
  contentType?: string;
}

/** What a route says about itself in /api/openapi.json. */
export interface RouteDoc {
  summary: string;
  /** What it does and for whom, in a sentence or two; a route without one fails openapi.test.ts. */
  description: string;
  /** Schemas the handler parses itself (parseWith): pass the very same objects. */
  body?: z.ZodType;
  query?: z.ZodType;
  params?: z.ZodType;
  /** Successful answers by status; errors come from the one error shape. */
  responses?: Record<number, ResponseDoc>;
}

export type InputTarget = 'json' | 'query';

const routeDocs = new WeakMap<object, RouteDoc>();
const inputSchemas = new WeakMap<object, { target: InputTarget; schema: z.ZodType }>();

/**
 * Documents a route where it is declared: `.get('/x', describeRoute({ … }), handler)`. The middleware
 * only passes on; the document reads its description from Hono's route table.
 */
export function describeRoute(doc: RouteDoc): MiddlewareHandler<AppEnv> {
  const middleware: MiddlewareHandler<AppEnv> = async (_c, next) => {
    await next();
  };
  routeDocs.set(middleware, doc);
  return middleware;
}

/** Marks a validator middleware with the schema it parses, so the document shows that very schema. */
export function withInputSchema<T extends object>(middleware: T, target: InputTarget, schema: z.ZodType): T {
  inputSchemas.set(middleware, { target, schema });
  return middleware;
}

// Hono wraps a sub-app's handler when that app has an error handler of its own; the original is kept here.
const composedHandler = '__COMPOSED_HANDLER';

function unwrap(handler: object): object {
  const inner = (handler as Record<string, unknown>)[composedHandler];
  return typeof inner === 'function' ? inner : handler;
}

export const routeDocOf = (handler: object) => routeDocs.get(unwrap(handler));
export const inputSchemaOf = (handler: object) => inputSchemas.get(unwrap(handler));
