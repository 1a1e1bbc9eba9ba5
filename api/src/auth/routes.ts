import { type Context, Hono } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/database.ts';
import { clientKey } from '../client-key.ts';
import type { AppEnv } from '../deps.ts';
import { AppError } from '../errors.ts';
import { jsonBody } from '../validation.ts';
import { recordFailedLogin, writeAudit } from '../audit/queries.ts';
import { sessionCookie } from './guard.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { createLoginGuard } from './login-guard.ts';
import { passwordWeakness } from './password-strength.ts';
import { createPasswordResetRoutes } from './password-reset-routes.ts';
import { createLoginThrottle } from './rate-limit.ts';
import {
  createSession,
  findSessionUser,
  revokeSession,
  revokeUserSessions,
  sessionAbsoluteMs,
  type SessionUser,
} from './sessions.ts';
import { describeRoute } from '../openapi/describe-route.ts';

const loginBody = z.object({
  email: z.string().trim().toLowerCase().max(320),
  password: z.string().min(1).max(200),
});

const passwordBody = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().max(200),
});

// Compared against when the account does not exist, so both answers take about as long.
const dummyHash = hashPassword('klankbord-timing-equaliser');

async function describeUser(db: Kysely<Database>, user: SessionUser) {
  const orgIds = [...new Set(user.memberships.map((m) => m.organisationId))];
  const organisations = orgIds.length
    ? await db.selectFrom('organisations').select(['id', 'slug', 'name', 'kind']).where('id', 'in', orgIds).execute()
    : [];
  const schoolIds = user.memberships.flatMap((m) => (m.schoolId ? [m.schoolId] : []));
  const schools = schoolIds.length
    ? await db.selectFrom('schools').select(['id', 'name']).where('id', 'in', schoolIds).execute()
    : [];
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    mustChangePassword: user.mustChangePassword,
    memberships: user.memberships.map((m) => {
      const organisation = organisations.find((o) => o.id === m.organisationId);
      return {
        role: m.role,
        organisation: {
          slug: organisation?.slug ?? '',
          name: organisation?.name ?? '',
          kind: organisation?.kind ?? 'swv',
        },
        school: m.schoolId ? { id: m.schoolId, name: schools.find((s) => s.id === m.schoolId)?.name ?? '' } : null,
      };
    }),
  };
}

// Secure everywhere but on the local machine, where the demo runs over plain http.
function setSessionCookie(c: Context, token: string): void {
  const secure = !['localhost', '127.0.0.1', '[::1]'].includes(new URL(c.req.url).hostname);
  setCookie(c, sessionCookie, token, {
    httpOnly: true,
    sameSite: 'Strict',
    secure,
    path: '/',
    maxAge: sessionAbsoluteMs / 1000,
  });
}

export function createAuthRoutes() {
  const logins = createLoginGuard();
  // Wrong current passwords per account: the change form must not become a guessing oracle.
  const passwordChecks = createLoginThrottle({ freeAttempts: 5, maxDelayMs: 15 * 60_000, forgetAfterMs: 60 * 60_000 });

  return new Hono<AppEnv>()
    .post(
      '/login',
      describeRoute({
        summary: 'Inloggen',
        description:
          'Controleert e-mailadres en wachtwoord en zet het sessiecookie (`httpOnly`, `SameSite=Strict`). Mislukte pogingen worden afgeremd per account en adres, per adres en per account (429 met `Retry-After`); adressen die het account kort geleden gebruikte worden niet opgehouden door anderen die raden.',
        responses: { 200: { description: 'De ingelogde gebruiker met zijn rollen per organisatie.' } },
      }),
      jsonBody(loginBody),
      async (c) => {
        const { db } = c.get('deps');
        const { email, password } = c.req.valid('json');
        const client = clientKey(c);
        logins.reserve(email, client);
        const account = await db
          .selectFrom('users')
          .select(['id', 'password_hash', 'disabled_at'])
          .where('email', '=', email)
          .executeTakeFirst();
        const valid = await verifyPassword(password, account?.password_hash ?? (await dummyHash));
        if (!account || !valid || account.disabled_at) {
          await recordFailedLogin(db, account?.id ?? null);
          throw new AppError('login_wrong', {}, 'E-mail address or password is not right.');
        }
        logins.succeed(email, client);
        const token = await createSession(db, account.id);
        setSessionCookie(c, token);
        await writeAudit(db, { action: 'auth.login', userId: account.id });
        const user = await findSessionUser(db, token);
        return c.json(await describeUser(db, user as SessionUser));
      },
    )
    .post(
      '/logout',
      describeRoute({
        summary: 'Uitloggen',
        description: 'Beëindigt deze sessie en wist het cookie.',
        responses: { 204: { description: 'Uitgelogd.' } },
      }),
      async (c) => {
        await revokeSession(c.get('deps').db, c.get('sessionToken'));
        deleteCookie(c, sessionCookie, { path: '/' });
        return c.body(null, 204);
      },
    )
    .get(
      '/me',
      describeRoute({
        summary: 'De ingelogde gebruiker',
        description:
          'Wie er ingelogd is: naam, e-mailadres, of het wachtwoord veranderd moet worden, en de rollen per organisatie (en school).',
      }),
      async (c) => c.json(await describeUser(c.get('deps').db, c.get('user'))),
    )
    .post(
      '/password',
      describeRoute({
        summary: 'Wachtwoord wijzigen',
        description:
          'Wijzigt het eigen wachtwoord (minstens 12 tekens); veelgebruikte, voorspelbare of te raden wachtwoorden worden geweigerd, en een fout huidig wachtwoord wordt afgeremd (429). Elke andere sessie van het account eindigt en deze begint opnieuw.',
        responses: { 204: { description: 'Gewijzigd.' } },
      }),
      jsonBody(passwordBody),
      async (c) => {
        const { db } = c.get('deps');
        const user = c.get('user');
        const body = c.req.valid('json');
        const check = passwordChecks.reserve(String(user.id));
        if (!check.allowed) {
          throw new AppError(
            'login_rate_limited',
            { seconds: check.retryAfterSeconds },
            `Too many wrong passwords. Try again in ${check.retryAfterSeconds} seconds.`,
            undefined,
            { 'retry-after': String(check.retryAfterSeconds) },
          );
        }
        const row = await db
          .selectFrom('users')
          .select('password_hash')
          .where('id', '=', user.id)
          .executeTakeFirstOrThrow();
        if (!row.password_hash || !(await verifyPassword(body.currentPassword, row.password_hash))) {
          throw new AppError('current_password_wrong', {}, 'The current password is not right.', {
            currentPassword: ['The current password is not right.'],
          });
        }
        passwordChecks.succeed(String(user.id));
        const weakness =
          body.newPassword === body.currentPassword
            ? 'Choose a password other than the current one.'
            : passwordWeakness(body.newPassword, { email: user.email, name: user.name });
        if (weakness) throw new AppError('password_weak', { problem: weakness }, weakness, { newPassword: [weakness] });
        const hash = await hashPassword(body.newPassword);
        await db.transaction().execute(async (tx) => {
          await tx
            .updateTable('users')
            .set({ password_hash: hash, must_change_password: false })
            .where('id', '=', user.id)
            .execute();
          await revokeUserSessions(tx, user.id);
          await writeAudit(tx, { action: 'auth.password_changed', userId: user.id });
        });
        // Other sessions are gone; this one starts afresh.
        setSessionCookie(c, await createSession(db, user.id));
        return c.body(null, 204);
      },
    )
    .route('/password-reset', createPasswordResetRoutes());
}
