import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { accessRules } from '../auth/access-rules.ts';
import { createTestDatabase, type TestDatabase, testEngines } from '../db/test-database.ts';
import { type AccessFixture, bodyOf, loginAs, seedAccessFixture } from '../test-support/access-fixture.ts';
import { tagNames } from './document.ts';
import { readResponseSchemas } from './response-types.ts';

describe.each(testEngines)('OpenAPI description [%s]', (engine) => {
  let t: TestDatabase;
  let app: ReturnType<typeof createApp>;
  let f: AccessFixture;
  let doc: any;

  beforeAll(async () => {
    t = await createTestDatabase(engine);
    f = await seedAccessFixture(t.db);
    app = createApp({ db: t.db, engine: t.engine, minCellSize: 10 });
    const res = await app.request('http://localhost/api/openapi.json', {
      headers: await loginAs(app, f.emails.school),
    });
    expect(res.status).toBe(200);
    doc = await bodyOf(res);
  });
  afterAll(() => t.close());

  it('is served to signed-in staff only', async () => {
    const res = await app.request('http://localhost/api/openapi.json');
    expect(res.status).toBe(401);
    expect((await bodyOf(res)).error.code).toBe('unauthorized');
  });

  it('validates as OpenAPI 3.1', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(doc));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('lists every route of access-rules.ts, each with a description, and nothing else', () => {
    const documented = Object.entries(doc.paths as Record<string, Record<string, { description?: string }>>).flatMap(
      ([path, ops]) =>
        Object.entries(ops).map(([method, op]) => ({
          route: `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`,
          description: op.description ?? '',
        })),
    );
    const undescribed = Object.keys(accessRules).filter(
      (route) => !documented.some((d) => d.route === route && d.description.trim().length > 10),
    );
    expect(undescribed, 'routes without describeRoute({ summary, description })').toEqual([]);
    expect(documented.map((d) => d.route).sort()).toEqual(Object.keys(accessRules).sort());
  });

  it("shows a route's own zod schemas: body, query and path parameters, who may call it and its errors", () => {
    const post = doc.paths['/api/exports'].post;
    const body = post.requestBody.content['application/json'].schema;
    expect(body.properties.k).toMatchObject({ type: 'integer', minimum: 2, maximum: 100, default: 5 });
    expect(body.properties.refiQda).toMatchObject({ type: 'boolean', default: false });
    expect(body.required).toEqual(['organisation']);
    expect(body.additionalProperties).toBe(false);
    expect(post['x-access']).toEqual(['researcher']);
    expect(post.responses['400'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/Error' });
    expect(doc.components.schemas.Error.properties.error.properties.code.enum).toContain('validation_failed');
    const diff = doc.paths['/api/codebooks/{id}/diff'].get;
    expect(diff.parameters).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'id', in: 'path', required: true }),
        expect.objectContaining({ name: 'organisation', in: 'query', required: true }),
      ]),
    );
    expect(diff.responses['200'].content['application/json'].schema.properties.diff.required).toContain('added');
    expect(doc.paths['/api/public/stories'].post.security).toEqual([]);
  });

  it("gives the answer shapes the typed client knows, read from the routes' own types", () => {
    const list = doc.paths['/api/exports'].get.responses['200'].content['application/json'].schema;
    expect(list.required).toEqual(['exports']);
    expect(list.properties.exports.items.properties.status).toEqual({
      enum: ['queued', 'running', 'done', 'failed', 'expired'],
    });
    const next = doc.paths['/api/coding/next'].get.responses;
    expect(Object.keys(next)).toEqual(expect.arrayContaining(['200', '204']));
    expect(next['204'].content).toBeUndefined();
    expect(next['200'].content['application/json'].schema.properties.story.properties.text).toEqual({ type: 'string' });
    const receipt = doc.paths['/api/public/stories'].post.responses['201'].content['application/json'].schema;
    expect(receipt).toMatchObject({ properties: { receiptCode: { type: 'string' } }, required: ['receiptCode'] });
    const undocumented = Object.entries(doc.paths as Record<string, Record<string, { responses: object }>>).flatMap(
      ([path, ops]) =>
        Object.entries(ops)
          .filter(([, op]) => !Object.keys(op.responses).some((status) => /^2/.test(status)))
          .map(([method]) => `${method} ${path}`),
    );
    expect(undocumented).toEqual([]);
  });

  it('names every group of routes in Dutch, for the API page and any OpenAPI viewer', () => {
    const nameless = (doc.tags as { name: string; 'x-displayName': string }[]).filter(
      (t) => !(t.name in tagNames) || t['x-displayName'] !== tagNames[t.name],
    );
    expect(nameless).toEqual([]);
    expect(doc.tags).toContainEqual({ name: 'results', 'x-displayName': 'Resultatenpagina voor ouders' });
  });
});

describe('response-schemas.json', () => {
  it("is what the routes' types say now (after changing an answer: pnpm openapi:generate)", () => {
    const root = join(import.meta.dirname, '../../..');
    const committed = JSON.parse(readFileSync(join(import.meta.dirname, 'response-schemas.json'), 'utf8'));
    expect(readResponseSchemas(root)).toEqual(committed);
  }, 120_000);
});
