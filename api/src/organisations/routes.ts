import { Hono } from 'hono';
import type { AppEnv } from '../deps.ts';
import { organisationAndParent, schoolIdsByOrganisation } from './hierarchy.ts';
import { createRegistryRoutes } from './registry-routes.ts';
import { scopeOf } from './scope.ts';
import { describeRoute } from '../openapi/describe-route.ts';

const allRoles = ['admin', 'researcher', 'board', 'school', 'steunpunt'] as const;

/** The organisations and schools the signed-in user works with, for pickers in the staff screens. */
export function createOrganisationRoutes() {
  return new Hono<AppEnv>().route('/', createRegistryRoutes()).get(
    '/',
    describeRoute({
      summary: 'Mijn organisaties en scholen',
      description:
        'De organisaties en scholen waarmee de ingelogde gebruiker werkt, voor de keuzelijsten van de medewerkersschermen; bij elke organisatie staan de scholen eronder.',
    }),
    async (c) => {
      const { db } = c.get('deps');
      const scope = await scopeOf(db, c.get('user'), allRoles);
      // A school contact works inside the board and SWV of its school: they are its organisations to pick.
      const schoolOrganisations = scope.schoolIds.size
        ? await db
            .selectFrom('schools')
            .innerJoin('organisations', 'organisations.id', 'schools.organisation_id')
            .select(['organisations.id', 'organisations.parent_id'])
            .where('schools.id', 'in', [...scope.schoolIds])
            .execute()
        : [];
      const orgIds = [
        ...new Set([...scope.organisationIds, ...schoolOrganisations.flatMap((o) => organisationAndParent(o))]),
      ];
      const rows = orgIds.length
        ? await db
            .selectFrom('organisations')
            .select(['id', 'slug', 'name', 'kind', 'parent_id'])
            .where('id', 'in', orgIds)
            .orderBy('name')
            .execute()
        : [];
      // Each organisation says which schools lie under it, so the screens never work out the tree.
      const schoolIds = await schoolIdsByOrganisation(db, orgIds);
      const organisations = rows.map((o) => ({ ...o, schoolIds: schoolIds.get(o.id) ?? [] }));
      const schools =
        orgIds.length || scope.schoolIds.size
          ? await db
              .selectFrom('schools')
              .select(['id', 'name', 'brin', 'sector', 'organisation_id'])
              .where((eb) =>
                eb.or([
                  ...(scope.organisationIds.size ? [eb('organisation_id', 'in', [...scope.organisationIds])] : []),
                  ...(scope.schoolIds.size ? [eb('id', 'in', [...scope.schoolIds])] : []),
                ]),
              )
              .orderBy('name')
              .execute()
          : [];
      return c.json({ organisations, schools });
    },
  );
}
