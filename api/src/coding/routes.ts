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
        summary: 'Next story to code',
        description:
          "The next story in the researcher's coding queue, redacted, with the classifier's suggestions; 204 when everything is coded.",
        responses: { 200: { description: 'A story to code.' }, 204: { description: 'Nothing left to code.' } },
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
        summary: 'Code a story',
        description: "The researcher's themes for a story (and a quote decision).",
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
        summary: 'Decide a redaction doubt',
        description:
          "A researcher redacts a doubted word or name of a story, or keeps it; the decision holds for that story's exports and the story comes back redacted anew. Audit-logged.",
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
        summary: 'Consensus queue',
        description: 'Double-coded stories on which the coders disagree, waiting for an agreed coding.',
      }),
      queryParams(orgQuery),
      async (c) => c.json(await consensusQueue(c.get('deps').db, c.get('user'), c.req.valid('query').organisation)),
    )
    .post(
      '/consensus/:id',
      describeRoute({
        summary: 'Decide consensus',
        description: 'The agreed themes of a double-coded story.',
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
        summary: 'Coder agreement',
        description:
          "Agreement between coders and between coders and the classifier: per-theme precision and recall, macro-F1, Cohen's kappa.",
      }),
      queryParams(orgQuery),
      async (c) => c.json(await agreementReport(c.get('deps').db, c.get('user'), c.req.valid('query').organisation)),
    )
    .put(
      '/settings',
      describeRoute({
        summary: 'Coding settings',
        description: 'The share of stories coded twice, for agreement figures.',
      }),
      jsonBody(settingsBody),
      async (c) => c.json(await setDoubleShare(c.get('deps').db, c.get('user'), c.req.valid('json'))),
    );
}
