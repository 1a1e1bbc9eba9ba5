import { z } from 'zod';
import { type ErrorCode, type ErrorKey, errorKeys } from '../error-keys.ts';

const codes = [
  'bad_request',
  'validation_failed',
  'unauthorized',
  'forbidden',
  'csrf_failed',
  'not_found',
  'gone',
  'conflict',
  'payload_too_large',
  'unsupported_media_type',
  'rate_limited',
  'unavailable',
  'internal',
] as const satisfies readonly ErrorCode[];
// Fails to compile when error-keys.ts gains a kind this list lacks.
const everyCode: Record<ErrorCode, true> = Object.fromEntries(codes.map((c) => [c, true])) as Record<
  (typeof codes)[number],
  true
>;
void everyCode;

/** The api's one error shape (errors.ts), as the document describes it. */
export const errorSchema = z.object({
  error: z.object({
    code: z.enum(codes).describe('The kind of error (it fixes the HTTP status), for a program to switch on.'),
    key: z
      .enum(errorKeys as [ErrorKey, ...ErrorKey[]])
      .describe('What exactly went wrong; the web shows a Dutch sentence for each key with its params.'),
    params: z
      .record(z.string(), z.union([z.string(), z.number(), z.array(z.string())]))
      .describe('The values the sentence needs, e.g. { "slug": "bestaatniet" } for organisation_not_found.'),
    message: z.string().describe('A note for logs and API users; not shown to people as-is.'),
    details: z
      .unknown()
      .optional()
      .describe('For validation_failed: the messages per field, e.g. { "waves": ["Choose at least one wave."] }.'),
  }),
});
