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
        summary: 'Kan een wachtwoord per e-mail hersteld worden?',
        description:
          'Of deze installatie herstellinks verstuurt (`SMTP_URL` is ingesteld); zonder dat zegt de inlogpagina dat je het de beheerder moet vragen.',
      }),
      (c) => c.json({ byEmail: c.get('deps').mailer !== undefined }),
    )
    .post(
      '/request',
      describeRoute({
        summary: 'Herstellink aanvragen',
        description:
          'Mailt een link die één keer werkt (een uur geldig) als een ingeschakeld account dit e-mailadres heeft. Het antwoord is hetzelfde of het account bestaat of niet; aanvragen zijn beperkt per adres en per account (429). 404 als de installatie geen e-mail verstuurt.',
        responses: { 202: { description: 'Aangenomen; er gaat een mail uit als het account bestaat.' } },
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
        summary: 'Nieuw wachtwoord instellen met een herstellink',
        description:
          'Stelt het wachtwoord in (minstens 12 tekens, niet makkelijk te raden) met het token uit de mail. Het token werkt één keer en een uur lang (410 met reden `used`, `expired` of `unknown`); elke sessie van het account eindigt. Komt in het logboek.',
        responses: { 204: { description: 'Het nieuwe wachtwoord is ingesteld.' } },
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
