import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../deps.ts';
import { AppError } from '../errors.ts';
import { parseQuery } from '../validation.ts';
import { questionGroupings } from './question-queries.ts';
import { organisationView, wavesForDashboard } from './service.ts';
import { themeGroupings } from './theme-queries.ts';
import { groupMinimumOf } from '../organisations/settings.ts';

const baseQuery = z.object({
  organisation: z.string().min(1).max(100),
  wave: z.coerce.number().int().positive().max(2_147_483_647),
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
    throw new AppError('validation_failed', `by must be one of: ${allowed.join(', ')}.`, {
      by: [`Allowed: ${allowed.join(', ')}`],
      allowed,
    });
  return by as T;
}

/** Theme distributions, question breakdowns and the school list of one wave, for staff. */
export function createAnalysisRoutes() {
  return new Hono<AppEnv>()
    .get('/waves', async (c) => {
      const { db } = c.get('deps');
      const { organisation } = parseQuery(c, z.object({ organisation: z.string().min(1).max(100) }));
      return c.json(await wavesForDashboard(db, c.get('user'), organisation));
    })
    .get('/themes', async (c) => {
      const { db, minCellSize } = c.get('deps');
      const by = groupingOf(c, themeGroupings, 'sector');
      const query = parseQuery(c, baseQuery.extend({ by: z.string().optional() }));
      return c.json(
        await organisationView(
          db,
          c.get('user'),
          { ...query, minimum: await groupMinimumOf(db, query.organisation, minCellSize) },
          { view: 'themes', by },
        ),
      );
    })
    .get('/questions/:name', async (c) => {
      const { db, minCellSize } = c.get('deps');
      const by = groupingOf(c, questionGroupings, 'sector');
      const query = parseQuery(c, baseQuery.extend({ by: z.string().optional() }));
      const question = c.req.param('name');
      return c.json(
        await organisationView(
          db,
          c.get('user'),
          { ...query, minimum: await groupMinimumOf(db, query.organisation, minCellSize) },
          { view: 'questions', question, by },
        ),
      );
    })
    .get('/own-school', async (c) => {
      const { db, minCellSize } = c.get('deps');
      const query = parseQuery(c, baseQuery);
      return c.json(
        await organisationView(db, c.get('user'), { ...query, minimum: minCellSize }, { view: 'own-school' }),
      );
    })
    .get('/schools', async (c) => {
      const { db, minCellSize } = c.get('deps');
      const query = parseQuery(c, baseQuery);
      return c.json(
        await organisationView(
          db,
          c.get('user'),
          { ...query, minimum: await groupMinimumOf(db, query.organisation, minCellSize) },
          { view: 'schools' },
        ),
      );
    });
}
