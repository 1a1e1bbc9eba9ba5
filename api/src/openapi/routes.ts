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
      summary: 'De OpenAPI 3.1-beschrijving van deze api',
      description:
        "Elke route met wie hem mag aanroepen, zijn parameters, body en antwoorden, gemaakt uit de zod-schema's waarmee de routes controleren. Leesbaar op /staff/api.",
      responses: { 200: { description: 'Het OpenAPI 3.1-document.' } },
    }),
    (c) => c.json((document ??= buildOpenApiDocument(routes()))),
  );
}
