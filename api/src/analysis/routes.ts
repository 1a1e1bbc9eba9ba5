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
        summary: 'Waves for the dashboard',
        description: 'The waves of an organisation that the analysis views can show, with their response counts.',
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
        summary: 'Theme distribution',
        description:
          "How often each theme was chosen in a wave, broken down `by` a grouping (sector, role, school, …); groups under the organisation's minimum group size are hidden with complementary suppression. A school contact sees their own school only.",
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
        summary: 'One question broken down',
        description:
          'The answers to one question of a wave by a grouping, with Wilson intervals and a chi-square test; small groups hidden as in every aggregate.',
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
        summary: 'My school against the rest',
        description:
          "A school contact's own school against its organisation and its sector there, for every scale item, with the change since the previous wave; only figures the group rule publishes anyway.",
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
        summary: 'Schools against the reference',
        description:
          "Per school in view (or the one `school` asked for) and per scale item: the school's mean, the reference distribution of the schools of its sector on this installation whose organisations take part (same audience and year; published only from 20 schools of 3 organisations), the school's percentile among them and a one-sample t-test against the reference mean. Other schools and organisations are never named. Only for organisations that take part (setting).",
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
        summary: 'Report mark',
        description:
          'The report mark (rapportcijfer) of a wave per school, per board and for the organisation: mean with its 95% interval and the change against the previous wave (a 4-point item as 3 × mean − 2, as Vensters does); small groups hidden as in every aggregate. `reference` is left for the reference benchmark.',
        query: baseQuery,
      }),
      queryParams(baseQuery),
      async (c) => c.json(await waveView(c, c.req.valid('query'), reportMarkView)),
    )
    .get(
      '/priorities',
      describeRoute({
        summary: 'Priority matrix',
        description:
          "Per item and theme: satisfaction (share agreeing) against importance (the item's correlation with the report mark across respondents) in four quadrants, with the cut points (medians); for the organisation and per school, small groups hidden.",
        query: baseQuery,
      }),
      queryParams(baseQuery),
      async (c) => c.json(await waveView(c, c.req.valid('query'), priorityView)),
    )
    .get(
      '/schools',
      describeRoute({
        summary: 'Schools of a wave',
        description: 'Response per school of the organisation in a wave, small groups hidden.',
        query: baseQuery,
      }),
      queryParams(baseQuery),
      async (c) => c.json(await waveView(c, c.req.valid('query'), schoolView)),
    );
}
