import { Hono } from 'hono';
import { latestAppliedMigration } from '../db/migrate.ts';
import type { AppEnv } from '../deps.ts';

export const healthRoutes = new Hono<AppEnv>().get('/', async (c) => {
  const { db, engine } = c.get('deps');
  const migration = await latestAppliedMigration(db);
  return c.json({ status: 'ok' as const, database: engine, migration });
});
