import { parseArgs } from 'node:util';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { generatePassword, hashPassword } from '../auth/password.ts';
import type { Database } from '../db/database.ts';

const argsSchema = z.object({
  email: z.email('--email must be an e-mail address').transform((e) => e.toLowerCase()),
  role: z.enum(
    ['admin', 'researcher', 'board', 'school', 'steunpunt'],
    '--role must be one of admin, researcher, board, school, steunpunt',
  ),
  organisation: z.string('--organisation is required (the slug, e.g. demo)'),
  school: z.string().optional(),
});

/** `klankbord user:create`: one account and one membership in one transaction; prints a one-time password. */
export async function createUser(db: Kysely<Database>, args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      email: { type: 'string' },
      role: { type: 'string' },
      organisation: { type: 'string' },
      school: { type: 'string' },
    },
  });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    console.error(parsed.error.issues.map((i) => i.message).join('\n'));
    return 1;
  }
  const { email, role, organisation: slug, school: brin } = parsed.data;
  const organisation = await db
    .selectFrom('organisations')
    .select(['id', 'name'])
    .where('slug', '=', slug)
    .executeTakeFirst();
  if (!organisation) {
    console.error(`No organisation with slug "${slug}".`);
    return 1;
  }
  if ((role === 'school') !== (brin !== undefined)) {
    console.error(
      role === 'school'
        ? 'The school role needs --school <BRIN> (e.g. 91AA).'
        : '--school goes only with --role school.',
    );
    return 1;
  }
  const school = brin
    ? await db
        .selectFrom('schools')
        .select('id')
        .where('brin', '=', brin.toUpperCase())
        .where('organisation_id', '=', organisation.id)
        .executeTakeFirst()
    : undefined;
  if (brin && !school) {
    console.error(`No school with BRIN "${brin}" in ${organisation.name}.`);
    return 1;
  }
  const exists = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
  if (exists) {
    console.error(`An account for ${email} exists already.`);
    return 1;
  }
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  await db.transaction().execute(async (tx) => {
    const { id } = await tx
      .insertInto('users')
      .values({ email, password_hash: passwordHash, must_change_password: true })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('memberships')
      .values({ user_id: id, organisation_id: organisation.id, school_id: school?.id ?? null, role })
      .execute();
    await tx
      .insertInto('audit_log')
      .values({
        action: 'user.create',
        organisation_id: organisation.id,
        details: JSON.stringify({ userId: id, role, via: 'cli' }),
      })
      .execute();
  });
  console.log(
    `Created ${email} (${role} in ${organisation.name}).\nOne-time password: ${password}\nThey must choose a new password at first login.`,
  );
  return 0;
}
