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
        summary: 'Sign in',
        description:
          'Checks e-mail address and password and sets the session cookie (httpOnly, SameSite=Strict). Failed attempts are slowed down per account and address, per address and per account (429 with Retry-After); addresses the account used recently are not held up by others guessing.',
        responses: { 200: { description: 'The signed-in user with their roles per organisation.' } },
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
        summary: 'Sign out',
        description: 'Ends this session and clears its cookie.',
        responses: { 204: { description: 'Signed out.' } },
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
        summary: 'The signed-in user',
        description:
          'Who is signed in: name, e-mail, whether the password must be changed, and the roles per organisation (and school).',
      }),
      async (c) => c.json(await describeUser(c.get('deps').db, c.get('user'))),
    )
    .post(
      '/password',
      describeRoute({
        summary: 'Change password',
        description:
          'Changes the own password (at least 12 characters); common, patterned or guessable passwords are refused, and wrong current passwords are slowed down (429). Every other session of the account ends and this one starts afresh.',
        responses: { 204: { description: 'Changed.' } },
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
