import type { StaffRole } from '../db/database.ts';

export type Access = 'public' | 'signed-in' | readonly StaffRole[];

/**
 * Who may call each api route: the one place where that is decided. A route that is not listed here
 * answers 404 to everyone, and `access-rules.test.ts` fails for it, so no route is open by mistake.
 * Organisation scope (own vs other) is checked by each feature on top of this.
 */
export const accessRules: Record<string, Access> = {
  'GET /api/health': 'public',

  'POST /api/auth/login': 'public',
  'POST /api/auth/logout': 'signed-in',
  'GET /api/auth/me': 'signed-in',
  'POST /api/auth/password': 'signed-in',

  'GET /api/admin/users': ['admin'],
  'POST /api/admin/users': ['admin'],
  'POST /api/admin/users/:id/memberships': ['admin'],
  'DELETE /api/admin/memberships/:id': ['admin'],
  'POST /api/admin/users/:id/disable': ['admin'],
  'POST /api/admin/users/:id/enable': ['admin'],
  'POST /api/admin/users/:id/reset-password': ['admin'],
  'GET /api/admin/audit': ['admin'],
  'GET /api/organisations': 'signed-in',
};

interface CompiledRule {
  method: string;
  pattern: RegExp;
  access: Access;
}

function compile(rules: Record<string, Access>): CompiledRule[] {
  return Object.entries(rules).map(([key, access]) => {
    const [method, path] = key.split(' ') as [string, string];
    const source = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:[a-zA-Z]+/g, '[^/]+');
    return { method, pattern: new RegExp(`^${source}/?$`), access };
  });
}

const compiled = compile(accessRules);

/** The rule for a request, or undefined when no route of that method and path has one. */
export function accessFor(method: string, path: string): Access | undefined {
  const lookup = method === 'HEAD' ? 'GET' : method;
  return compiled.find((rule) => rule.method === lookup && rule.pattern.test(path))?.access;
}
