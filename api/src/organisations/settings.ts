import type { Kysely, Transaction } from 'kysely';
import { z } from 'zod';
import { writeAudit } from '../audit/queries.ts';
import type { Database } from '../db/database.ts';
import type { OrganisationRow } from './hierarchy.ts';

type Db = Kysely<Database> | Transaction<Database>;

/** The languages a questionnaire may offer respondents (Dutch always among them). */
export const respondentLanguages = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const;

export const settingsSchema = z.object({
  // Below 5 a published figure gives people away too easily; 100 keeps small SWVs usable.
  minGroupSize: z.number().int().min(5).max(100).nullable(),
  languages: z
    .array(z.enum(respondentLanguages))
    .min(1)
    .refine((l) => l.includes('nl'), 'Dutch (nl) is always offered.')
    .nullable(),
  retentionYears: z.number().int().min(1).max(30),
});
export type OrganisationSettings = z.infer<typeof settingsSchema>;

/** An organisation's settings; a board without its own takes its SWV's (null minimum: the installation's). */
export async function settingsOf(db: Db, organisation: { id: number; parent_id: number | null }) {
  const rows = await db
    .selectFrom('organisations')
    .select(['id', 'min_group_size', 'respondent_locales', 'retention_years'])
    .where('id', 'in', [organisation.id, ...(organisation.parent_id === null ? [] : [organisation.parent_id])])
    .execute();
  const own = rows.find((r) => r.id === organisation.id);
  const parent = rows.find((r) => r.id === organisation.parent_id);
  return {
    minGroupSize: own?.min_group_size ?? parent?.min_group_size ?? null,
    languages: (own?.respondent_locales ?? parent?.respondent_locales ?? null) as OrganisationSettings['languages'],
    retentionYears: own?.retention_years ?? 5,
  };
}

/** settingsOf for an organisation known by its id. */
export async function settingsOfId(db: Db, organisationId: number) {
  const organisation = await db
    .selectFrom('organisations')
    .select(['id', 'parent_id'])
    .where('id', '=', organisationId)
    .executeTakeFirstOrThrow();
  return settingsOf(db, organisation);
}

/** The minimum group size that holds for this organisation's figures. */
export async function groupMinimumOf(db: Db, slug: string, installationDefault: number): Promise<number> {
  const organisation = await db
    .selectFrom('organisations')
    .select(['id', 'parent_id'])
    .where('slug', '=', slug)
    .executeTakeFirst();
  if (!organisation) return installationDefault;
  return (await settingsOf(db, organisation)).minGroupSize ?? installationDefault;
}

export async function saveSettings(
  db: Kysely<Database>,
  organisation: OrganisationRow,
  settings: OrganisationSettings,
  userId: number,
): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await tx
      .updateTable('organisations')
      .set({
        min_group_size: settings.minGroupSize,
        respondent_locales: settings.languages === null ? null : JSON.stringify(settings.languages),
        retention_years: settings.retentionYears,
      })
      .where('id', '=', organisation.id)
      .execute();
    await writeAudit(tx, {
      action: 'organisation.settings',
      userId,
      organisationId: organisation.id,
      details: settings,
    });
  });
}

/** The survey's languages an organisation offers its respondents (all of them when it chose none). */
export function offeredLocales(surveyLocales: string[], chosen: string[] | null): string[] {
  if (chosen === null) return surveyLocales;
  const offered = surveyLocales.filter((l) => chosen.includes(l));
  return offered.length ? offered : surveyLocales.slice(0, 1);
}
