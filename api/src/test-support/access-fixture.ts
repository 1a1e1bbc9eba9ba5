import type { Kysely } from 'kysely';
import { hashPassword } from '../auth/password.ts';
import type { Database, StaffRole } from '../db/database.ts';

export const fixturePassword = 'fixture-password-123';
export const staffRoles: StaffRole[] = ['admin', 'researcher', 'board', 'school', 'steunpunt'];

export interface AccessFixture {
  own: { swvId: number; swvSlug: string; boardId: number; schoolId: number; otherSchoolId: number };
  other: { swvId: number; swvSlug: string; boardId: number; schoolId: number };
  /** E-mail of the account with each role in the own samenwerkingsverband (school role: own school). */
  emails: Record<StaffRole, string>;
  userIds: Record<StaffRole, number>;
  otherAdminId: number;
}

/** Two samenwerkingsverbanden, each with a board and schools, and one account per role in the first. */
export async function seedAccessFixture(db: Kysely<Database>): Promise<AccessFixture> {
  const hash = await hashPassword(fixturePassword);
  const org = async (slug: string, kind: 'swv' | 'bestuur', parent: number | null) =>
    (
      await db
        .insertInto('organisations')
        .values({ slug, name: slug.toUpperCase(), kind, parent_id: parent })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const school = async (organisationId: number, brin: string, sector: 'po' | 'vo') =>
    (
      await db
        .insertInto('schools')
        .values({
          organisation_id: organisationId,
          name: `School ${brin}`,
          brin,
          sector,
          municipality: 'Alkmaar',
          pupil_count: 300,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const user = async (email: string) =>
    (
      await db
        .insertInto('users')
        .values({ email, name: email.split('@')[0] ?? '', password_hash: hash })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;

  const ownSwv = await org('eigen-swv', 'swv', null);
  const ownBoard = await org('eigen-bestuur', 'bestuur', ownSwv);
  const ownSchool = await school(ownBoard, '11AA', 'po');
  const ownOtherSchool = await school(ownBoard, '11AB', 'vo');
  const otherSwv = await org('ander-swv', 'swv', null);
  const otherBoard = await org('ander-bestuur', 'bestuur', otherSwv);
  const otherSchool = await school(otherBoard, '22AA', 'po');

  const emails = {} as Record<StaffRole, string>;
  const userIds = {} as Record<StaffRole, number>;
  for (const role of staffRoles) {
    const email = `${role}@eigen.example`;
    const id = await user(email);
    await db
      .insertInto('memberships')
      .values({
        user_id: id,
        organisation_id: role === 'school' ? ownBoard : ownSwv,
        school_id: role === 'school' ? ownSchool : null,
        role,
      })
      .execute();
    emails[role] = email;
    userIds[role] = id;
  }
  const otherAdminId = await user('admin@ander.example');
  await db
    .insertInto('memberships')
    .values({ user_id: otherAdminId, organisation_id: otherSwv, role: 'admin' })
    .execute();
  return {
    own: { swvId: ownSwv, swvSlug: 'eigen-swv', boardId: ownBoard, schoolId: ownSchool, otherSchoolId: ownOtherSchool },
    other: { swvId: otherSwv, swvSlug: 'ander-swv', boardId: otherBoard, schoolId: otherSchool },
    emails,
    userIds,
    otherAdminId,
  };
}

type FetchApp = { request: (input: string, init?: RequestInit) => Response | Promise<Response> };

export const sameOrigin = { origin: 'http://localhost' };

/** Logs in through the real endpoint and returns the headers a browser on our own page would send. */
export async function loginAs(
  app: FetchApp,
  email: string,
  password = fixturePassword,
): Promise<Record<string, string>> {
  const res = await app.request('http://localhost/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...sameOrigin },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`login as ${email} failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error('no session cookie');
  return { cookie, ...sameOrigin };
}

/** The JSON body of a test response, loosely typed for assertions (undici types it as unknown). */
export async function bodyOf(res: Response): Promise<any> {
  return res.json();
}
