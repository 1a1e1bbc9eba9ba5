import type { Kysely, Transaction } from 'kysely';
import type { Database, RespondentRole } from '../db/database.ts';

type Db = Kysely<Database> | Transaction<Database>;

export interface WaveTarget {
  waveId: number;
  waveName: string;
  year: number;
  audience: RespondentRole;
  opensOn: string;
  closesOn: string;
  organisationId: number;
  versionId: number;
  locales: string[];
}

const waveColumns = [
  'waves.id as waveId',
  'waves.name as waveName',
  'waves.year',
  'waves.audience',
  'waves.opens_on as opensOn',
  'waves.closes_on as closesOn',
  'waves.organisation_id as organisationId',
  'survey_versions.id as versionId',
  'survey_versions.locales',
] as const;

/** The open link with its wave and survey version (not the definition: that is read once per version). */
export async function findLink(
  db: Db,
  code: string,
): Promise<(WaveTarget & { linkSchoolId: number | null; code: string }) | undefined> {
  return db
    .selectFrom('open_links')
    .innerJoin('waves', 'waves.id', 'open_links.wave_id')
    .innerJoin('survey_versions', 'survey_versions.id', 'waves.survey_version_id')
    .select([...waveColumns, 'open_links.school_id as linkSchoolId', 'open_links.code'])
    .where('open_links.code', '=', code)
    .executeTakeFirst();
}

export async function findInvitation(
  db: Db,
  tokenHash: string,
): Promise<(WaveTarget & { schoolId: number; used: boolean }) | undefined> {
  return db
    .selectFrom('invitations')
    .innerJoin('waves', 'waves.id', 'invitations.wave_id')
    .innerJoin('survey_versions', 'survey_versions.id', 'waves.survey_version_id')
    .select([...waveColumns, 'invitations.school_id as schoolId', 'invitations.used'])
    .where('invitations.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export async function findPartialResponse(db: Db, resumeHash: string) {
  return db
    .selectFrom('responses')
    .innerJoin('waves', 'waves.id', 'responses.wave_id')
    .innerJoin('survey_versions', 'survey_versions.id', 'waves.survey_version_id')
    .select([
      ...waveColumns,
      'responses.id',
      'responses.school_id as schoolId',
      'responses.answers',
      'responses.locale',
      'responses.receipt_sealed as receiptSealed',
    ])
    .where('responses.resume_hash', '=', resumeHash)
    .where('responses.status', '=', 'partial')
    .executeTakeFirst();
}

export async function definitionOf(db: Db, versionId: number): Promise<Record<string, unknown> | undefined> {
  const row = await db
    .selectFrom('survey_versions')
    .select('definition')
    .where('id', '=', versionId)
    .executeTakeFirst();
  return row?.definition;
}

/** A link code a resumed response can continue on: its own school's link first, else the wave's open one. */
export async function linkCodeFor(db: Db, waveId: number, schoolId: number | null): Promise<string | undefined> {
  const rows = await db.selectFrom('open_links').select(['code', 'school_id']).where('wave_id', '=', waveId).execute();
  return (rows.find((r) => r.school_id === schoolId) ?? rows.find((r) => r.school_id === null) ?? rows[0])?.code;
}
