import { type Kysely, sql } from 'kysely';
import { writeAudit } from '../audit/queries.ts';
import type { Database } from '../db/database.ts';
import { log } from '../log.ts';
import { todayInAmsterdam } from '../respondents/dates.ts';

/**
 * Storage limitation: deletes the responses and stories of waves that closed more than the owning
 * organisation's retention period ago (stories without a wave: counted from the day they were sent).
 * Returns counts only; what was deleted is never logged.
 */
export async function sweepExpiredAnswers(db: Kysely<Database>, today: string) {
  return db.transaction().execute(async (tx) => {
    const expiredWaves = sql`select w.id from waves w join organisations o on o.id = w.organisation_id
      where w.closes_on + make_interval(years => o.retention_years) < ${today}::date`;
    const responses = await tx
      .deleteFrom('responses')
      .where(sql<boolean>`wave_id in (${expiredWaves})`)
      .executeTakeFirst();
    const stories = await tx
      .deleteFrom('stories')
      .where((eb) =>
        eb.or([
          sql<boolean>`wave_id in (${expiredWaves})`,
          sql<boolean>`wave_id is null and submitted_on + make_interval(years => (select o.retention_years
            from organisations o where o.id = stories.organisation_id)) < ${today}::date`,
        ]),
      )
      .executeTakeFirst();
    const counts = { responses: Number(responses.numDeletedRows), stories: Number(stories.numDeletedRows) };
    if (counts.responses || counts.stories)
      await writeAudit(tx, { action: 'retention.sweep', userId: null, details: counts });
    return counts;
  });
}

/** The sweep at start and then once a day; returns the stop. */
export async function startRetentionSweep(db: Kysely<Database>): Promise<() => void> {
  const sweep = () =>
    sweepExpiredAnswers(db, todayInAmsterdam())
      .then((counts) => (counts.responses || counts.stories) && log.info('retention_sweep', counts))
      .catch((error: unknown) => log.error('retention_sweep_failed', { error: String(error) }));
  await sweep();
  const timer = setInterval(() => void sweep(), 24 * 60 * 60 * 1000);
  timer.unref();
  return () => clearInterval(timer);
}
