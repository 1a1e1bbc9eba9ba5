import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { createAdminRoutes } from './admin/routes.ts';
import { guard } from './auth/guard.ts';
import { createAuthRoutes } from './auth/routes.ts';
import type { AppDeps, AppEnv } from './deps.ts';
import { AppError, handleError } from './errors.ts';
import { healthRoutes } from './health/routes.ts';
import { createOrganisationRoutes } from './organisations/routes.ts';
import { requestLog } from './request-log.ts';
import { serveWebApp } from './static-web.ts';

// Respondent pages load nothing from elsewhere; SurveyJS sets inline style attributes, never inline script.
const contentSecurityPolicy = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** Builds the whole HTTP app from its dependencies; each feature is mounted under /api. */
export function createApp(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy,
      referrerPolicy: 'no-referrer',
      xFrameOptions: 'DENY',
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    await next();
  });
  app.use('/api/*', requestLog);
  // 64 KB is plenty for every staff form; the questionnaire route allows more on its own.
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: 64 * 1024,
      onError: () => {
        throw new AppError('payload_too_large', 'The request body is too large (at most 64 KB).');
      },
    }),
  );
  app.use('/api/*', guard);

  const routes = app.route(
    '/api',
    new Hono<AppEnv>()
      .route('/health', healthRoutes)
      .route('/auth', createAuthRoutes())
      .route('/admin', createAdminRoutes())
      .route('/organisations', createOrganisationRoutes()),
  );

  if (deps.webDist) serveWebApp(app, deps.webDist);
  app.notFound((c) => handleError(new AppError('not_found', `No such route: ${c.req.method} ${c.req.path}`), c));
  app.onError(handleError);
  return routes;
}

export type AppType = ReturnType<typeof createApp>;
