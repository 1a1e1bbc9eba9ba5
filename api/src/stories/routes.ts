import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../deps.ts';
import { createPublicThrottle } from '../respondents/public-rate-limits.ts';
import { jsonBody } from '../validation.ts';
import { submitStory } from './service.ts';
import { describeRoute } from '../openapi/describe-route.ts';

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((v) => v || undefined);

const storyBody = z
  .object({
    code: z.string().trim().min(1).max(64).optional(),
    organisation: z.string().trim().min(1).max(64).optional(),
    role: z.enum(['ouder', 'jongere'], 'Kies ouder of jongere.'),
    sector: z.enum(['po', 'vo', 'so', 'sbo', 'mbo']).optional(),
    schoolId: z.number().int().positive().max(2_147_483_647).optional(),
    title: optionalText(200, 'De titel mag hoogstens 200 tekens hebben.'),
    text: z.string().trim().min(20, 'Schrijf minstens 20 tekens.').max(5000, 'Schrijf hoogstens 5000 tekens.'),
    helped: optionalText(2000, 'Schrijf hier hoogstens 2000 tekens.'),
    themes: z
      .array(z.string().max(8))
      .min(1, 'Kies minstens één onderwerp.')
      .max(3, 'Kies hoogstens drie onderwerpen.')
      .refine((t) => new Set(t).size === t.length, 'Kies elk onderwerp maar één keer.'),
    tone: z.string().max(40),
    kind: z.string().max(40),
    consentQuote: z.boolean(),
    consentResearch: z.boolean(),
    locale: z.string().regex(/^[a-z]{2}$/, 'Gebruik een taalcode van twee letters, zoals nl.'),
  })
  .refine((b) => (b.code === undefined) !== (b.organisation === undefined), {
    message: 'Stuur een linkcode of een samenwerkingsverband mee (één van de twee).',
    path: ['organisation'],
  });

/** Story intake (Vertellis-style) under /api/public. */
export function createStoryRoutes() {
  const throttle = createPublicThrottle();
  return new Hono<AppEnv>().post(
    '/stories',
    describeRoute({
      summary: 'Een verhaal vertellen',
      description:
        "Het verhaal van een ouder of jongere met zelfgekozen thema's, toon en toestemmingen (om te citeren, om te delen met onderzoekers); bewaard zonder iets over het apparaat, met een bewijscode als antwoord. Beperkt (429).",
      body: storyBody,
      responses: { 201: { description: 'Bewaard; de bewijscode.' } },
    }),
    // The client's limit before the body is read, as before; the body's type reaches the typed web client.
    async (c, next) => {
      throttle.client(c);
      await next();
    },
    jsonBody(storyBody),
    async (c) => {
      const body = c.req.valid('json');
      if (body.code !== undefined) throttle.link(c, body.code);
      return c.json(await submitStory(c.get('deps').db, body), 201);
    },
  );
}
