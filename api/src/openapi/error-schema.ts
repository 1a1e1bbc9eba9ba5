import { z } from 'zod';
import type { ErrorCode } from '../errors.ts';

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
// Fails to compile when errors.ts gains a code this list lacks.
const everyCode: Record<ErrorCode, true> = Object.fromEntries(codes.map((c) => [c, true])) as Record<
  (typeof codes)[number],
  true
>;
void everyCode;

/** The api's one error shape (errors.ts), as the document describes it. */
export const errorSchema = z.object({
  error: z.object({
    code: z.enum(codes).describe('What went wrong, for a program to switch on.'),
    message: z.string().describe('What went wrong, for a person.'),
    details: z
      .unknown()
      .optional()
      .describe('For validation_failed: the messages per field, e.g. { "waves": ["Choose at least one wave."] }.'),
  }),
});
