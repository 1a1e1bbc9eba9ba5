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
        summary: 'Results page: draft and versions',
        description:
          'What the public results page ("jullie zeiden, wij deden") would show if published now, and every version published before. Board and admins of the organisation.',
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
        summary: 'Publish the results page',
        description:
          'Freezes the current draft as a new dated version of the public results page of the organisation and year; audit-logged.',
        params: resultsParams,
        responses: { 201: { description: 'Published; the version and its date.' } },
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
        summary: 'Unpublish the results page',
        description: 'Takes the public results page of the year offline (404 afterwards); audit-logged.',
        params: resultsParams,
        responses: { 204: { description: 'Taken offline.' } },
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
        summary: 'Latest published results page',
        description:
          "Where the newest published results page of an organisation is (with the school's part when a school id is given), for the thank-you page. 404 when none is published.",
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
        summary: 'Published results page',
        description:
          'The frozen, dated results page of an organisation and year: headline figures and themes (small groups hidden), approved quotes and the actions per theme. 404 before publication.',
        params: resultsParams,
      }),
      async (c) => c.json(await publishedResults(c.get('deps').db, parseWith(resultsParams, c.req.param()))),
    )
    .get(
      '/results/:organisation/:year/:school',
      describeRoute({
        summary: 'Published results page of a school',
        description:
          "The published results page with one school's own figures (BRIN and vestiging, e.g. 12AB00). 404 before publication or for a school not on the page.",
        params: schoolParams,
      }),
      async (c) => c.json(await publishedResults(c.get('deps').db, parseWith(schoolParams, c.req.param()))),
    );
}
