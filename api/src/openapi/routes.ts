import { Hono } from 'hono';
import type { AppEnv } from '../deps.ts';
import { describeRoute } from './describe-route.ts';
import { buildOpenApiDocument, type OpenApiDocument, type RouteEntry } from './document.ts';

/** GET /api/openapi.json: the api's OpenAPI 3.1 description, built once from the app's own routes. */
export function createOpenApiRoutes(routes: () => readonly RouteEntry[]) {
  let document: OpenApiDocument | undefined;
  return new Hono<AppEnv>().get(
    '/',
    describeRoute({
      summary: 'The OpenAPI 3.1 description of this api',
      description:
        'Every route with who may call it, its parameters, request body and answers, generated from the zod schemas the routes validate with. Readable at /staff/api.',
      responses: { 200: { description: 'The OpenAPI 3.1 document.' } },
    }),
    (c) => c.json((document ??= buildOpenApiDocument(routes()))),
  );
}
