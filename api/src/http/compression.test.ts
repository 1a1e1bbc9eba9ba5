import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createTestDatabase, type TestDatabase } from '../db/test-database.ts';
import { seedDemo } from '../demo/seed-demo.ts';

const script = `console.log(${JSON.stringify('klankbord '.repeat(500))});`;
const indexHtml = `<!doctype html><title>Klankbord</title>${'<!-- padding -->'.repeat(100)}`;

describe('compressed and cached responses', () => {
  let t: TestDatabase;
  let dist: string;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    t = await createTestDatabase('pglite');
    await seedDemo(t.db, { password: 'demoTestPassword' });
    // A build as web/scripts/precompress.ts leaves it: each text file beside its .br and .gz.
    dist = await mkdtemp(join(tmpdir(), 'klankbord-dist-'));
    await mkdir(join(dist, 'assets'));
    for (const [name, text] of [
      ['assets/index-AbC123.js', script],
      ['index.html', indexHtml],
    ] as const) {
      await writeFile(join(dist, name), text);
      await writeFile(join(dist, `${name}.br`), brotliCompressSync(text));
      await writeFile(join(dist, `${name}.gz`), gzipSync(text));
    }
    app = createApp({ db: t.db, engine: t.engine, minCellSize: 10, webDist: dist });
  }, 120_000);
  afterAll(async () => {
    await rm(dist, { recursive: true, force: true });
    await t.close();
  });

  const get = (path: string, headers: Record<string, string> = {}) =>
    app.request(`http://localhost${path}`, { headers });

  it('sends a built script as brotli to a browser that accepts it, gzip to one that does not, plain to neither', async () => {
    const br = await get('/assets/index-AbC123.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toBe('Accept-Encoding');
    expect(br.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toBe(script);

    const gz = await get('/assets/index-AbC123.js', { 'accept-encoding': 'gzip, br;q=0' });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(script);

    const plain = await get('/assets/index-AbC123.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(script);
  });

  it('lets hashed assets be cached for a year and revalidates the page with an ETag', async () => {
    const asset = await get('/assets/index-AbC123.js', { 'accept-encoding': 'br' });
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');

    const page = await get('/s/demo-ouders', { 'accept-encoding': 'br' });
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('content-encoding')).toBe('br');
    const etag = page.headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await get('/vertel', { 'accept-encoding': 'br', 'if-none-match': etag as string });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    // The gzip copy is another representation: its ETag differs, so a cache never mixes them up.
    const gz = await get('/vertel', { 'accept-encoding': 'gzip', 'if-none-match': etag as string });
    expect(gz.status).toBe(200);
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(indexHtml);
  });

  it('compresses the questionnaire JSON of a link, and leaves a tiny answer as it is', async () => {
    const plain = await (await get('/api/public/links/demo-ouders')).json();
    const br = await get('/api/public/links/demo-ouders', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toContain('Accept-Encoding');
    const bytes = Buffer.from(await br.arrayBuffer());
    expect(Number(br.headers.get('content-length'))).toBe(bytes.length);
    expect(JSON.parse(brotliDecompressSync(bytes).toString())).toEqual(plain);
    expect(bytes.length).toBeLessThan(JSON.stringify(plain).length / 3);

    const gz = await get('/api/public/links/demo-ouders', { 'accept-encoding': 'gzip' });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(JSON.parse(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString())).toEqual(plain);

    const health = await get('/api/health', { 'accept-encoding': 'br' });
    expect(health.status).toBe(200);
    expect(health.headers.get('content-encoding')).toBeNull();
    expect(await health.json()).toBeTruthy();
  });
});
