import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../deps.ts';
import { AppError } from '../errors.ts';
import { limitBody } from '../http/body-limit.ts';
import { jsonBody, parseWith } from '../validation.ts';
import { linkInfo, publicCodebook, publicOrganisations } from './public-info.ts';
import { createPublicThrottle } from './public-rate-limits.ts';
import { linkCodeFor } from './queries.ts';
import { checkInvitation, deleteByReceipt, notFound, resumeState, submitResponse } from './service.ts';
import { describeRoute } from '../openapi/describe-route.ts';

export const maxResponseBytes = 256 * 1024;

const code = z.string().trim().min(1).max(64);
const personalCode = z.string().trim().min(1).max(40);
const responseBody = z
  .object({
    code: code.optional(),
    token: personalCode.optional(),
    resumeCode: personalCode.optional(),
    schoolId: z.number().int().positive().max(2_147_483_647).optional(),
    locale: z.string().regex(/^[a-z]{2}$/, 'Gebruik een taalcode van twee letters, zoals nl.'),
    role: z.enum(['ouder', 'jongere']),
    answers: z.record(z.string().min(1).max(200), z.unknown()),
    complete: z.boolean(),
    // Random, from the browser (at least 128 bits as 22+ characters): the same for every retry of one send.
    submissionId: z
      .string()
      .regex(/^[A-Za-z0-9_-]{22,64}$/, 'Een verzend-id is 22 tot 64 letters, cijfers, - of _.')
      .optional(),
  })
  .refine((b) => [b.code, b.token, b.resumeCode].filter((v) => v !== undefined).length === 1, {
    message: 'Stuur precies één van code, token of resumeCode mee.',
    path: ['code'],
  });
const codeParam = z.object({ code });
const resumeParam = z.object({ resumeCode: personalCode });
const tokenParam = z.object({ token: personalCode });
const receiptParam = z.object({ receiptCode: personalCode });

/** The respondent's routes under /api/public: no account, no cookie, nothing about the client kept. */
export function createRespondentRoutes() {
  const throttle = createPublicThrottle();
  return (
    new Hono<AppEnv>()
      .get(
        '/links/:code',
        describeRoute({
          summary: 'A questionnaire link',
          description:
            "What a respondent's link opens: the wave, its questionnaire (SurveyJS JSON in the respondent's languages) and the schools to choose from. No account; repeated unknown codes are throttled (429).",
          params: codeParam,
        }),
        async (c) => {
          throttle.lookupAllowed(c);
          const { code } = parseWith(codeParam, c.req.param());
          try {
            return c.json(await linkInfo(c.get('deps').db, code));
          } catch (error) {
            if (error instanceof AppError && error.code === 'not_found') throttle.lookupMissed(c);
            throw error;
          }
        },
      )
      .post(
        '/responses',
        describeRoute({
          summary: 'Send answers',
          description:
            "A respondent's answers, partial (answered with a resume code) or complete (answered with a receipt code to delete them later). Nothing about the client is stored; rate-limited per client and per link (429). At most 256 KB.",
          body: responseBody,
          responses: { 201: { description: 'Stored; the resume or receipt code.' } },
        }),
        limitBody(maxResponseBytes, 'Uw antwoorden zijn te groot om te versturen (meer dan 256 KB).'),
        // The client's limit before the body is read, as before; the body's type reaches the typed web client.
        async (c, next) => {
          throttle.client(c);
          await next();
        },
        jsonBody(responseBody),
        async (c) => {
          const body = c.req.valid('json');
          if (body.code !== undefined) throttle.link(c, body.code);
          return c.json(await submitResponse(c.get('deps').db, body), 201);
        },
      )
      // Asked when an invitation link opens, so a used one is refused then, not after the last question.
      .get(
        '/invitations/:token',
        describeRoute({
          summary: 'Check a personal invitation',
          description:
            'Whether a personal invitation code can still be used (204), asked when its link opens; a used or unknown one is 404. Repeated unknown codes are throttled (429).',
          params: tokenParam,
          responses: { 204: { description: 'The invitation can be used.' } },
        }),
        async (c) => {
          throttle.lookupAllowed(c);
          const { token } = parseWith(tokenParam, c.req.param());
          try {
            await checkInvitation(c.get('deps').db, token);
          } catch (error) {
            if (error instanceof AppError && error.code === 'not_found') throttle.lookupMissed(c);
            throw error;
          }
          return c.body(null, 204);
        },
      )
      .get(
        '/resume/:resumeCode',
        describeRoute({
          summary: 'Resume answering',
          description: 'The saved answers of a partial response, to go on answering on another device.',
          params: resumeParam,
        }),
        async (c) => {
          throttle.client(c);
          const { resumeCode } = parseWith(resumeParam, c.req.param());
          const { db } = c.get('deps');
          const partial = await resumeState(db, resumeCode);
          const linkCode = await linkCodeFor(db, partial.waveId, partial.schoolId);
          if (!linkCode) throw notFound('Deze hervatcode');
          return c.json({
            code: linkCode,
            answers: partial.answers,
            locale: partial.locale,
            schoolId: partial.schoolId,
          });
        },
      )
      .get(
        '/codebook',
        describeRoute({
          summary: 'Themes for respondents',
          description: "The themes of the active codebook in respondents' words, for tagging a story.",
        }),
        async (c) => {
          const { id: _id, ...codebook } = await publicCodebook(c.get('deps').db);
          return c.json(codebook);
        },
      )
      .get(
        '/organisations',
        describeRoute({
          summary: 'Samenwerkingsverbanden',
          description: 'The samenwerkingsverbanden a story can be told to without a link, with their schools.',
        }),
        async (c) => c.json(await publicOrganisations(c.get('deps').db)),
      )
      .delete(
        '/receipts/:receiptCode',
        describeRoute({
          summary: 'Delete what I sent',
          description: 'Deletes the response or story a receipt code belongs to.',
          params: receiptParam,
          responses: { 204: { description: 'Deleted.' } },
        }),
        async (c) => {
          throttle.client(c);
          const { receiptCode } = parseWith(receiptParam, c.req.param());
          if (!(await deleteByReceipt(c.get('deps').db, receiptCode))) throw notFound('Deze bewijscode');
          return c.body(null, 204);
        },
      )
  );
}
