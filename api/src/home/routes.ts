import { Hono } from 'hono';
import type { AppEnv } from '../deps.ts';
import { describeRoute } from '../openapi/describe-route.ts';
import { homeOf } from './service.ts';

/** The staff home under /api/home: what matters first for the signed-in user's roles. */
export function createHomeRoutes() {
  return new Hono<AppEnv>().get(
    '/',
    describeRoute({
      summary: 'Staff home',
      description:
        "What matters first for the signed-in user, per role: open waves with each school's answers so far, stories waiting to be coded, open actions by due date, recent signals and this year's report. A part the user's roles do not reach is null.",
    }),
    async (c) => {
      const deps = c.get('deps');
      return c.json(await homeOf(deps.db, c.get('user'), deps.minCellSize));
    },
  );
}
