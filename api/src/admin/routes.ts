import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../deps.ts';
import { jsonBody, parseQuery, parseWith } from '../validation.ts';
import {
  addMembership,
  adminScope,
  createUserAccount,
  listAudit,
  listUsers,
  removeMembership,
  resetPassword,
  setDisabled,
} from './service.ts';

const role = z.enum(['admin', 'researcher', 'board', 'school', 'steunpunt']);
const membershipBody = z.object({
  role,
  organisation: z.string().min(1).max(64),
  schoolId: z.number().int().positive().max(2_147_483_647).optional(),
});
const userBody = membershipBody.extend({
  email: z
    .email()
    .max(320)
    .transform((e) => e.toLowerCase()),
  name: z.string().trim().max(200).default(''),
});
const idParam = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });
const auditQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  before: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
});

export function createAdminRoutes() {
  return new Hono<AppEnv>()
    .get('/users', async (c) => {
      const { db } = c.get('deps');
      return c.json({ users: await listUsers(db, await adminScope(db, c.get('user'))) });
    })
    .post('/users', jsonBody(userBody), async (c) => {
      const body = c.req.valid('json');
      const created = await createUserAccount(c.get('deps').db, c.get('user'), body);
      return c.json(created, 201);
    })
    .post('/users/:id/memberships', jsonBody(membershipBody), async (c) => {
      const { id } = parseWith(idParam, c.req.param());
      const body = c.req.valid('json');
      return c.json({ id: await addMembership(c.get('deps').db, c.get('user'), id, body) }, 201);
    })
    .delete('/memberships/:id', async (c) => {
      const { id } = parseWith(idParam, c.req.param());
      await removeMembership(c.get('deps').db, c.get('user'), id);
      return c.body(null, 204);
    })
    .post('/users/:id/disable', async (c) => {
      const { id } = parseWith(idParam, c.req.param());
      await setDisabled(c.get('deps').db, c.get('user'), id, true);
      return c.body(null, 204);
    })
    .post('/users/:id/enable', async (c) => {
      const { id } = parseWith(idParam, c.req.param());
      await setDisabled(c.get('deps').db, c.get('user'), id, false);
      return c.body(null, 204);
    })
    .post('/users/:id/reset-password', async (c) => {
      const { id } = parseWith(idParam, c.req.param());
      return c.json(await resetPassword(c.get('deps').db, c.get('user'), id));
    })
    .get('/audit', async (c) => {
      const { db } = c.get('deps');
      const query = parseQuery(c, auditQuery);
      return c.json({ entries: await listAudit(db, await adminScope(db, c.get('user')), query) });
    });
}
