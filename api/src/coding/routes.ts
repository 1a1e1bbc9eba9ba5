import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../deps.ts';
import { queryParams } from '../signals/query-params.ts';
import { jsonBody, parseWith } from '../validation.ts';
import { agreementReport } from './agreement.ts';
import { consensusQueue, decideConsensus } from './consensus.ts';
import { decideDoubt, nextStory, setDoubleShare, submitCoding } from './service.ts';
import { describeRoute } from '../openapi/describe-route.ts';

const organisation = z.string().trim().min(1, 'Kies een organisatie.').max(64);
const orgQuery = z.object({ organisation });
const themeCodes = z.array(z.string().regex(/^[A-Z]{2,8}$/, 'Een themacode is 2 tot 8 hoofdletters.')).max(20);
const codingBody = z.object({ themes: themeCodes, quote: z.enum(['approved', 'rejected']).optional() }).strict();
const consensusBody = z.object({ themes: themeCodes }).strict();
const settingsBody = z.object({
  organisation,
  doubleShare: z.number().min(0).max(1, 'Een aandeel ligt tussen 0 en 1.'),
});
const doubtBody = z
  .object({
    phrase: z.string().trim().min(1, 'Kies een woord.').max(200, 'Een woord of naam is hooguit 200 tekens.'),
    decision: z.enum(['redact', 'keep'], { message: "Kies 'redact' of 'keep'." }),
  })
  .strict();
const idParam = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

/** Human coding of stories under /api/coding: queue, submit, consensus, agreement (researchers only). */
export function createCodingRoutes() {
  return new Hono<AppEnv>()
    .get(
      '/next',
      describeRoute({
        summary: 'Volgende verhaal om te coderen',
        description:
          'Het volgende verhaal in de codeerrij van de onderzoeker, geanonimiseerd, met de suggesties van de classifier; 204 als alles gecodeerd is.',
        responses: {
          200: { description: 'Een verhaal om te coderen.' },
          204: { description: 'Niets meer te coderen.' },
        },
      }),
      queryParams(orgQuery),
      async (c) => {
        const next = await nextStory(c.get('deps').db, c.get('user'), c.req.valid('query').organisation);
        // An empty queue is an answer, not an error: the screen shows "alles gecodeerd".
        return next ? c.json(next, 200) : c.body(null, 204);
      },
    )
    .post(
      '/stories/:id',
      describeRoute({
        summary: 'Een verhaal coderen',
        description: "De thema's van de onderzoeker voor een verhaal (en een besluit over citeren).",
        params: idParam,
      }),
      jsonBody(codingBody),
      async (c) => {
        const { id } = parseWith(idParam, c.req.param());
        return c.json(await submitCoding(c.get('deps').db, c.get('user'), id, c.req.valid('json')));
      },
    )
    .post(
      '/stories/:id/redaction',
      describeRoute({
        summary: 'Besluiten over een twijfelwoord',
        description:
          'Een onderzoeker maakt een betwijfeld woord of een naam in een verhaal onherkenbaar, of laat het staan; het besluit geldt voor de exports van dat verhaal en het verhaal wordt opnieuw geanonimiseerd. Komt in het logboek.',
        params: idParam,
      }),
      jsonBody(doubtBody),
      async (c) => {
        const { id } = parseWith(idParam, c.req.param());
        return c.json(await decideDoubt(c.get('deps').db, c.get('user'), id, c.req.valid('json')));
      },
    )
    .get(
      '/consensus',
      describeRoute({
        summary: 'Consensusrij',
        description:
          'Dubbel gecodeerde verhalen waarover de coders het oneens zijn, wachtend op een gezamenlijke codering.',
      }),
      queryParams(orgQuery),
      async (c) => c.json(await consensusQueue(c.get('deps').db, c.get('user'), c.req.valid('query').organisation)),
    )
    .post(
      '/consensus/:id',
      describeRoute({
        summary: 'Consensus vastleggen',
        description: "De afgesproken thema's van een dubbel gecodeerd verhaal.",
        params: idParam,
      }),
      jsonBody(consensusBody),
      async (c) => {
        const { id } = parseWith(idParam, c.req.param());
        return c.json(await decideConsensus(c.get('deps').db, c.get('user'), id, c.req.valid('json').themes));
      },
    )
    .get(
      '/agreement',
      describeRoute({
        summary: 'Overeenstemming tussen coders',
        description:
          'Overeenstemming tussen coders en tussen coders en de classifier: precisie en recall per thema, macro-F1, Cohens kappa.',
      }),
      queryParams(orgQuery),
      async (c) => c.json(await agreementReport(c.get('deps').db, c.get('user'), c.req.valid('query').organisation)),
    )
    .put(
      '/settings',
      describeRoute({
        summary: 'Instellingen voor coderen',
        description: 'Het aandeel verhalen dat twee keer gecodeerd wordt, voor de overeenstemmingscijfers.',
      }),
      jsonBody(settingsBody),
      async (c) => c.json(await setDoubleShare(c.get('deps').db, c.get('user'), c.req.valid('json'))),
    );
}
