import { Hono } from 'hono';
import type { AppEnv } from '../deps.ts';
import { describeRoute } from '../openapi/describe-route.ts';
import { homeOf } from './service.ts';

/** The staff home under /api/home: what matters first for the signed-in user's roles. */
export function createHomeRoutes() {
  return new Hono<AppEnv>().get(
    '/',
    describeRoute({
      summary: 'Startpagina voor medewerkers',
      description:
        'Wat eerst telt voor de ingelogde gebruiker, per rol: open metingen met de reacties per school tot nu toe, verhalen die op coderen wachten, open acties op einddatum, recente signalen en het rapport van dit jaar. Een deel dat de rollen van de gebruiker niet bereiken is null.',
    }),
    async (c) => {
      const deps = c.get('deps');
      return c.json(await homeOf(deps.db, c.get('user'), deps.minCellSize));
    },
  );
}
