import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createTestDatabase, type TestDatabase } from '../db/test-database.ts';

// Over a real socket: app.request() has no connection to break.
describe('a refused body (413) over a kept-alive connection', () => {
  let t: TestDatabase;
  let server: ReturnType<typeof serve>;
  let base: string;
  beforeAll(async () => {
    t = await createTestDatabase('pglite');
    const app = createApp({ db: t.db, engine: t.engine, minCellSize: 10 });
    server = await new Promise((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }, 120_000);
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await t.close();
  });

  it('answers every oversized request with its 413, and the next request on the connection works', async () => {
    // Node's fetch keeps the connection alive and reuses it for the next request, as a browser does.
    const answers = { q: 'x'.repeat(300 * 1024) };
    for (let i = 0; i < 10; i++) {
      const refused = await fetch(`${base}/api/public/responses`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code: 'demo-ouders', locale: 'nl', role: 'ouder', answers, complete: true }),
      });
      expect(refused.status).toBe(413);
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('payload_too_large');
      const next = await fetch(`${base}/api/health`);
      expect(next.status).toBe(200);
      await next.body?.cancel();
    }
  });

  it('says Connection: close when the refused body is too large to read away, and the next request still works', async () => {
    const refused = await fetch(`${base}/api/public/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: 'demo-ouders', answers: { q: 'x'.repeat(10 * 1024 * 1024) } }),
    });
    expect(refused.status).toBe(413);
    expect(refused.headers.get('connection')).toBe('close');
    await refused.body?.cancel();
    expect((await fetch(`${base}/api/health`)).status).toBe(200);
  });
});
