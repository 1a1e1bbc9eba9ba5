import { Hono } from 'hono';
import type { AppEnv } from '../deps.ts';
import { describeRoute } from '../openapi/describe-route.ts';
import { schoolIdsByOrganisation } from './hierarchy.ts';
import { scopeOf } from './scope.ts';

const allRoles = ['admin', 'researcher', 'board', 'school', 'steunpunt'] as const;

/** The organisations and schools the signed-in user works with, for pickers in the staff screens. */
export function createOrganisationRoutes() {
  return new Hono<AppEnv>().get(
    '/',
    describeRoute({
      summary: 'My organisations and schools',
      description:
        'The organisations and schools the signed-in user works with, for the pickers of the staff screens; each organisation lists the schools under it.',
    }),
    async (c) => {
      const { db } = c.get('deps');
      const scope = await scopeOf(db, c.get('user'), allRoles);
      const orgIds = [...scope.organisationIds];
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
                  ...(orgIds.length ? [eb('organisation_id', 'in', orgIds)] : []),
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
