import { Hono } from 'hono';
import { z } from 'zod';
import { clientKey } from '../client-key.ts';
import type { AppEnv } from '../deps.ts';
import { AppError } from '../errors.ts';
import { describeRoute } from '../openapi/describe-route.ts';
import { jsonBody } from '../validation.ts';
import { completePasswordReset, requestPasswordReset } from './password-reset.ts';
import { createRateLimiter } from './rate-limit.ts';

const requestBody = z.object({ email: z.string().trim().toLowerCase().max(320) });
const resetBody = z.object({ token: z.string().min(20).max(100), newPassword: z.string().max(200) });

/** Password reset by e-mail link under /api/auth/password-reset; only when SMTP_URL is set. */
export function createPasswordResetRoutes() {
  // Per address: a flood of requests must not become a mail cannon. Per account: at most a few mails an hour.
  const perClient = createRateLimiter({ limit: 10, windowMs: 15 * 60_000 });
  const perAccount = createRateLimiter({ limit: 3, windowMs: 60 * 60_000 });
  const attempts = createRateLimiter({ limit: 20, windowMs: 15 * 60_000 });
  const limited = (retryAfterSeconds: number) =>
    new AppError(
      'login_rate_limited',
      { seconds: retryAfterSeconds },
      `Too many requests. Try again in ${retryAfterSeconds} seconds.`,
      undefined,
      {
        'retry-after': String(retryAfterSeconds),
      },
    );

  return new Hono<AppEnv>()
    .get(
      '/',
      describeRoute({
        summary: 'Can a password be reset by e-mail?',
        description:
          'Whether this installation sends reset links (SMTP_URL is set); without it the login page says to ask an admin.',
      }),
      (c) => c.json({ byEmail: c.get('deps').mailer !== undefined }),
    )
    .post(
      '/request',
      describeRoute({
        summary: 'Ask for a reset link',
        description:
          'Mails a single-use link (valid one hour) when an enabled account has this e-mail address. The answer is the same whether it exists or not; requests are limited per address and per account (429). 404 when the installation sends no e-mail.',
        responses: { 202: { description: 'Accepted; a mail goes out if the account exists.' } },
      }),
      jsonBody(requestBody),
      async (c) => {
        const { db, mailer } = c.get('deps');
        if (!mailer) throw new AppError('mail_not_configured', {}, 'This installation sends no e-mail; ask an admin.');
        const client = perClient.hit(clientKey(c));
        if (!client.allowed) throw limited(client.retryAfterSeconds);
        const { email } = c.req.valid('json');
        // Over the account's limit the answer stays the same; only no mail goes out.
        if (perAccount.hit(email).allowed) await requestPasswordReset(db, mailer, email);
        return c.json({ accepted: true }, 202);
      },
    )
    .post(
      '/',
      describeRoute({
        summary: 'Set a new password with a reset link',
        description:
          'Sets the password (at least 12 characters, not easy to guess) with the token from the mail. The token works once and for an hour (410 with reason used, expired or unknown); every session of the account ends. Audit-logged.',
        responses: { 204: { description: 'The new password is set.' } },
      }),
      jsonBody(resetBody),
      async (c) => {
        const attempt = attempts.hit(clientKey(c));
        if (!attempt.allowed) throw limited(attempt.retryAfterSeconds);
        const { token, newPassword } = c.req.valid('json');
        await completePasswordReset(c.get('deps').db, token, newPassword);
        return c.body(null, 204);
      },
    );
}
