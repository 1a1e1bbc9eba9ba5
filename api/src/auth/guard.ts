import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { AppEnv } from '../deps.ts';
import { AppError } from '../errors.ts';
import { accessFor } from './access-rules.ts';
import { findSessionUser } from './sessions.ts';

export const sessionCookie = 'klankbord_session';
const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** A cookie-authenticated write must come from our own pages: the Origin (or Sec-Fetch-Site) says so. */
function isSameOrigin(headers: Headers, requestUrl: string): boolean {
  const origin = headers.get('origin');
  if (origin) return origin === new URL(requestUrl).origin;
  return headers.get('sec-fetch-site') === 'same-origin';
}

/** Looks up the route's rule in accessRules and lets the request through only when it is met. */
export const guard: MiddlewareHandler<AppEnv> = async (c, next) => {
  const access = accessFor(c.req.method, c.req.path);
  if (access === undefined)
    throw new AppError(
      'route_not_found',
      { method: c.req.method, path: c.req.path },
      `No such route: ${c.req.method} ${c.req.path}`,
    );
  if (access === 'public') return next();

  const token = getCookie(c, sessionCookie);
  const user = token ? await findSessionUser(c.get('deps').db, token) : null;
  if (!user) throw new AppError('login_required', {}, 'Log in first (your session may have expired).');
  if (unsafeMethods.has(c.req.method) && !isSameOrigin(c.req.raw.headers, c.req.url)) {
    throw new AppError('csrf_failed', {}, 'This request did not come from a Klankbord page.');
  }
  if (user.mustChangePassword && !c.req.path.startsWith('/api/auth/')) {
    throw new AppError('password_change_required', {}, 'Choose a new password first.', {
      reason: 'password_change_required',
    });
  }
  if (access !== 'signed-in' && !user.memberships.some((m) => access.includes(m.role))) {
    throw new AppError('role_forbidden', {}, 'Your role does not give access to this.');
  }
  c.set('user', user);
  c.set('sessionToken', token as string);
  return next();
};
