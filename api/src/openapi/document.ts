import { z } from 'zod';
import { type Access, accessRules } from '../auth/access-rules.ts';
import { sessionCookie } from '../auth/guard.ts';
import { errorSchema } from './error-schema.ts';
import { inputSchemaOf, type RouteDoc, routeDocOf } from './describe-route.ts';
import responseSchemas from './response-schemas.json' with { type: 'json' };
import type { ResponseSchemas } from './response-types.ts';

export interface RouteEntry {
  method: string;
  path: string;
  handler: object;
}

type JsonSchema = Record<string, unknown>;

/** One operation of the document: what /staff/api shows (its type is the web's, through AppType). */
export interface OpenApiOperation {
  operationId: string;
  tags: string[];
  summary: string;
  description: string;
  'x-access': Access;
  security: Record<string, string[]>[];
  parameters: OpenApiParameter[];
  requestBody?: { required: boolean; content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: JsonSchema }> }>;
}

export interface OpenApiParameter {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  schema: JsonSchema;
  description?: string;
}

/** JSON Schema 2020-12 (OpenAPI 3.1's dialect) of what a client sends or receives. */
function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    reused: 'inline',
  }) as JsonSchema;
  return rest;
}

const statusWords: Record<string, string> = {
  '200': 'Gelukt.',
  '201': 'Gemaakt.',
  '202': 'Aangenomen; het loopt op de achtergrond.',
  '204': 'Klaar; geen body.',
};

const errorRef = { $ref: '#/components/schemas/Error' };
const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: errorRef } } });

function parameters(doc: RouteDoc, query: z.ZodType | undefined, names: string[]): OpenApiParameter[] {
  const pathSchema = doc.params ? jsonSchema(doc.params, 'input') : null;
  const pathProps = (pathSchema?.properties ?? {}) as Record<string, JsonSchema>;
  const list: OpenApiParameter[] = names.map((name) => ({
    name,
    in: 'path',
    required: true,
    schema: pathProps[name] ?? { type: 'string' },
  }));
  if (query) {
    const schema = jsonSchema(query, 'input');
    const required = new Set((schema.required ?? []) as string[]);
    for (const [name, prop] of Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>)) {
      const { description, ...rest } = prop;
      list.push({
        name,
        in: 'query',
        required: required.has(name),
        schema: rest,
        ...(typeof description === 'string' ? { description } : {}),
      });
    }
  }
  return list;
}

/**
 * The OpenAPI 3.1 document of the api, read from Hono's route table: each route's describeRoute() and
 * the zod schemas its validators parse. Who may call a route comes from access-rules.ts.
 */

/**
 * Each group of routes (the path's first segment after /api) by its Dutch name, as the API page and any
 * OpenAPI viewer show it (`x-displayName`, the convention Redoc reads). A group without one fails openapi.test.ts.
 */
export const tagNames: Record<string, string> = {
  public: 'Respondenten (zonder account)',
  auth: 'Inloggen',
  admin: 'Beheer',
  setup: 'Eerste inrichting',
  organisations: 'Organisaties',
  analysis: 'Analyse',
  surveys: 'Vragenlijsten',
  'survey-versions': 'Vragenlijstversies',
  waves: 'Metingen',
  exports: 'Export',
  signals: 'Signalen',
  actions: 'Acties',
  coding: 'Coderen',
  codebooks: 'Codeboek',
  discovery: 'Ontdekken',
  reports: 'Jaarrapport',
  results: 'Resultatenpagina voor ouders',
  home: 'Startpagina medewerkers',
  health: 'Status',
  'openapi.json': 'Deze beschrijving',
};

export function buildOpenApiDocument(routes: readonly RouteEntry[]) {
  const operations = new Map<string, { method: string; path: string; handlers: object[] }>();
  for (const route of routes) {
    if (route.method === 'ALL' || !route.path.startsWith('/api/') || route.path.includes('*')) continue;
    const key = `${route.method} ${route.path}`;
    const op = operations.get(key) ?? { method: route.method, path: route.path, handlers: [] };
    op.handlers.push(route.handler);
    operations.set(key, op);
  }
  const paths: Record<string, Record<string, OpenApiOperation>> = {};
  for (const [key, op] of operations) {
    const access = accessRules[key];
    const doc = op.handlers.map(routeDocOf).find((d) => d !== undefined);
    // A route without a rule answers 404 to everyone (guard.ts): it is no part of the api.
    if (!access || !doc) continue;
    const inputs = op.handlers.map(inputSchemaOf);
    const body = doc.body ?? inputs.find((i) => i?.target === 'json')?.schema;
    const query = doc.query ?? inputs.find((i) => i?.target === 'query')?.schema;
    const names = [...op.path.matchAll(/:([a-zA-Z]+)/g)].map((m) => m[1]!);
    const responses: OpenApiOperation['responses'] = {};
    // Statuses and shapes from the route's own types (response-schemas.json); words and zod schemas from its doc.
    const typed = (responseSchemas as ResponseSchemas)[key] ?? {};
    for (const status of [...new Set([...Object.keys(typed), ...Object.keys(doc.responses ?? {})])].sort()) {
      const described = doc.responses?.[Number(status)];
      const schema = described?.schema ? jsonSchema(described.schema, 'output') : typed[status];
      const type = described?.contentType ?? (schema ? 'application/json' : undefined);
      responses[status] = {
        description: described?.description ?? statusWords[status] ?? 'Gelukt.',
        ...(type ? { content: { [type]: { schema: schema ?? {} } } } : {}),
      };
    }
    if (body || query || names.length)
      responses['400'] = errorResponse('Ongeldige invoer (`validation_failed`, `bad_request`).');
    if (access !== 'public') {
      responses['401'] = errorResponse('Niet ingelogd (`unauthorized`).');
      responses['403'] = errorResponse('Niet toegestaan voor deze rol of organisatie (`forbidden`, `csrf_failed`).');
    }
    if (names.length) responses['404'] = errorResponse('Bestaat niet (`not_found`).');
    responses.default = errorResponse('Elke andere fout, in dezelfde vorm.');
    const tag = op.path.split('/')[2] ?? 'api';
    const method = op.method.toLowerCase();
    (paths[op.path.replace(/:([a-zA-Z]+)/g, '{$1}')] ??= {})[method] = {
      operationId: `${method}${op.path.replace(/\/:?([a-zA-Z0-9-]+)/g, (_, s: string) => s.charAt(0).toUpperCase() + s.slice(1)).replace(/[^a-zA-Z0-9]/g, '')}`,
      tags: [tag],
      summary: doc.summary,
      description: doc.description,
      'x-access': access,
      security: access === 'public' ? [] : [{ session: [] }],
      parameters: parameters(doc, query, names),
      ...(body
        ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(body, 'input') } } } }
        : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Klankbord API',
      version: '1',
      description:
        'De HTTP-api van Klankbord, het platform voor de stem van ouders en jongeren. Routes voor respondenten (/api/public) vragen geen account; routes voor medewerkers vragen het sessiecookie van POST /api/auth/login, en een schrijvend verzoek moet een Origin-header van dezelfde herkomst hebben. Elke fout heeft één vorm: { "error": { "code", "message", "details"? } }.',
      license: { name: 'Open source; zie de repository' },
    },
    servers: [{ url: '/' }],
    tags: [...new Set(Object.values(paths).flatMap((ops) => Object.values(ops).map((o) => o.tags[0]!)))]
      .sort()
      .map((name) => ({ name, 'x-displayName': tagNames[name] ?? name })),
    paths,
    components: {
      schemas: { Error: jsonSchema(errorSchema, 'output') },
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: sessionCookie } },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
