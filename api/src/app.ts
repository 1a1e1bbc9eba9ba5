import { Hono } from 'hono';
import { AppError, handleError } from './errors.ts';
import type { AppDeps, AppEnv } from './deps.ts';
import { healthRoutes } from './health/routes.ts';
import { requestLog } from './request-log.ts';
import { serveWebApp } from './static-web.ts';

/** Builds the whole HTTP app from its dependencies; each feature is mounted under /api. */
export function createApp(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    await next();
  });
  app.use('/api/*', requestLog);

  const routes = app.route('/api', apiRoutes);

  if (deps.webDist) serveWebApp(app, deps.webDist);
  app.notFound((c) => handleError(new AppError('not_found', `No such route: ${c.req.method} ${c.req.path}`), c));
  app.onError(handleError);
  return routes;
}

// Every feature's routes, chained so the typed web client (hc<AppType>) sees each path.
const apiRoutes = new Hono<AppEnv>().route('/health', healthRoutes);

export type AppType = ReturnType<typeof createApp>;
