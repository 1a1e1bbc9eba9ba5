import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

// Real organisations load their boards and schools from DUO (issue 13): a board keeps its bevoegd-gezag
// number so a second import finds it again, and a school that closed stays (it may hold answers) but is
// marked closed instead of deleted.
export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(db, [
    `alter table organisations add column duo_number text check (duo_number ~ '^[0-9]{1,10}$')`,
    // One board per bevoegd gezag under each SWV (a bevoegd gezag may serve several SWVs).
    `create unique index organisations_duo_number_idx on organisations (coalesce(parent_id, 0), duo_number)
      where duo_number is not null`,
    `alter table schools add column closed boolean not null default false`,
  ]);
}

export async function down(db: Kysely<any>): Promise<void> {
  await runStatements(db, [
    `alter table schools drop column closed`,
    `drop index organisations_duo_number_idx`,
    `alter table organisations drop column duo_number`,
  ]);
}
