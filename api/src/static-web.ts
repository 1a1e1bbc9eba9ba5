import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Hono } from 'hono';
import type { AppEnv } from './deps.ts';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

const clientRoute = /^[A-Za-z0-9/_-]*$/;

/** Serves the built web app: files from the dist folder, and index.html for every other page (client-side routes). */
export function serveWebApp(app: Hono<AppEnv>, webDist: string): void {
  const root = normalize(webDist);
  app.get('*', async (c, next) => {
    if (c.req.path.startsWith('/api/')) return next();
    const requested = normalize(join(root, decodeURIComponent(c.req.path)));
    if (!requested.startsWith(root + sep) && requested !== root) return next();
    const file = extname(requested) ? await readFile(requested).catch(() => null) : null;
    if (file) {
      // Vite fingerprints asset names, so they may be cached for good.
      const immutable = c.req.path.startsWith('/assets/');
      return c.body(file, 200, {
        'content-type': contentTypes[extname(requested)] ?? 'application/octet-stream',
        'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
    }
    // Client routes are plain words and codes; anything else (/s/link~, /admin.bak) names no page, and a
    // 200 for it looks to a scanner like a backup file left on the server.
    if (extname(requested) || !clientRoute.test(c.req.path)) return next();
    const index = await readFile(join(root, 'index.html')).catch(() => null);
    if (!index) return next();
    return c.body(index, 200, { 'content-type': contentTypes['.html'] as string, 'cache-control': 'no-cache' });
  });
}
