import type { MiddlewareHandler } from 'hono';
import { log } from './log.ts';

// Logs the route pattern, never the concrete path: paths carry link codes and receipt codes.
// No IP address or user agent is read here or anywhere else.
export const requestLog: MiddlewareHandler = async (c, next) => {
  const started = performance.now();
  await next();
  log.info('request', {
    method: c.req.method,
    route: c.req.routePath,
    status: c.res.status,
    ms: Math.round(performance.now() - started),
  });
};
