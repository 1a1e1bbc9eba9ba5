import { timingSafeEqual } from 'node:crypto';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../deps.ts';
import { AppError } from '../errors.ts';
import { describeRoute } from '../openapi/describe-route.ts';
import { jsonBody } from '../validation.ts';
import { needsFirstSetup, setupOrganisation, setupSchema } from './setup.ts';

// The web's first step takes a chosen password (no one-time one to pass on) and the token printed at start.
const firstSetupBody = setupSchema.required({ password: true }).extend({ token: z.string().min(1).max(200) });

function tokenMatches(given: string, expected: string | undefined): boolean {
  if (!expected) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The first-run screen: only while no organisation exists, and only with the setup token the server
 * printed at start (a token, not "from localhost": behind a reverse proxy every request looks local).
 */
export function createSetupRoutes() {
  return new Hono<AppEnv>()
    .get(
      '/',
      describeRoute({
        summary: 'Is de eerste inrichting nodig?',
        description:
          'Of deze installatie nog geen organisatie heeft, zodat het scherm voor de eerste keer getoond wordt. Zonder account.',
      }),
      async (c) => c.json({ needed: await needsFirstSetup(c.get('deps').db) }),
    )
    .post(
      '/',
      describeRoute({
        summary: 'Eerste inrichting',
        description:
          'Maakt de eerste organisatie en haar beheerder met een gekozen wachtwoord, alleen zolang er geen organisatie bestaat (daarna 409) en alleen met het inrichtingstoken dat de server bij de start toonde (anders 403).',
        responses: { 201: { description: 'De organisatie en haar beheerder zijn gemaakt.' } },
      }),
      jsonBody(firstSetupBody),
      async (c) => {
        const { token, ...input } = c.req.valid('json');
        const deps = c.get('deps');
        if (!(await needsFirstSetup(deps.db)))
          throw new AppError('already_set_up', {}, 'This installation has been set up already; log in instead.', {
            reason: 'already_set_up',
          });
        if (!tokenMatches(token, deps.setupToken))
          throw new AppError('setup_token_wrong', {}, 'The setup token is not right.', { token: ['token_wrong'] });
        const result = await setupOrganisation(deps.db, input, { onlyIfEmpty: true, via: 'web' });
        return c.json({ organisation: input.slug, adminEmail: input.adminEmail, userId: result.userId }, 201);
      },
    );
}
