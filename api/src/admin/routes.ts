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
        description: 'De accounts in de organisaties van de beheerder, met hun rollen en of ze uitgeschakeld zijn.',
      }),
      async (c) => {
        const { db } = c.get('deps');
        return c.json({ users: await listUsers(db, await adminScope(db, c.get('user'))) });
      },
    )
    .post(
      '/users',
      describeRoute({
        summary: 'Account maken',
        description:
          'Een medewerkersaccount met één rol in één organisatie (een schoolcontactpersoon ook met een school); het antwoord bevat een eenmalig wachtwoord. Komt in het logboek.',
        responses: { 201: { description: 'Het account en zijn eenmalige wachtwoord.' } },
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
        summary: 'Rol toevoegen',
        description: 'Geeft een account een extra rol in een organisatie van de beheerder. Komt in het logboek.',
        params: idParam,
        responses: { 201: { description: 'Het nummer (id) van de nieuwe rol.' } },
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
        summary: 'Rol verwijderen',
        description: 'Neemt een account één rol af. Komt in het logboek.',
        params: idParam,
        responses: { 204: { description: 'Verwijderd.' } },
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
        summary: 'Account uitschakelen',
        description: 'Het account kan niet meer inloggen en zijn sessies eindigen. Komt in het logboek.',
        params: idParam,
        responses: { 204: { description: 'Uitgeschakeld.' } },
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
        summary: 'Account inschakelen',
        description: 'Een uitgeschakeld account kan weer inloggen. Komt in het logboek.',
        params: idParam,
        responses: { 204: { description: 'Ingeschakeld.' } },
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
        summary: 'Wachtwoord opnieuw instellen',
        description:
          'Maakt een nieuw eenmalig wachtwoord dat bij de volgende keer inloggen veranderd moet worden; de sessies van het account eindigen. Komt in het logboek.',
        params: idParam,
        responses: { 200: { description: 'Het eenmalige wachtwoord.' } },
      }),
      async (c) => {
        const { id } = parseWith(idParam, c.req.param());
        return c.json(await resetPassword(c.get('deps').db, c.get('user'), id));
      },
    )
    .get(
      '/audit',
      describeRoute({
        summary: 'Logboek',
        description:
          'Wie wat wanneer deed in de organisaties van de beheerder (exports, inloggen, accountwijzigingen), nieuwste eerst, een pagina per keer met `before`.',
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
