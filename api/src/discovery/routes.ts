import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../deps.ts';
import { queryParams } from '../signals/query-params.ts';
import { jsonBody, parseWith } from '../validation.ts';
import { discoverClusters, themeFromCluster } from './service.ts';
import { describeRoute } from '../openapi/describe-route.ts';

const organisation = z.string().trim().min(1, 'Kies een organisatie.').max(64);
const themeBody = z
  .object({
    organisation,
    code: z.string().regex(/^[A-Z]{2,8}$/, 'Een themacode is 2 tot 8 hoofdletters.'),
    label: z.string().trim().min(2, 'Geef het thema een naam.').max(120, 'Hoogstens 120 tekens.'),
  })
  .strict();
const idParam = z.object({ id: z.coerce.number().int().positive().max(1000) });

/** Discovery of new threads under /api/discovery: clusters of poorly fitting stories (researchers only). */
export function createDiscoveryRoutes() {
  return new Hono<AppEnv>()
    .get(
      '/clusters',
      describeRoute({
        summary: 'Nieuwe onderwerpen',
        description:
          "Groepen verhalen die slecht bij het codeboek passen, met hun meest kenmerkende woorden: mogelijke nieuwe thema's.",
      }),
      queryParams(z.object({ organisation })),
      async (c) => c.json(await discoverClusters(c.get('deps').db, c.get('user'), c.req.valid('query').organisation)),
    )
    .post(
      '/clusters/:id/theme',
      describeRoute({
        summary: 'Thema uit een groep',
        description:
          'Maakt van een groep verhalen een nieuw thema in een nieuwe conceptversie van het codeboek (er wordt niets geactiveerd).',
        params: idParam,
        responses: { 201: { description: 'De conceptversie en het nieuwe thema.' } },
      }),
      jsonBody(themeBody),
      async (c) => {
        const { id } = parseWith(idParam, c.req.param());
        return c.json(await themeFromCluster(c.get('deps').db, c.get('user'), id, c.req.valid('json')), 201);
      },
    );
}
