import { Hono } from 'hono';
import { scopeOf } from '../auth/scope.ts';
import type { AppEnv } from '../deps.ts';
import { describeRoute } from '../openapi/describe-route.ts';

const allRoles = ['admin', 'researcher', 'board', 'school', 'steunpunt'] as const;

/** The organisations and schools the signed-in user works with, for pickers in the staff screens. */
export function createOrganisationRoutes() {
  return new Hono<AppEnv>().get(
    '/',
    describeRoute({
      summary: 'My organisations and schools',
      description: 'The organisations and schools the signed-in user works with, for the pickers of the staff screens.',
    }),
    async (c) => {
      const { db } = c.get('deps');
      const scope = await scopeOf(db, c.get('user'), allRoles);
      const orgIds = [...scope.organisationIds];
      const organisations = orgIds.length
        ? await db
            .selectFrom('organisations')
            .select(['id', 'slug', 'name', 'kind', 'parent_id'])
            .where('id', 'in', orgIds)
            .orderBy('name')
            .execute()
        : [];
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
