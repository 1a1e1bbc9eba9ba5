import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../deps.ts';
import { queryParams } from '../signals/query-params.ts';
import { jsonBody, parseWith } from '../validation.ts';
import { actionStatuses, actionsOf, createAction, updateAction } from './service.ts';
import { describeRoute } from '../openapi/describe-route.ts';

const organisation = z.string().trim().min(1, 'Kies een organisatie.').max(64);
const year = z.number().int().min(2000, 'Kies een jaar vanaf 2000.').max(2100, 'Kies een jaar tot 2100.');
const title = z.string().trim().min(1, 'Beschrijf de actie.').max(300, 'Hoogstens 300 tekens.');
const owner = z.string().trim().max(200, 'Hoogstens 200 tekens.');
const status = z.enum(actionStatuses, 'Kies gepland, bezig, klaar of gestopt.');
const dueOn = z.iso.date('Gebruik een datum als JJJJ-MM-DD.').nullable();
const evaluation = z.string().trim().max(5000, 'Hoogstens 5000 tekens.');

const actionBody = z.object({
  organisation,
  theme: z.string().trim().min(1, 'Kies een thema.').max(16),
  year,
  title,
  owner: owner.optional(),
  status: status.optional(),
  dueOn: dueOn.optional(),
  evaluation: evaluation.optional(),
});
const changesBody = z
  .object({
    title: title.optional(),
    owner: owner.optional(),
    status: status.optional(),
    dueOn: dueOn.optional(),
    evaluation: evaluation.optional(),
  })
  .strict()
  .refine((b) => Object.values(b).some((v) => v !== undefined), 'Stuur minstens één veld om te wijzigen.');
const listQuery = z.object({ organisation, year: z.coerce.number().pipe(year).optional() });
const idParam = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });

/** Quality-cycle actions ("jullie zeiden, wij deden") under /api/actions. */
export function createActionRoutes() {
  return new Hono<AppEnv>()
    .get(
      '/',
      describeRoute({
        summary: 'Acties',
        description:
          'De acties van de kwaliteitscyclus van een organisatie ("jullie zeiden, wij deden"), desgewenst van één jaar.',
      }),
      queryParams(listQuery),
      async (c) => c.json(await actionsOf(c.get('deps').db, c.get('user'), c.req.valid('query'))),
    )
    .post(
      '/',
      describeRoute({
        summary: 'Actie vastleggen',
        description:
          'Wat de organisatie in een jaar met een thema gaat doen: titel, eigenaar, status, einddatum, evaluatie.',
        responses: { 201: { description: 'Vastgelegd.' } },
      }),
      jsonBody(actionBody),
      async (c) => c.json(await createAction(c.get('deps').db, c.get('user'), c.req.valid('json')), 201),
    )
    .patch(
      '/:id',
      describeRoute({
        summary: 'Actie wijzigen',
        description: 'Wijzigt velden van een actie (minstens één).',
        params: idParam,
      }),
      jsonBody(changesBody),
      async (c) => {
        const { id } = parseWith(idParam, c.req.param());
        return c.json(await updateAction(c.get('deps').db, c.get('user'), id, c.req.valid('json')));
      },
    );
}
