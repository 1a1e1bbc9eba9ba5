import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Context, Hono } from 'hono';
import type { AppEnv } from './deps.ts';
import { chooseEncoding, type Encoding } from './http/accept-encoding.ts';

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
const suffixes: Record<Encoding, string> = { br: '.br', gzip: '.gz' };

/** The file, or the copy compressed at build time (web/scripts/precompress.ts) the client accepts best. */
async function sendFile(c: Context<AppEnv>, file: string, immutable: boolean): Promise<Response | null> {
  const original = await stat(file).catch(() => null);
  if (!original?.isFile()) return null;
  const offered: Encoding[] = [];
  for (const encoding of ['br', 'gzip'] as const)
    if (await stat(file + suffixes[encoding]).catch(() => null)) offered.push(encoding);
  const encoding = chooseEncoding(c.req.header('accept-encoding'), offered);
  // Fingerprinted assets never change; the rest is revalidated with an ETag per file version and encoding.
  const etag = `"${original.size.toString(36)}-${Math.floor(original.mtimeMs).toString(36)}${encoding ? `-${encoding}` : ''}"`;
  const headers: Record<string, string> = {
    'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    etag,
  };
  if (offered.length) headers.vary = 'Accept-Encoding';
  if (encoding) headers['content-encoding'] = encoding;
  const ifNoneMatch = c.req.header('if-none-match');
  if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag))
    return c.body(null, 304, headers);
  const body = await readFile(encoding ? file + suffixes[encoding] : file).catch(() => null);
  return body && c.body(body, 200, headers);
}

const clientRoute = /^[A-Za-z0-9/_-]*$/;

/** Serves the built web app: files from the dist folder, and index.html for every other page (client-side routes). */
export function serveWebApp(app: Hono<AppEnv>, webDist: string): void {
  const root = normalize(webDist);
  app.get('*', async (c, next) => {
    if (c.req.path.startsWith('/api/')) return next();
    const requested = normalize(join(root, decodeURIComponent(c.req.path)));
    if (!requested.startsWith(root + sep) && requested !== root) return next();
    if (extname(requested)) {
      // Vite fingerprints asset names, so they may be cached for good.
      const sent = await sendFile(c, requested, c.req.path.startsWith('/assets/'));
      return sent ?? next();
    }
    // Client routes are plain words and codes; anything else (/s/link~, /admin.bak) names no page, and a
    // 200 for it looks to a scanner like a backup file left on the server.
    if (!clientRoute.test(c.req.path)) return next();
    return (await sendFile(c, join(root, 'index.html'), false)) ?? next();
  });
}
