import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createTestDatabase, type TestDatabase, testEngines } from '../db/test-database.ts';
import { type AccessFixture, bodyOf, loginAs, seedAccessFixture } from '../test-support/access-fixture.ts';
import {
  firstSchoolAmong,
  organisationAndChildren,
  organisationFamily,
  schoolIdsByOrganisation,
  schoolIdsUnderSql,
  schoolIsUnder,
  schoolsUnder,
} from './hierarchy.ts';

describe.each(testEngines)('organisation → board → school tree [%s]', (engine) => {
  let t: TestDatabase;
  let f: AccessFixture;
  let swvSchool: number;

  beforeAll(async () => {
    t = await createTestDatabase(engine);
    f = await seedAccessFixture(t.db);
    // A school hung on the SWV itself (no board) counts under the SWV too.
    swvSchool = (
      await t.db
        .insertInto('schools')
        .values({
          organisation_id: f.own.swvId,
          name: 'Aaa SWV-school',
          brin: '33AA',
          sector: 'so',
          municipality: 'Hoorn',
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  });
  afterAll(() => t.close());

  it('an SWV covers itself and its boards; a board only itself', async () => {
    expect((await organisationAndChildren(t.db, f.own.swvId)).sort()).toEqual([f.own.swvId, f.own.boardId].sort());
    expect(await organisationAndChildren(t.db, f.own.boardId)).toEqual([f.own.boardId]);
    expect((await organisationFamily(t.db, { id: f.own.boardId, parent_id: f.own.swvId })).sort()).toEqual(
      [f.own.boardId, f.own.swvId].sort(),
    );
  });

  it('lists the schools under an SWV through its boards, and none of another SWV', async () => {
    const ids = (await schoolsUnder(t.db, f.own.swvId)).map((s) => s.id);
    expect(ids.sort()).toEqual([f.own.schoolId, f.own.otherSchoolId, swvSchool].sort());
    expect((await schoolsUnder(t.db, f.own.boardId)).map((s) => s.id).sort()).toEqual(
      [f.own.schoolId, f.own.otherSchoolId].sort(),
    );
    const byOrg = await schoolIdsByOrganisation(t.db, [f.own.swvId, f.other.swvId]);
    expect(byOrg.get(f.own.swvId)?.sort()).toEqual(ids.sort());
    expect(byOrg.get(f.other.swvId)).toEqual([f.other.schoolId]);
    const { rows } = await sql<{
      id: number;
    }>`select id from schools where id in ${schoolIdsUnderSql(f.own.boardId)}`.execute(t.db);
    expect(rows.map((r) => r.id).sort()).toEqual([f.own.schoolId, f.own.otherSchoolId].sort());
  });

  it('answers "is school S under X" with the board the school hangs on', async () => {
    expect(await schoolIsUnder(t.db, f.own.schoolId, f.own.swvId)).toMatchObject({ organisation_id: f.own.boardId });
    expect(await schoolIsUnder(t.db, f.other.schoolId, f.own.swvId)).toBeUndefined();
    expect(await schoolIsUnder(t.db, swvSchool, f.own.boardId)).toBeUndefined();
    expect(await firstSchoolAmong(t.db, [f.other.schoolId, f.own.otherSchoolId], [f.own.boardId])).toBe(
      f.own.otherSchoolId,
    );
    expect(await firstSchoolAmong(t.db, [f.other.schoolId], [f.own.boardId])).toBeUndefined();
  });

  it('GET /api/organisations tells the screens which schools lie under each organisation', async () => {
    const app = createApp({ db: t.db, engine: t.engine, minCellSize: 10 });
    const headers = await loginAs(app, f.emails.steunpunt);
    const body = (await bodyOf(await app.request('http://localhost/api/organisations', { headers }))) as {
      organisations: { slug: string; schoolIds: number[] }[];
    };
    const own = body.organisations.find((o) => o.slug === 'eigen-swv');
    expect(own?.schoolIds.sort()).toEqual([f.own.schoolId, f.own.otherSchoolId, swvSchool].sort());
    expect(body.organisations.some((o) => o.slug === 'ander-swv')).toBe(false);
  });
});
