import { parseArgs } from 'node:util';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { minimumAdminPasswordLength, setupOrganisation } from '../organisations/setup.ts';

/**
 * `klankbord setup`: an organisation (SWV or board) and its first admin. The password comes from
 * KLANKBORD_ADMIN_PASSWORD, else a generated one is printed once and must be changed at first login.
 */
export async function runSetup(
  db: Kysely<Database>,
  args: string[],
  io: { env: Record<string, string | undefined>; out: (line: string) => void; err: (line: string) => void },
): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      organisation: { type: 'string' },
      name: { type: 'string' },
      'admin-email': { type: 'string' },
      kind: { type: 'string', default: 'swv' },
    },
  });
  const missing = (['organisation', 'name', 'admin-email'] as const).filter((k) => values[k] === undefined);
  if (missing.length) {
    io.err(`Missing ${missing.map((k) => `--${k}`).join(', ')}.`);
    io.err('Usage: pnpm klankbord setup --organisation SLUG --name "NAME" --admin-email EMAIL [--kind swv|bestuur]');
    return 1;
  }
  const password = io.env.KLANKBORD_ADMIN_PASSWORD || undefined;
  if (password !== undefined && password.length < minimumAdminPasswordLength) {
    io.err(`KLANKBORD_ADMIN_PASSWORD must be at least ${minimumAdminPasswordLength} characters.`);
    return 1;
  }
  try {
    const result = await setupOrganisation(
      db,
      {
        slug: values.organisation!,
        name: values.name!,
        kind: values.kind as 'swv',
        adminEmail: values['admin-email']!,
        password,
      },
      { via: 'cli' },
    );
    io.out(
      `Created ${values.kind === 'bestuur' ? 'board' : 'samenwerkingsverband'} "${values.name}" (${values.organisation}).`,
    );
    io.out(`Admin account: ${values['admin-email']!.toLowerCase()}`);
    if (result.generatedPassword)
      io.out(`One-time password (shown once): ${result.generatedPassword}\nIt must be changed at first login.`);
    else io.out('Password: the value of KLANKBORD_ADMIN_PASSWORD.');
    io.out(
      `Next: pnpm klankbord schools:import --organisation ${values.organisation} --file <DUO file>, then log in at /login.`,
    );
    return 0;
  } catch (error) {
    if (error instanceof AppError && (error.code === 'conflict' || error.code === 'validation_failed')) {
      io.err(error.message);
      return 1;
    }
    throw error;
  }
}
