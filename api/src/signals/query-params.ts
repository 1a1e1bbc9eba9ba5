import type { MiddlewareHandler } from 'hono';
import { validator } from 'hono/validator';
import type { z } from 'zod';
import { withInputSchema } from '../openapi/describe-route.ts';
import { parseWith } from '../validation.ts';

// What a client sends: every parameter as text, optional where the schema has a default or is optional
// (hono would derive it from the parsed output, making a parameter with a default required).
type QueryInput<T extends z.ZodType> = { [K in keyof z.input<T>]: string | string[] };

/** Query-string validation as middleware (400 naming each parameter), so the typed web client knows the parameters. */
export function queryParams<T extends z.ZodType>(schema: T) {
  const middleware = validator('query', (value): z.infer<T> => parseWith(schema, value, 'The query'));
  return withInputSchema(middleware, 'query', schema) as MiddlewareHandler<
    // The env, as hono's own validator leaves it.
    any,
    string,
    { in: { query: QueryInput<T> }; out: { query: z.infer<T> } }
  >;
}
