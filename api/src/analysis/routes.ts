import { type Context, Hono } from 'hono';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/database.ts';
import type { AppEnv } from '../deps.ts';
import { AppError } from '../errors.ts';
import { queryParams } from '../signals/query-params.ts';
import { questionGroupings } from './question-queries.ts';
import { organisationView, questionView, schoolView, themeView, wavesForDashboard } from './service.ts';
import { themeGroupings } from './theme-queries.ts';
import { describeRoute } from '../openapi/describe-route.ts';
import { type AnalysisScope, resolveAnalysisScope } from './analysis-scope.ts';
import { priorityView } from './priority-view.ts';
import { reportMarkView } from './report-mark-view.ts';
import { groupMinimumOf } from '../organisations/settings.ts';
import { referenceView } from './reference.ts';

const baseQuery = z.object({
  organisation: z.string().min(1).max(100),
  wave: z.coerce.number().int().positive().max(2_147_483_647),
});

const organisationQuery = z.object({ organisation: z.string().min(1).max(100) });
// `by` is checked against the grouping list of each view (groupingOf), for a 400 naming the allowed values.
const groupedQuery = baseQuery.extend({ by: z.string().optional() });
const questionParam = z.object({ name: z.string() });
const referenceQuery = baseQuery.extend({
  school: z.coerce.number().int().positive().max(2_147_483_647).optional(),
});

/** A `by` outside the allowed list is a 400 that names the allowed values. */
function groupingOf<T extends string>(
  c: { req: { query: (k: string) => string | undefined } },
  allowed: readonly T[],
  fallback: T,
): T {
  const by = c.req.query('by');
  if (by === undefined || by === '') return fallback;
  if (!(allowed as readonly string[]).includes(by))
    throw new AppError('analysis_by_invalid', { allowed }, `by must be one of: ${allowed.join(', ')}.`, {
      by: [`Allowed: ${allowed.join(', ')}`],
      allowed,
    });
  return by as T;
}

/**
 * One wave's view for the signed-in user: the scope (404 or 403 as resolveAnalysisScope says), then the
 * view with the group minimum its organisation set (else the installation's).
 */
async function waveView<T>(
  c: Context<AppEnv>,
  query: z.infer<typeof baseQuery>,
  view: (db: Kysely<Database>, scope: AnalysisScope, minimum: number, installationMinimum: number) => Promise<T>,
): Promise<T> {
  const { db, minCellSize } = c.get('deps');
  const scope = await resolveAnalysisScope(db, c.get('user'), query.organisation, query.wave);
  return view(db, scope, await groupMinimumOf(db, query.organisation, minCellSize), minCellSize);
}

/** Theme distributions, question breakdowns and the school list of one wave, for staff. */
export function createAnalysisRoutes() {
  return new Hono<AppEnv>()
    .get(
      '/waves',
      describeRoute({
        summary: 'Metingen voor het dashboard',
        description: 'De metingen van een organisatie die de analyse kan tonen, met hun aantal reacties.',
        query: organisationQuery,
      }),
      queryParams(organisationQuery),
      async (c) => {
        const { db } = c.get('deps');
        const { organisation } = c.req.valid('query');
        return c.json(await wavesForDashboard(db, c.get('user'), organisation));
      },
    )
    .get(
      '/themes',
      describeRoute({
        summary: "Verdeling over thema's",
        description:
          'Hoe vaak elk thema in een meting gekozen is, uitgesplitst naar `by` (sector, rol, school, …); groepen onder de minimale groepsgrootte van de organisatie zijn verborgen, ook als ze terug te rekenen zijn. Een schoolcontactpersoon ziet alleen de eigen school.',
        query: groupedQuery,
      }),
      queryParams(groupedQuery),
      async (c) => {
        const by = groupingOf(c, themeGroupings, 'sector');
        return c.json(
          await waveView(c, c.req.valid('query'), (db, scope, minimum) => themeView(db, scope, by, minimum)),
        );
      },
    )
    .get(
      '/questions/:name',
      describeRoute({
        summary: 'Eén vraag uitgesplitst',
        description:
          'De antwoorden op één vraag van een meting per groep, met Wilson-intervallen en een chi-kwadraattoets; kleine groepen verborgen zoals bij elk totaal.',
        query: groupedQuery,
        params: questionParam,
      }),
      queryParams(groupedQuery),
      async (c) => {
        const by = groupingOf(c, questionGroupings, 'sector');
        const question = c.req.param('name');
        return c.json(
          await waveView(c, c.req.valid('query'), (db, scope, minimum) =>
            questionView(db, scope, question, by, minimum),
          ),
        );
      },
    )
    .get(
      '/own-school',
      describeRoute({
        summary: 'Mijn school tegen de rest',
        description:
          'De eigen school van een schoolcontactpersoon naast de organisatie en de eigen sector daarin, voor elke schaalvraag, met de verandering sinds de vorige meting; alleen cijfers die de groepsregel toch al publiceert.',
        query: baseQuery,
      }),
      queryParams(baseQuery),
      async (c) => {
        const { db, minCellSize } = c.get('deps');
        const query = c.req.valid('query');
        return c.json(
          await organisationView(db, c.get('user'), { ...query, minimum: minCellSize }, { view: 'own-school' }),
        );
      },
    )
    .get(
      '/reference',
      describeRoute({
        summary: 'Scholen tegen de referentie',
        description:
          'Per school in beeld (of de ene gevraagde `school`) en per schaalvraag: het gemiddelde van de school, de referentieverdeling van de scholen van dezelfde sector op deze installatie waarvan de organisatie meedoet (zelfde doelgroep en jaar; pas gepubliceerd vanaf 20 scholen uit 3 organisaties), het percentiel van de school daarin en een t-toets voor één steekproef tegen het referentiegemiddelde. Andere scholen en organisaties worden nooit genoemd. Alleen voor organisaties die meedoen (instelling).',
        query: referenceQuery,
      }),
      queryParams(referenceQuery),
      async (c) => {
        const { db, minCellSize } = c.get('deps');
        const query = c.req.valid('query');
        return c.json(await referenceView(db, c.get('user'), { ...query, installationMinimum: minCellSize }));
      },
    )
    .get(
      '/report-mark',
      describeRoute({
        summary: 'Rapportcijfer',
        description:
          'Het rapportcijfer van een meting per school, per bestuur en voor de organisatie: gemiddelde met 95%-interval en de verandering tegen de vorige meting (een vraag met 4 punten als 3 × gemiddelde − 2, zoals Vensters doet); kleine groepen verborgen zoals bij elk totaal. `reference` is voor de referentievergelijking.',
        query: baseQuery,
      }),
      queryParams(baseQuery),
      async (c) => c.json(await waveView(c, c.req.valid('query'), reportMarkView)),
    )
    .get(
      '/priorities',
      describeRoute({
        summary: 'Prioriteitenmatrix',
        description:
          'Per vraag en thema: tevredenheid (aandeel eens) tegen belang (de samenhang van de vraag met het rapportcijfer over de respondenten) in vier kwadranten, met de grenzen (medianen); voor de organisatie en per school, kleine groepen verborgen.',
        query: baseQuery,
      }),
      queryParams(baseQuery),
      async (c) => c.json(await waveView(c, c.req.valid('query'), priorityView)),
    )
    .get(
      '/schools',
      describeRoute({
        summary: 'Scholen van een meting',
        description: 'Respons per school van de organisatie in een meting, kleine groepen verborgen.',
        query: baseQuery,
      }),
      queryParams(baseQuery),
      async (c) => c.json(await waveView(c, c.req.valid('query'), schoolView)),
    );
}
