import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';
import { chooseEncoding } from './accept-encoding.ts';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
// A receipt or an error is a few hundred bytes: compressing it costs CPU and saves nothing on the wire.
export const minCompressBytes = 1024;

/**
 * Compresses JSON answers of the api (brotli or gzip, as the client accepts). Brotli at quality 5 and
 * gzip at level 6: most of the gain at a small part of the CPU of their best settings, per request.
 */
export const compressJson: MiddlewareHandler = async (c, next) => {
  await next();
  const res = c.res;
  if (!res.body || res.headers.has('content-encoding')) return;
  if (!res.headers.get('content-type')?.startsWith('application/json')) return;
  res.headers.append('vary', 'Accept-Encoding');
  const encoding = chooseEncoding(c.req.header('accept-encoding'), ['br', 'gzip']);
  if (!encoding) return;
  const length = Number(res.headers.get('content-length') ?? Number.NaN);
  if (length < minCompressBytes) return;
  const body = Buffer.from(await res.arrayBuffer());
  if (body.length < minCompressBytes) {
    c.res = new Response(body, res);
    return;
  }
  const compressed =
    encoding === 'br'
      ? await brotli(body, {
          params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
        })
      : await gzipAsync(body, { level: 6 });
  // Hono copies the old headers onto the new response, so the encoding and length are set after.
  c.res = new Response(compressed, res);
  c.res.headers.set('content-encoding', encoding);
  c.res.headers.set('content-length', String(compressed.length));
};
