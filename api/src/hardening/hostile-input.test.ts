import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { accessRules } from '../auth/access-rules.ts';
import { createTestDatabase, type TestDatabase, testEngines } from '../db/test-database.ts';
import { bodyOf, seedAccessFixture } from '../test-support/access-fixture.ts';

// Tables a rejected request may still write to: failed logins are audited on purpose.
const mayGrow = new Set(['audit_log']);

const sqlInjection = fc.constantFrom(
  "' OR '1'='1",
  "'; DROP TABLE responses; --",
  '1; SELECT pg_sleep(5)',
  '" OR ""="',
  "admin'--",
  '$$; DELETE FROM users; $$',
);
const hostileString = fc.oneof(
  sqlInjection,
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.constant('\u0000'.repeat(50)),
  fc.constant('𝕏'.repeat(20_000)),
  fc.constant('<script>alert(1)</script>'),
  fc.constant('=HYPERLINK("http://evil.example")'),
);
const deepJson = fc.integer({ min: 500, max: 5000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth));
const hostileBody = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.record({ email: hostileString, password: hostileString }).map((v) => JSON.stringify(v)),
  fc.dictionary(hostileString, fc.oneof(hostileString, fc.jsonValue())).map((v) => JSON.stringify(v)),
  deepJson,
  hostileString,
);
const contentType = fc.constantFrom(
  'application/json',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  '',
  'application/json; charset=utf-16',
);

async function rowCounts(t: TestDatabase): Promise<Record<string, number>> {
  const { rows } = await sql<{ table_name: string }>`
    select table_name from information_schema.tables where table_schema = 'public' and table_name not like 'kysely_%'`.execute(
    t.db,
  );
  const counts: Record<string, number> = {};
  for (const { table_name } of rows) {
    if (mayGrow.has(table_name)) continue;
    const result = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table_name)}`.execute(t.db);
    counts[table_name] = result.rows[0]?.n ?? 0;
  }
  return counts;
}

describe.each(testEngines)('hostile input at every public route [%s]', (engine) => {
  let t: TestDatabase;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
    await seedAccessFixture(t.db);
    app = createApp({ db: t.db, engine: t.engine, minCellSize: 10 });
  });
  afterAll(() => t.close());

  const publicRoutes = Object.entries(accessRules)
    .filter(([, access]) => access === 'public')
    .map(([key]) => key.split(' ') as [string, string]);

  it.each(publicRoutes)(
    '%s %s never answers 5xx, stores nothing it rejects, and keeps answering',
    async (method, path) => {
      const before = await rowCounts(t);
      await fc.assert(
        fc.asyncProperty(hostileBody, contentType, hostileString, async (body, type, segment) => {
          const concrete = path.replace(/:[a-zA-Z]+/g, encodeURIComponent(segment.slice(0, 200)) || 'x');
          const res = await app.request(`http://localhost${concrete}`, {
            method,
            headers: type ? { 'content-type': type, origin: 'http://localhost' } : { origin: 'http://localhost' },
            ...(method === 'GET' ? {} : { body }),
          });
          expect(res.status).toBeLessThan(500);
          if (res.status >= 400) expect((await bodyOf(res)).error.code).toEqual(expect.any(String));
        }),
        { numRuns: 60 },
      );
      const after = await rowCounts(t);
      expect(after).toEqual(before);
      const health = await app.request('http://localhost/api/health');
      expect(health.status).toBe(200);
    },
  );

  it('rejects a body over the limit with 413 before reading it all', async () => {
    const res = await app.request('http://localhost/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost' },
      body: JSON.stringify({ email: 'a@b.nl', password: 'x'.repeat(200_000) }),
    });
    expect(res.status).toBe(413);
    expect((await bodyOf(res)).error.code).toBe('payload_too_large');
  });

  it('sends the security headers: CSP without inline script, no framing, no sniffing, no referrer', async () => {
    const res = await app.request('http://localhost/api/health');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});
