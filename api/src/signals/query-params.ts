import { validator } from 'hono/validator';
import type { z } from 'zod';
import { withInputSchema } from '../openapi/describe-route.ts';
import { parseWith } from '../validation.ts';

/** Query-string validation as middleware (400 naming each parameter), so the typed web client knows the parameters. */
export function queryParams<T extends z.ZodType>(schema: T) {
  const middleware = validator('query', (value): z.infer<T> => parseWith(schema, value, 'The query'));
  return withInputSchema(middleware, 'query', schema);
}
