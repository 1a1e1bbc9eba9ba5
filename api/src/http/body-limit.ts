import type { MiddlewareHandler } from 'hono';
import { AppError } from '../errors.ts';

// What is read and thrown away after a refused body so the kept-alive connection stays usable; past this
// (or a slow sender) the 413 says `Connection: close` instead, and the socket is not left half-read.
const maxDrainBytes = 8 * 1024 * 1024;
const maxDrainMs = 5_000;

async function drain(reader: ReadableStreamDefaultReader<Uint8Array>, alreadyRead: number): Promise<boolean> {
  let read = alreadyRead;
  const deadline = Date.now() + maxDrainMs;
  for (;;) {
    const timeout = new Promise<'timeout'>((resolve) => setTimeout(resolve, deadline - Date.now(), 'timeout').unref());
    const chunk = await Promise.race([reader.read(), timeout]).catch(() => 'timeout' as const);
    if (chunk === 'timeout') break;
    if (chunk.done) return true;
    read += chunk.value.length;
    if (read > maxDrainBytes) break;
  }
  await reader.cancel().catch(() => {});
  return false;
}

/**
 * Refuses a request body over `maxSize` bytes with 413 `payload_too_large` (message in the words given).
 * Unlike hono/body-limit it reads the refused body to its end (up to 8 MB) before answering: answering
 * mid-upload made Node's fetch see the kept-alive connection close under it (a socket error, not the 413).
 */
export function limitBody(maxSize: number, message: string): MiddlewareHandler {
  return async (c, next) => {
    const body = c.req.raw.body;
    if (!body) return next();
    const declared = c.req.raw.headers.has('transfer-encoding') ? null : c.req.header('content-length');
    if (declared !== undefined && declared !== null && Number(declared) <= maxSize) return next();

    const reader = body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const chunk = await reader.read();
      if (chunk.done) break;
      size += chunk.value.length;
      if (size > maxSize) {
        const drained = await drain(reader, size);
        throw new AppError('body_too_large', {}, message, undefined, drained ? undefined : { connection: 'close' });
      }
      chunks.push(chunk.value);
    }
    c.req.raw = new Request(c.req.raw, { body: Buffer.concat(chunks) });
    return next();
  };
}
