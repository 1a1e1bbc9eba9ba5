import { type Kysely, sql, type Transaction } from 'kysely';
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
  // Absent: unchanged (clients from before issue 17 send only the three above).
  referenceBenchmark: z.boolean().optional(),
});
export type OrganisationSettings = z.infer<typeof settingsSchema>;

/** An organisation's settings; a board without its own takes its SWV's (null minimum: the installation's). */
export async function settingsOf(db: Db, organisation: { id: number; parent_id: number | null }) {
  const rows = await db
    .selectFrom('organisations')
    .select(['id', 'min_group_size', 'respondent_locales', 'retention_years', 'reference_benchmark'])
    .where('id', 'in', [organisation.id, ...(organisation.parent_id === null ? [] : [organisation.parent_id])])
    .execute();
  const own = rows.find((r) => r.id === organisation.id);
  const parent = rows.find((r) => r.id === organisation.parent_id);
  return {
    minGroupSize: own?.min_group_size ?? parent?.min_group_size ?? null,
    languages: (own?.respondent_locales ?? parent?.respondent_locales ?? null) as OrganisationSettings['languages'],
    retentionYears: own?.retention_years ?? 5,
    referenceBenchmark: own?.reference_benchmark ?? false,
    /** The SWV chose the reference for all its boards: a board takes part through it. */
    referenceBenchmarkBySwv: parent?.reference_benchmark ?? false,
  };
}

/**
 * Whether an organisation takes part in the reference benchmark (contributes and sees): its own choice,
 * or its SWV's for all its boards. SQL over the organisation `o` and its parent `p` (left-joined).
 */
export const takesPartInReferenceSql = sql<boolean>`(o.reference_benchmark or coalesce(p.reference_benchmark, false))`;

/** takesPartInReferenceSql for one organisation. */
export async function takesPartInReference(db: Db, organisationId: number): Promise<boolean> {
  const row = await db
    .selectFrom('organisations as o')
    .leftJoin('organisations as p', 'p.id', 'o.parent_id')
    .select(takesPartInReferenceSql.as('takes_part'))
    .where('o.id', '=', organisationId)
    .executeTakeFirst();
  return row?.takes_part === true;
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
        ...(settings.referenceBenchmark === undefined ? {} : { reference_benchmark: settings.referenceBenchmark }),
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
