import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../deps.ts';
import { jsonBody, parseWith } from '../validation.ts';
import { queryParams } from '../signals/query-params.ts';
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
import { describeRoute } from '../openapi/describe-route.ts';

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
    .get(
      '/users',
      describeRoute({
        summary: 'Accounts',
        description: "The accounts in the admin's organisations, with their roles and whether they are disabled.",
      }),
      async (c) => {
        const { db } = c.get('deps');
        return c.json({ users: await listUsers(db, await adminScope(db, c.get('user'))) });
      },
    )
    .post(
      '/users',
      describeRoute({
        summary: 'Create an account',
        description:
          'A staff account with one role in one organisation (a school contact also with a school); answers a one-time password. Audit-logged.',
        responses: { 201: { description: 'The account and its one-time password.' } },
      }),
      jsonBody(userBody),
      async (c) => {
        const body = c.req.valid('json');
        const created = await createUserAccount(c.get('deps').db, c.get('user'), body);
        return c.json(created, 201);
      },
    )
    .post(
      '/users/:id/memberships',
      describeRoute({
        summary: 'Add a role',
        description: 'Gives an account another role in an organisation of the admin. Audit-logged.',
        params: idParam,
        responses: { 201: { description: "The new membership's id." } },
      }),
      jsonBody(membershipBody),
      async (c) => {
        const { id } = parseWith(idParam, c.req.param());
        const body = c.req.valid('json');
        return c.json({ id: await addMembership(c.get('deps').db, c.get('user'), id, body) }, 201);
      },
    )
    .delete(
      '/memberships/:id',
      describeRoute({
        summary: 'Remove a role',
        description: 'Takes one role of an account away. Audit-logged.',
        params: idParam,
        responses: { 204: { description: 'Removed.' } },
      }),
      async (c) => {
        const { id } = parseWith(idParam, c.req.param());
        await removeMembership(c.get('deps').db, c.get('user'), id);
        return c.body(null, 204);
      },
    )
    .post(
      '/users/:id/disable',
      describeRoute({
        summary: 'Disable an account',
        description: 'The account can no longer sign in and its sessions end. Audit-logged.',
        params: idParam,
        responses: { 204: { description: 'Disabled.' } },
      }),
      async (c) => {
        const { id } = parseWith(idParam, c.req.param());
        await setDisabled(c.get('deps').db, c.get('user'), id, true);
        return c.body(null, 204);
      },
    )
    .post(
      '/users/:id/enable',
      describeRoute({
        summary: 'Enable an account',
        description: 'A disabled account may sign in again. Audit-logged.',
        params: idParam,
        responses: { 204: { description: 'Enabled.' } },
      }),
      async (c) => {
        const { id } = parseWith(idParam, c.req.param());
        await setDisabled(c.get('deps').db, c.get('user'), id, false);
        return c.body(null, 204);
      },
    )
    .post(
      '/users/:id/reset-password',
      describeRoute({
        summary: 'Reset a password',
        description:
          "Sets a new one-time password that must be changed at the next sign-in; the account's sessions end. Audit-logged.",
        params: idParam,
        responses: { 200: { description: 'The one-time password.' } },
      }),
      async (c) => {
        const { id } = parseWith(idParam, c.req.param());
        return c.json(await resetPassword(c.get('deps').db, c.get('user'), id));
      },
    )
    .get(
      '/audit',
      describeRoute({
        summary: 'Audit log',
        description:
          "Who did what when in the admin's organisations (exports, sign-ins, account changes), newest first, a page at a time with `before`.",
        query: auditQuery,
      }),
      queryParams(auditQuery),
      async (c) => {
        const { db } = c.get('deps');
        const query = c.req.valid('query');
        return c.json({ entries: await listAudit(db, await adminScope(db, c.get('user')), query) });
      },
    );
}
