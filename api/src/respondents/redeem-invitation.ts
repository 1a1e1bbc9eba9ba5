import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/database.ts';
import { AppError } from '../errors.ts';

/** 409 for an invitation that was used before: one sentence wherever it is told. */
export const alreadyUsed = () =>
  new AppError('invitation_used', {}, 'Deze uitnodigingscode is al gebruikt. Elke code werkt maar één keer.');

/**
 * Marks an invitation used so that nothing in the database tells which one it was, or when, to anyone
 * who later holds the database and the mail-merge list (see README "Invitations and anonymity"):
 * - its own transaction, never the response's, so no xmin is shared;
 * - one statement rewrites every invitation of the wave and school, so they all get the same xmin
 *   and new row versions in their old order: neither xmin nor ctid order shows which was redeemed;
 * - only a flag is kept, no date or time.
 * Throws 409 when the invitation was used already (two racing requests: the row lock decides).
 */
export async function redeemInvitation(
  db: Kysely<Database>,
  invitation: { tokenHash: string; waveId: number; schoolId: number },
): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const row = await tx
      .selectFrom('invitations')
      .select('used')
      .where('token_hash', '=', invitation.tokenHash)
      .forUpdate()
      .executeTakeFirst();
    if (!row || row.used) throw alreadyUsed();
    await rewriteGroup(tx, invitation, sql<boolean>`used or token_hash = ${invitation.tokenHash}`);
  });
}

/** Undoes a redemption whose response could not be stored, the same way (the whole group at once). */
export async function releaseInvitation(
  db: Kysely<Database>,
  invitation: { tokenHash: string; waveId: number; schoolId: number },
): Promise<void> {
  await rewriteGroup(db, invitation, sql<boolean>`used and token_hash <> ${invitation.tokenHash}`);
}

async function rewriteGroup(
  db: Kysely<Database>,
  invitation: { waveId: number; schoolId: number },
  used: ReturnType<typeof sql<boolean>>,
): Promise<void> {
  await db
    .updateTable('invitations')
    .set({ used })
    .where('wave_id', '=', invitation.waveId)
    .where('school_id', '=', invitation.schoolId)
    .execute();
}
