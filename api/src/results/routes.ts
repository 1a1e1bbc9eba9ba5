import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../deps.ts';
import { describeRoute } from '../openapi/describe-route.ts';
import { groupMinimumOf } from '../organisations/settings.ts';
import { queryParams } from '../signals/query-params.ts';
import { parseWith } from '../validation.ts';
import { latestResultsLink, publishedResults, publishResults, resultsDraft, unpublishResults } from './service.ts';

const organisation = z.string().trim().min(1, 'Kies een organisatie.').max(64, 'Hoogstens 64 tekens.');
const year = z.coerce
  .number('Kies een jaar, zoals 2026.')
  .int('Kies een jaar, zoals 2026.')
  .min(2000, 'Kies een jaar vanaf 2000.')
  .max(2100, 'Kies een jaar tot 2100.');
const resultsParams = z.object({ organisation, year });
const schoolParams = resultsParams.extend({
  school: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z]{4}([0-9]{2})?$/, 'Gebruik een BRIN-code met vestiging, zoals 12AB00.'),
});
const linkParams = z.object({ organisation });
const linkQuery = z.object({ school: z.coerce.number().int().positive().max(2_147_483_647).optional() });

/** The board's publish flow under /api/results: draft, publish (a new frozen version), unpublish. */
export function createResultsRoutes() {
  return new Hono<AppEnv>()
    .get(
      '/:organisation/:year',
      describeRoute({
        summary: 'Resultatenpagina: concept en versies',
        description:
          'Wat de openbare resultatenpagina ("jullie zeiden, wij deden") zou tonen als die nu gepubliceerd werd, en elke eerder gepubliceerde versie. Bestuur en beheerders van de organisatie.',
        params: resultsParams,
      }),
      async (c) => {
        const { db, minCellSize } = c.get('deps');
        const params = parseWith(resultsParams, c.req.param());
        const minimum = await groupMinimumOf(db, params.organisation, minCellSize);
        return c.json(await resultsDraft(db, c.get('user'), { ...params, minimum }));
      },
    )
    .post(
      '/:organisation/:year',
      describeRoute({
        summary: 'De resultatenpagina publiceren',
        description:
          'Legt het huidige concept vast als nieuwe, gedateerde versie van de openbare resultatenpagina van de organisatie en het jaar; komt in het logboek.',
        params: resultsParams,
        responses: { 201: { description: 'Gepubliceerd; de versie en de datum.' } },
      }),
      async (c) => {
        const { db, minCellSize } = c.get('deps');
        const params = parseWith(resultsParams, c.req.param());
        const minimum = await groupMinimumOf(db, params.organisation, minCellSize);
        return c.json(await publishResults(db, c.get('user'), { ...params, minimum }), 201);
      },
    )
    .delete(
      '/:organisation/:year',
      describeRoute({
        summary: 'De resultatenpagina offline halen',
        description: 'Haalt de openbare resultatenpagina van het jaar offline (daarna 404); komt in het logboek.',
        params: resultsParams,
        responses: { 204: { description: 'Offline gehaald.' } },
      }),
      async (c) => {
        await unpublishResults(c.get('deps').db, c.get('user'), parseWith(resultsParams, c.req.param()));
        return c.body(null, 204);
      },
    );
}

/** The published results page for everyone, under /api/public/results: no account, no cookie. */
export function createPublicResultsRoutes() {
  return new Hono<AppEnv>()
    .get(
      '/results/:organisation',
      describeRoute({
        summary: 'Nieuwste gepubliceerde resultatenpagina',
        description:
          'Waar de nieuwste gepubliceerde resultatenpagina van een organisatie staat (met het deel van de school als een school-id gegeven is), voor de bedankpagina. 404 als er geen gepubliceerd is.',
        params: linkParams,
        query: linkQuery,
      }),
      queryParams(linkQuery),
      async (c) => {
        const { organisation } = parseWith(linkParams, c.req.param());
        const { school } = c.req.valid('query');
        return c.json(await latestResultsLink(c.get('deps').db, { organisation, schoolId: school }));
      },
    )
    .get(
      '/results/:organisation/:year',
      describeRoute({
        summary: 'Gepubliceerde resultatenpagina',
        description:
          "De vastgelegde, gedateerde resultatenpagina van een organisatie en jaar: kerncijfers en thema's (kleine groepen verborgen), goedgekeurde citaten en de acties per thema. 404 voor publicatie.",
        params: resultsParams,
      }),
      async (c) => c.json(await publishedResults(c.get('deps').db, parseWith(resultsParams, c.req.param()))),
    )
    .get(
      '/results/:organisation/:year/:school',
      describeRoute({
        summary: 'Gepubliceerde resultatenpagina van een school',
        description:
          'De gepubliceerde resultatenpagina met de eigen cijfers van één school (BRIN en vestiging, bijvoorbeeld 12AB00). 404 voor publicatie of voor een school die niet op de pagina staat.',
        params: schoolParams,
      }),
      async (c) => c.json(await publishedResults(c.get('deps').db, parseWith(schoolParams, c.req.param()))),
    );
}
