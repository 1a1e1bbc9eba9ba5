import { Hono } from 'hono';
import { latestAppliedMigration } from '../db/migrate.ts';
import type { AppEnv } from '../deps.ts';
import { describeRoute } from '../openapi/describe-route.ts';

export const healthRoutes = new Hono<AppEnv>().get(
  '/',
  describeRoute({
    summary: 'Statuscontrole',
    description:
      'Of de api en zijn database antwoorden: de database-engine en de laatst uitgevoerde migratie. Voor load balancers en bewaking.',
  }),
  async (c) => {
    const { db, engine } = c.get('deps');
    const migration = await latestAppliedMigration(db);
    return c.json({ status: 'ok' as const, database: engine, migration });
  },
);
