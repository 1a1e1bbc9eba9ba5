import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { writeAudit } from '../audit/queries.ts';
import type { Database } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { log } from '../log.ts';
import type { Mailer } from './mailer.ts';
import { hashPassword } from './password.ts';
import { passwordWeakness } from './password-strength.ts';
import { revokeUserSessions } from './sessions.ts';

// A reset link works for an hour and once; only the token's hash is stored.
export const resetTokenLifetimeMs = 60 * 60 * 1000;
export const resetPagePath = '/wachtwoord-herstellen';

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** The mail with the link; "je" as everywhere on the staff screens. */
export function resetMail(email: string, link: string) {
  return {
    to: email,
    subject: 'Nieuw wachtwoord kiezen voor Klankbord',
    text: [
      'Hallo,',
      '',
      `Iemand vroeg om een nieuw wachtwoord voor het Klankbord-account ${email}.`,
      'Kies je nieuwe wachtwoord via deze link. De link werkt één keer en blijft een uur geldig:',
      '',
      link,
      '',
      'Vroeg je dit niet? Dan hoef je niets te doen: je wachtwoord blijft hetzelfde.',
    ].join('\n'),
  };
}

/**
 * Starts a reset for an e-mail address: when an enabled account has it, a token is stored and mailed.
 * The caller answers the same either way; the mail goes out after the answer, so its time tells nothing.
 */
export async function requestPasswordReset(
  db: Kysely<Database>,
  mailer: Mailer,
  email: string,
  now = new Date(),
): Promise<{ sent: Promise<void> | null }> {
  const account = await db
    .selectFrom('users')
    .select(['id', 'email'])
    .where('email', '=', email)
    .where('disabled_at', 'is', null)
    .executeTakeFirst();
  if (!account) return { sent: null };
  const token = randomBytes(32).toString('base64url');
  await db.transaction().execute(async (tx) => {
    // A new link replaces older ones: only the newest mail works.
    await tx
      .updateTable('password_reset_tokens')
      .set({ used_at: now })
      .where('user_id', '=', account.id)
      .where('used_at', 'is', null)
      .execute();
    await tx
      .insertInto('password_reset_tokens')
      .values({
        user_id: account.id,
        token_hash: tokenHash(token),
        created_at: now,
        expires_at: new Date(now.getTime() + resetTokenLifetimeMs),
      })
      .execute();
    await writeAudit(tx, { action: 'auth.password_reset_requested', userId: account.id });
  });
  // The token goes in the fragment: browsers never send it to a server, nor into a log line.
  const link = `${mailer.publicUrl}${resetPagePath}#token=${token}`;
  const sent = mailer
    .send(resetMail(account.email, link))
    .catch((error: unknown) =>
      log.error('password_reset_mail_failed', { error: error instanceof Error ? error.message : String(error) }),
    );
  return { sent };
}

/** Sets a new password with a mailed token; the token is spent, every session of the account ends. */
export async function completePasswordReset(
  db: Kysely<Database>,
  token: string,
  newPassword: string,
  now = new Date(),
): Promise<void> {
  const row = await db
    .selectFrom('password_reset_tokens')
    .innerJoin('users', 'users.id', 'password_reset_tokens.user_id')
    .select([
      'password_reset_tokens.id',
      'password_reset_tokens.user_id',
      'password_reset_tokens.expires_at',
      'password_reset_tokens.used_at',
      'users.email',
      'users.name',
      'users.disabled_at',
    ])
    .where('password_reset_tokens.token_hash', '=', tokenHash(token))
    .executeTakeFirst();
  if (!row || row.disabled_at) throw invalidLink('unknown');
  if (row.used_at) throw invalidLink('used');
  if (new Date(row.expires_at).getTime() <= now.getTime()) throw invalidLink('expired');
  const weakness = passwordWeakness(newPassword, { email: row.email, name: row.name });
  if (weakness) throw new AppError('password_weak', { problem: weakness }, weakness, { newPassword: [weakness] });
  const hash = await hashPassword(newPassword);
  await db.transaction().execute(async (tx) => {
    // Spent in the same statement that checks it is unspent: two tabs with one link cannot both succeed.
    const spent = await tx
      .updateTable('password_reset_tokens')
      .set({ used_at: now })
      .where('id', '=', row.id)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    if (Number(spent.numUpdatedRows) !== 1) throw invalidLink('used');
    await tx
      .updateTable('users')
      .set({ password_hash: hash, must_change_password: false })
      .where('id', '=', row.user_id)
      .execute();
    await revokeUserSessions(tx, row.user_id);
    await writeAudit(tx, { action: 'auth.password_reset_by_link', userId: row.user_id });
  });
}

type InvalidReason = 'unknown' | 'used' | 'expired';

const invalidMessages: Record<InvalidReason, string> = {
  unknown: 'This reset link is not valid.',
  used: 'This reset link has been used already.',
  expired: 'This reset link has expired.',
};

/** 410 with the reason, so the page can say in Dutch whether the link was used, expired or wrong. */
function invalidLink(reason: InvalidReason): AppError {
  return new AppError('reset_link_invalid', { reason }, invalidMessages[reason], { reason });
}
