import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

// Reference benchmark (issue 17): whether an organisation contributes its schools' figures to the
// installation's reference and sees it. Off until the organisation chooses it.
export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(db, [`alter table organisations add column reference_benchmark boolean not null default false`]);
}

export async function down(db: Kysely<any>): Promise<void> {
  await runStatements(db, [`alter table organisations drop column reference_benchmark`]);
}
