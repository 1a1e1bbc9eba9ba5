import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

// Settings of an organisation (issue 13): its own minimum group size (null: the installation's
// MIN_CELL_SIZE), the languages its respondents are offered (null: every language of the questionnaire),
// and how many years after a wave closes its responses and stories are kept (GDPR storage limitation).
export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(db, [
    `alter table organisations add column min_group_size integer check (min_group_size between 2 and 100)`,
    `alter table organisations add column respondent_locales jsonb
      check (respondent_locales is null or jsonb_typeof(respondent_locales) = 'array')`,
    `alter table organisations add column retention_years integer not null default 5
      check (retention_years between 1 and 30)`,
  ]);
}

export async function down(db: Kysely<any>): Promise<void> {
  await runStatements(db, [
    `alter table organisations drop column retention_years`,
    `alter table organisations drop column respondent_locales`,
    `alter table organisations drop column min_group_size`,
  ]);
}
