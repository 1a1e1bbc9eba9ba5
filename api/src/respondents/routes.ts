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
          summary: 'Een link naar een vragenlijst',
          description:
            'Wat de link van een respondent opent: de meting, de vragenlijst (SurveyJS-JSON in de talen van de respondent) en de scholen om uit te kiezen. Zonder account; herhaalde onbekende codes worden afgeremd (429).',
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
          summary: 'Antwoorden versturen',
          description:
            'De antwoorden van een respondent, half (met een code om later verder te gaan) of compleet (met een bewijscode om ze later te verwijderen). Er wordt niets over het apparaat bewaard; beperkt per apparaat en per link (429). Hoogstens 256 KB.',
          body: responseBody,
          responses: { 201: { description: 'Bewaard; de code om verder te gaan of de bewijscode.' } },
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
          summary: 'Een persoonlijke uitnodiging controleren',
          description:
            'Of een persoonlijke uitnodigingscode nog te gebruiken is (204), gevraagd als de link opent; een gebruikte of onbekende code geeft 404. Herhaalde onbekende codes worden afgeremd (429).',
          params: tokenParam,
          responses: { 204: { description: 'De uitnodiging is te gebruiken.' } },
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
          summary: 'Verder gaan met invullen',
          description: 'De bewaarde antwoorden van een half ingevulde lijst, om op een ander apparaat verder te gaan.',
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
          summary: "Thema's voor respondenten",
          description: "De thema's van het actieve codeboek in de woorden van respondenten, om een verhaal te labelen.",
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
          description: 'De samenwerkingsverbanden waaraan een verhaal zonder link verteld kan worden, met hun scholen.',
        }),
        async (c) => c.json(await publicOrganisations(c.get('deps').db)),
      )
      .delete(
        '/receipts/:receiptCode',
        describeRoute({
          summary: 'Verwijderen wat ik stuurde',
          description: 'Verwijdert de reactie of het verhaal waar een bewijscode bij hoort.',
          params: receiptParam,
          responses: { 204: { description: 'Verwijderd.' } },
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
