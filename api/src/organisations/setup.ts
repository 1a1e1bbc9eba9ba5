import { type Kysely, sql } from 'kysely';
import { z } from 'zod';
import { writeAudit } from '../audit/queries.ts';
import { generatePassword, hashPassword } from '../auth/password.ts';
import type { Database } from '../db/database.ts';
import { AppError } from '../errors.ts';

export const minimumAdminPasswordLength = 12;

/** What setting up an organisation takes; the CLI and the first-run screen both parse with it. */
export const setupSchema = z.object({
  slug: z
    .string()
    .regex(
      /^[a-z0-9][a-z0-9-]{1,62}$/,
      'slug: 2–63 lowercase letters, digits or dashes, starting with a letter or digit',
    ),
  name: z.string().trim().min(1, 'name is required').max(200, 'name: at most 200 characters'),
  kind: z.enum(['swv', 'bestuur'], 'kind must be swv or bestuur').default('swv'),
  adminEmail: z.email('admin e-mail must be an e-mail address').transform((e) => e.toLowerCase()),
  password: z
    .string()
    .min(minimumAdminPasswordLength, `password: at least ${minimumAdminPasswordLength} characters`)
    .max(200)
    .optional(),
});
export type SetupInput = z.input<typeof setupSchema>;

export interface SetupResult {
  organisationId: number;
  userId: number;
  /** Set when no password was given: shown once, to be changed at first login. */
  generatedPassword: string | null;
}

/**
 * Creates an organisation with its first admin account in one transaction. 409 when the slug or the
 * e-mail is taken; with `onlyIfEmpty` (the first-run screen) also 409 once any organisation exists.
 */
export async function setupOrganisation(
  db: Kysely<Database>,
  raw: SetupInput,
  options: { onlyIfEmpty?: boolean; via: 'cli' | 'web' },
): Promise<SetupResult> {
  const parsed = setupSchema.safeParse(raw);
  if (!parsed.success) {
    const fields: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fields[String(issue.path[0])] ??= []).push(issue.message);
    throw new AppError(
      'setup_invalid',
      { fields: Object.keys(fields) },
      parsed.error.issues.map((i) => i.message).join('; '),
      fields,
    );
  }
  const input = parsed.data;
  const password = input.password ?? generatePassword();
  const passwordHash = await hashPassword(password);
  return db.transaction().execute(async (tx) => {
    // Two first-run requests at once: the lock makes the second see the first one's organisation.
    if (options.onlyIfEmpty) await sql`lock table organisations in share row exclusive mode`.execute(tx);
    if (options.onlyIfEmpty && (await tx.selectFrom('organisations').select('id').limit(1).executeTakeFirst()))
      throw new AppError('already_set_up', {}, 'This installation has been set up already; log in instead.', {
        reason: 'already_set_up',
      });
    const taken = await tx.selectFrom('organisations').select('id').where('slug', '=', input.slug).executeTakeFirst();
    if (taken)
      throw new AppError(
        'organisation_slug_taken',
        { slug: input.slug },
        `An organisation with slug "${input.slug}" exists already.`,
        {
          slug: ['slug_taken'],
        },
      );
    const user = await tx.selectFrom('users').select('id').where('email', '=', input.adminEmail).executeTakeFirst();
    if (user)
      throw new AppError(
        'account_exists',
        { email: input.adminEmail },
        `An account for ${input.adminEmail} exists already.`,
        {
          adminEmail: ['email_taken'],
        },
      );
    const { id: organisationId } = await tx
      .insertInto('organisations')
      .values({ slug: input.slug, name: input.name, kind: input.kind, parent_id: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    const { id: userId } = await tx
      .insertInto('users')
      .values({
        email: input.adminEmail,
        password_hash: passwordHash,
        must_change_password: input.password === undefined,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('memberships')
      .values({ user_id: userId, organisation_id: organisationId, school_id: null, role: 'admin' })
      .execute();
    await writeAudit(tx, {
      action: 'organisation.setup',
      userId: null,
      organisationId,
      details: { kind: input.kind, adminUserId: userId, via: options.via },
    });
    return { organisationId, userId, generatedPassword: input.password === undefined ? password : null };
  });
}

/** Whether the installation still waits for its first organisation (the first-run screen). */
export async function needsFirstSetup(db: Kysely<Database>): Promise<boolean> {
  return !(await db.selectFrom('organisations').select('id').limit(1).executeTakeFirst());
}

/** What the server prints at start on an installation without any organisation. */
export function describeFirstSetup(port: number, token: string): string {
  return [
    'No organisation yet. Set one up with its first admin:',
    '  pnpm klankbord setup --organisation SLUG --name "NAME" --admin-email EMAIL [--kind swv|bestuur]',
    `or in the browser at http://localhost:${port}/ ("Nieuwe organisatie inrichten") with this setup token:`,
    `  ${token}`,
    'Then import the schools: pnpm klankbord schools:import --organisation SLUG --file <DUO file>',
  ].join('\n');
}
