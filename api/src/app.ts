import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { createActionRoutes } from './actions/routes.ts';
import { createAdminRoutes } from './admin/routes.ts';
import { createAnalysisRoutes } from './analysis/routes.ts';
import { guard } from './auth/guard.ts';
import { createAuthRoutes } from './auth/routes.ts';
import { createCodebookRoutes } from './codebook/routes.ts';
import { createCodingRoutes } from './coding/routes.ts';
import type { AppDeps, AppEnv } from './deps.ts';
import { createDiscoveryRoutes } from './discovery/routes.ts';
import { AppError, handleError } from './errors.ts';
import { createExportRoutes } from './exports/routes.ts';
import { healthRoutes } from './health/routes.ts';
import { createHomeRoutes } from './home/routes.ts';
import { limitBody } from './http/body-limit.ts';
import { compressJson } from './http/compress-json.ts';
import { createOpenApiRoutes } from './openapi/routes.ts';
import { createOrganisationRoutes } from './organisations/routes.ts';
import { createSetupRoutes } from './organisations/setup-routes.ts';
import { requestLog } from './request-log.ts';
import { createReportRoutes } from './report/routes.ts';
import { createRespondentRoutes } from './respondents/routes.ts';
import { createPublicResultsRoutes, createResultsRoutes } from './results/routes.ts';
import { createSignalRoutes } from './signals/routes.ts';
import { serveWebApp } from './static-web.ts';
import { createStoryRoutes } from './stories/routes.ts';
import { createSurveyRoutes, createSurveyVersionRoutes } from './surveys/routes.ts';
import { createWaveRoutes } from './waves/routes.ts';

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
  // A path that is no valid percent-encoded UTF-8 (/%ff, /assets/%c0%af) names nothing: 400, not a
  // URIError deep in a handler.
  app.use('*', async (c, next) => {
    try {
      decodeURIComponent(new URL(c.req.url).pathname);
    } catch {
      return handleError(new AppError('address_invalid', {}, 'The address is not valid: it has a broken %-code.'), c);
    }
    await next();
  });
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
  app.use('/api/*', compressJson);
  // 64 KB is plenty for every staff form; the questionnaire routes set their own limits (answers 256 KB,
  // SurveyJS definitions with six languages 1 MB, a REFI-QDA codebook with its memos 1 MB).
  const formBodyLimit = limitBody(64 * 1024, 'The request body is too large (at most 64 KB).');
  const ownLimit = (path: string) =>
    path === '/api/public/responses' ||
    path === '/api/codebooks/import' ||
    /^\/api\/organisations\/[^/]+\/schools\/import$/.test(path) ||
    path.startsWith('/api/surveys') ||
    path.startsWith('/api/survey-versions/');
  app.use('/api/*', (c, next) => (ownLimit(c.req.path) ? next() : formBodyLimit(c, next)));
  app.use('/api/*', guard);

  const routes = app.route(
    '/api',
    new Hono<AppEnv>()
      .route('/health', healthRoutes)
      .route('/auth', createAuthRoutes())
      .route('/admin', createAdminRoutes())
      .route('/organisations', createOrganisationRoutes())
      .route('/setup', createSetupRoutes())
      .route('/analysis', createAnalysisRoutes())
      .route('/public', createRespondentRoutes())
      .route('/public', createStoryRoutes())
      .route('/surveys', createSurveyRoutes())
      .route('/survey-versions', createSurveyVersionRoutes())
      .route('/waves', createWaveRoutes())
      .route('/exports', createExportRoutes())
      .route('/signals', createSignalRoutes())
      .route('/actions', createActionRoutes())
      .route('/coding', createCodingRoutes())
      .route('/discovery', createDiscoveryRoutes())
      .route('/reports', createReportRoutes())
      .route('/results', createResultsRoutes())
      .route('/public', createPublicResultsRoutes())
      .route('/codebooks', createCodebookRoutes())
      .route('/home', createHomeRoutes())
      .route(
        '/openapi.json',
        createOpenApiRoutes(() => app.routes),
      ),
  );

  if (deps.webDist) serveWebApp(app, deps.webDist);
  app.notFound((c) =>
    handleError(
      new AppError(
        'route_not_found',
        { method: c.req.method, path: c.req.path },
        `No such route: ${c.req.method} ${c.req.path}`,
      ),
      c,
    ),
  );
  app.onError(handleError);
  return routes;
}

export type AppType = ReturnType<typeof createApp>;
