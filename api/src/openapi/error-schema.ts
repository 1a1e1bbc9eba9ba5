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
    code: z.enum(codes).describe('Het soort fout (het bepaalt de HTTP-status), voor een programma om op te kiezen.'),
    key: z
      .enum(errorKeys as [ErrorKey, ...ErrorKey[]])
      .describe('Wat er precies misging; de web-app toont voor elke key een Nederlandse zin met zijn params.'),
    params: z
      .record(z.string(), z.union([z.string(), z.number(), z.array(z.string())]))
      .describe(
        'De waarden die de zin nodig heeft, bijvoorbeeld `{ "slug": "bestaatniet" }` bij `organisation_not_found`.',
      ),
    message: z.string().describe('Een notitie voor logbestanden en api-gebruikers; wordt niet zo aan mensen getoond.'),
    details: z
      .unknown()
      .optional()
      .describe(
        'Bij `validation_failed`: de meldingen per veld, bijvoorbeeld `{ "waves": ["Kies minstens één meting."] }`.',
      ),
  }),
});
