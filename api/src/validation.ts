import type { Context } from 'hono';
import { validator } from 'hono/validator';
import type { z } from 'zod';
import { AppError } from './errors.ts';
import { withInputSchema } from './openapi/describe-route.ts';

/** zod issues as `{ "field.path": ["message", …] }`, the `details` of a validation error. */
export function issuesByField(error: z.ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    // A field the schema does not know is named itself: "wave" for "waves" must be findable.
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys.join(', ')] : issue.path;
    const key = path.length ? path.join('.') : '(body)';
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * What PostgreSQL cannot store in any string of the value (keys too): a NUL character, or half of a
 * UTF-16 surrogate pair ("\ud800" alone is valid JSON but no Unicode text); null when there is none.
 */
function unstorableText(value: unknown): string | null {
  const check = (text: string) =>
    text.includes('\u0000')
      ? 'a NUL character'
      : loneSurrogate.test(text)
        ? 'a broken Unicode character (lone surrogate)'
        : null;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === 'string') {
      const problem = check(item);
      if (problem) return problem;
    } else if (Array.isArray(item)) {
      stack.push(...item);
    } else if (item !== null && typeof item === 'object') {
      for (const [key, child] of Object.entries(item)) {
        const problem = check(key);
        if (problem) return problem;
        stack.push(child);
      }
    }
  }
  return null;
}

/** Parses outside input with a schema; every input of the api passes here (bodies, queries, path parameters). */
export function parseWith<T extends z.ZodType>(schema: T, input: unknown, what = 'The request'): z.infer<T> {
  const unstorable = unstorableText(input);
  if (unstorable) throw new AppError('text_unstorable', {}, `${what} contains ${unstorable}, which text may not hold.`);
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const fields = issuesByField(parsed.error);
    throw new AppError(
      'fields_invalid',
      { fields: Object.keys(fields) },
      `${what} has invalid fields: ${Object.keys(fields).join(', ')}.`,
      fields,
    );
  }
  return parsed.data;
}

function requireJsonContentType(c: Context): void {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) {
    throw new AppError('json_required', {}, 'Send the body as application/json.');
  }
}

/**
 * Validates a JSON body as middleware: the parsed body is `c.req.valid('json')`, and the typed web client
 * knows the body's shape. 415 for another content type; malformed JSON becomes a 400 (bad_request) in
 * the error handler.
 */
export function jsonBody<T extends z.ZodType>(schema: T) {
  const middleware = validator('json', (value, c): z.infer<T> => {
    requireJsonContentType(c);
    return parseWith(schema, value, 'The body');
  });
  return withInputSchema(middleware, 'json', schema);
}
