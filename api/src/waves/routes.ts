import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../deps.ts';
import { jsonBody, parseWith } from '../validation.ts';
import { queryParams } from '../signals/query-params.ts';
import { createWave, generateInvitations, listWaves, waveDetails } from './service.ts';
import { describeRoute } from '../openapi/describe-route.ts';

const isoDate = z.iso.date('a date as YYYY-MM-DD');
const waveBody = z.object({
  surveyVersionId: z.number().int().positive().max(2_147_483_647),
  organisation: z.string().min(1).max(64),
  name: z.string().trim().min(1).max(200),
  year: z.number().int().min(2000).max(2100),
  audience: z.enum(['ouder', 'jongere']),
  opensOn: isoDate,
  closesOn: isoDate,
});
const invitationBody = z.object({ schoolId: z.number().int().positive(), count: z.number().int().min(1).max(2000) });
const idParam = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });
const organisationQuery = z.object({ organisation: z.string().min(1).max(64) });

/** Researchers' wave routes under /api/waves. */
export function createWaveRoutes() {
  return new Hono<AppEnv>()
    .post(
      '/',
      describeRoute({
        summary: 'Een meting maken',
        description:
          'Een meetronde: een gepubliceerde vragenlijstversie voor een organisatie, doelgroep en periode, met een open link per school.',
        body: waveBody,
        responses: { 201: { description: 'De meting.' } },
      }),
      jsonBody(waveBody),
      async (c) => {
        const body = c.req.valid('json');
        return c.json(await createWave(c.get('deps').db, c.get('user'), body), 201);
      },
    )
    .get(
      '/',
      describeRoute({ summary: 'Metingen', description: 'De metingen van een organisatie.', query: organisationQuery }),
      queryParams(organisationQuery),
      async (c) => {
        const { organisation } = c.req.valid('query');
        return c.json({ waves: await listWaves(c.get('deps').db, c.get('user'), organisation) });
      },
    )
    .get(
      '/:id',
      describeRoute({
        summary: 'Een meting',
        description: 'Eén meting met haar links en de respons per school.',
        params: idParam,
      }),
      async (c) => {
        const { id } = parseWith(idParam, c.req.param());
        return c.json(await waveDetails(c.get('deps').db, c.get('user'), id));
      },
    )
    .post(
      '/:id/invitations',
      describeRoute({
        summary: 'Persoonlijke uitnodigingen',
        description:
          'Maakt uitnodigingslinks die één keer werken voor één school, als CSV voor een mailing. De tokens zijn niet aan reacties te koppelen.',
        params: idParam,
        body: invitationBody,
        responses: { 201: { description: 'De uitnodigingen als CSV (een link per regel).', contentType: 'text/csv' } },
      }),
      jsonBody(invitationBody),
      async (c) => {
        const { id } = parseWith(idParam, c.req.param());
        const body = c.req.valid('json');
        const csv = await generateInvitations(c.get('deps').db, c.get('user'), id, {
          ...body,
          origin: new URL(c.req.url).origin,
        });
        return c.body(csv, 201, {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename="uitnodigingen-golf-${id}-school-${body.schoolId}.csv"`,
          'cache-control': 'no-store',
        });
      },
    );
}
