import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../deps.ts';
import { jsonBody } from '../validation.ts';
import { queryParams } from './query-params.ts';
import { createSignal, signalChannels, signalCounts, signalOutcomes, signalsOf, signalThemes } from './service.ts';
import { describeRoute } from '../openapi/describe-route.ts';

const isoDate = z.iso.date('Gebruik een datum als JJJJ-MM-DD.');
const organisation = z.string().trim().min(1, 'Kies een organisatie.').max(64);

const signalBody = z.object({
  organisation,
  signalledOn: isoDate.optional(),
  channel: z.enum(signalChannels, 'Kies een kanaal.'),
  askerRole: z.enum(['ouder', 'jongere', 'professional'], 'Kies wie de vraag stelde.'),
  sector: z.enum(['po', 'vo', 'so', 'sbo', 'mbo'], 'Kies een sector: po, vo, so, sbo of mbo.').optional(),
  schoolId: z.number().int().positive().max(2_147_483_647).optional(),
  themes: z
    .array(z.string().max(16), "Kies één tot drie thema's.")
    .min(1, 'Kies minstens één thema.')
    .max(3, "Kies hoogstens drie thema's.")
    .refine((t) => new Set(t).size === t.length, 'Kies elk thema maar één keer.'),
  outcome: z.enum(signalOutcomes, 'Kies een uitkomst.'),
  note: z.string().max(500, 'De notitie mag hoogstens 500 tekens hebben.').optional(),
});

const listQuery = z.object({
  organisation,
  from: isoDate.optional(),
  to: isoDate.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

const countsQuery = z.object({ organisation, year: z.coerce.number().int().min(2000).max(2100) });

/** Steunpunt registrations (signaleren) under /api/signals. */
export function createSignalRoutes() {
  return new Hono<AppEnv>()
    .post(
      '/',
      describeRoute({
        summary: 'Een signaal registreren',
        description:
          "Een medewerker van het steunpunt registreert anoniem een vraag van een ouder: datum, kanaal, wie vroeg, sector, thema's, uitkomst, een korte notitie (bij opslaan geanonimiseerd).",
        responses: { 201: { description: 'Geregistreerd.' } },
      }),
      jsonBody(signalBody),
      async (c) => {
        return c.json(await createSignal(c.get('deps').db, c.get('user'), c.req.valid('json')), 201);
      },
    )
    .get(
      '/',
      describeRoute({
        summary: 'Signalen',
        description: 'Geregistreerde signalen van een organisatie, een pagina per keer, desgewenst tussen twee datums.',
      }),
      queryParams(listQuery),
      async (c) => {
        return c.json(await signalsOf(c.get('deps').db, c.get('user'), c.req.valid('query')));
      },
    )
    .get(
      '/counts',
      describeRoute({
        summary: 'Aantallen signalen',
        description: 'Signalen van een jaar geteld per thema, kanaal en uitkomst, kleine groepen verborgen.',
      }),
      queryParams(countsQuery),
      async (c) => {
        return c.json(await signalCounts(c.get('deps').db, c.get('user'), c.req.valid('query')));
      },
    )
    .get(
      '/themes',
      describeRoute({
        summary: "Thema's voor signalen",
        description: "De thema's waarmee een signaal geregistreerd kan worden (het actieve codeboek).",
      }),
      async (c) => c.json(await signalThemes(c.get('deps').db)),
    );
}
