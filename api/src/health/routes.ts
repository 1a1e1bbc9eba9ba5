import { Hono } from 'hono';
import { latestAppliedMigration } from '../db/migrate.ts';
import type { AppEnv } from '../deps.ts';
import { describeRoute } from '../openapi/describe-route.ts';

export const healthRoutes = new Hono<AppEnv>().get(
  '/',
  describeRoute({
    summary: 'Health check',
    description:
      'Whether the api and its database answer: the database engine and the latest migration applied. For load balancers and monitoring.',
  }),
  async (c) => {
    const { db, engine } = c.get('deps');
    const migration = await latestAppliedMigration(db);
    return c.json({ status: 'ok' as const, database: engine, migration });
  },
);
