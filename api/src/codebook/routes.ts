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
    qdc: z.string().min(1, 'Kies een .qdc-bestand.').describe('De tekst van een REFI-QDA-codeboekbestand (.qdc).'),
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
  active: z.string().describe('De versie van het actieve codeboek waarmee vergeleken wordt.'),
  diff,
});

/** Codebook versions under /api/codebooks: REFI-QDA import as a draft, its diff, and the researcher's choice. */
export function createCodebookRoutes() {
  return new Hono<AppEnv>()
    .get(
      '/',
      describeRoute({
        summary: 'Versies van het codeboek',
        description:
          'Elke versie van het codeboek, nieuwste eerst: de actieve en de concepten die op een keuze wachten.',
        responses: {
          200: {
            description: 'De versies.',
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
        summary: 'Een REFI-QDA-codeboek inlezen als concept',
        description:
          "Een .qdc uit ATLAS.ti, MAXQDA, NVivo of QualCoder wordt een nieuwe, niet-actieve versie van het actieve codeboek (thema's met hun beschrijving), met in het antwoord de verschillen met het actieve codeboek. Er wordt niets geactiveerd.",
        responses: { 201: { description: 'Het concept en zijn verschillen.', schema: draftAnswer } },
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
        summary: 'Een versie vergeleken met het actieve codeboek',
        description: "Thema's toegevoegd, verwijderd en gewijzigd (naam of beschrijving), gekoppeld op hun code.",
        params: idParam,
        responses: { 200: { description: 'De verschillen.', schema: draftAnswer } },
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
        summary: 'Een concept-codeboek activeren',
        description:
          'De keuze van de onderzoeker: deze versie wordt het codeboek waarmee respondenten labelen en coders coderen; de vorige blijft als niet-actieve versie bewaard. Komt in het logboek.',
        params: idParam,
        responses: {
          200: {
            description: 'Geactiveerd.',
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
        summary: 'Een concept-codeboek weggooien',
        description:
          'Verwijdert een versie die niet actief is en nooit door een verhaal of codering gebruikt is. Komt in het logboek.',
        params: idParam,
        responses: { 200: { description: 'Weggegooid.', schema: z.object({ discarded: z.string() }) } },
      }),
      queryParams(orgQuery),
      async (c) => {
        const { id } = parseWith(idParam, c.req.param());
        return c.json(await discardCodebook(c.get('deps').db, c.get('user'), c.req.valid('query').organisation, id));
      },
    );
}
