import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../deps.ts';
import { limitBody } from '../http/body-limit.ts';
import { describeRoute } from '../openapi/describe-route.ts';
import { queryParams } from '../signals/query-params.ts';
import { jsonBody, parseWith } from '../validation.ts';
import { activateCodebook, codebookDiff, discardCodebook, importQdc, listCodebooks } from './service.ts';

const organisation = z.string().trim().min(1, 'Kies een organisatie.').max(64);
const orgQuery = z.object({ organisation });
const importBody = z
  .object({
    organisation,
    qdc: z.string().min(1, 'Kies een .qdc-bestand.').describe('The text of a REFI-QDA codebook file (.qdc).'),
  })
  .strict();
// Codebooks from NVivo or ATLAS.ti carry long memos: more room than the 64 KB of other staff forms.
const qdcLimit = limitBody(1024 * 1024, 'Het codeboek is te groot (hoogstens 1 MB).');
const idParam = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });

const theme = z.object({ code: z.string(), label: z.string(), description: z.string() });
const diff = z.object({
  added: z.array(theme),
  removed: z.array(theme),
  changed: z.array(z.object({ code: z.string(), before: theme, after: theme })),
  unchanged: z.array(z.string()),
});
const draftAnswer = z.object({
  codebook: z.object({ id: z.number(), version: z.string(), isActive: z.boolean() }),
  active: z.string().describe('The version of the active codebook it is compared with.'),
  diff,
});

/** Codebook versions under /api/codebooks: REFI-QDA import as a draft, its diff, and the researcher's choice. */
export function createCodebookRoutes() {
  return new Hono<AppEnv>()
    .get(
      '/',
      describeRoute({
        summary: 'Codebook versions',
        description: 'Every codebook version, newest first: the active one and the drafts waiting for a choice.',
        responses: {
          200: {
            description: 'The versions.',
            schema: z.object({
              codebooks: z.array(
                z.object({
                  id: z.number(),
                  slug: z.string(),
                  version: z.string(),
                  isActive: z.boolean(),
                  derivedFrom: z.number().nullable(),
                  createdAt: z.string(),
                  themes: z.number(),
                }),
              ),
            }),
          },
        },
      }),
      queryParams(orgQuery),
      async (c) =>
        c.json({ codebooks: await listCodebooks(c.get('deps').db, c.get('user'), c.req.valid('query').organisation) }),
    )
    .post(
      '/import',
      describeRoute({
        summary: 'Import a REFI-QDA codebook as a draft',
        description:
          'A .qdc from ATLAS.ti, MAXQDA, NVivo or QualCoder becomes a new, inactive version of the active codebook (themes with their descriptions), answered with its differences from the active one. Nothing is activated.',
        responses: { 201: { description: 'The draft and its differences.', schema: draftAnswer } },
      }),
      qdcLimit,
      jsonBody(importBody),
      async (c) => {
        const body = c.req.valid('json');
        return c.json(await importQdc(c.get('deps').db, c.get('user'), body.organisation, body.qdc), 201);
      },
    )
    .get(
      '/:id/diff',
      describeRoute({
        summary: 'A version compared with the active codebook',
        description: 'Themes added, removed and changed (label or description), matched on their code.',
        params: idParam,
        responses: { 200: { description: 'The differences.', schema: draftAnswer } },
      }),
      queryParams(orgQuery),
      async (c) => {
        const { id } = parseWith(idParam, c.req.param());
        return c.json(await codebookDiff(c.get('deps').db, c.get('user'), c.req.valid('query').organisation, id));
      },
    )
    .post(
      '/:id/activate',
      describeRoute({
        summary: 'Activate a draft codebook',
        description:
          "The researcher's choice: this version becomes the codebook respondents tag with and coders code against; the previous one stays as an inactive version. Audit-logged.",
        params: idParam,
        responses: {
          200: {
            description: 'Activated.',
            schema: z.object({
              codebook: z.object({ id: z.number(), version: z.string(), isActive: z.boolean() }),
              previous: z.string().nullable(),
            }),
          },
        },
      }),
      jsonBody(orgQuery),
      async (c) => {
        const { id } = parseWith(idParam, c.req.param());
        return c.json(await activateCodebook(c.get('deps').db, c.get('user'), c.req.valid('json').organisation, id));
      },
    )
    .delete(
      '/:id',
      describeRoute({
        summary: 'Discard a draft codebook',
        description: 'Deletes a version that is not active and was never used by a story or a coding. Audit-logged.',
        params: idParam,
        responses: { 200: { description: 'Discarded.', schema: z.object({ discarded: z.string() }) } },
      }),
      queryParams(orgQuery),
      async (c) => {
        const { id } = parseWith(idParam, c.req.param());
        return c.json(await discardCodebook(c.get('deps').db, c.get('user'), c.req.valid('query').organisation, id));
      },
    );
}
