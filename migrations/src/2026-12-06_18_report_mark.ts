import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

// The report mark (rapportcijfer, issue 17): which item of a questionnaire version is the overall mark.
// Kept beside the frozen definition, so a published version can still get (or change) its mark.
export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(db, [`alter table survey_versions add column report_mark text`]);
}

export async function down(db: Kysely<any>): Promise<void> {
  await runStatements(db, [`alter table survey_versions drop column report_mark`]);
}
