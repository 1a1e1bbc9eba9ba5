import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

// Redaction doubts a researcher decided (issue 19): a word the redactor was unsure of is redacted in
// that story wherever it stands, or kept and no longer shown as a doubt. Quotes and exports apply them.
export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(db, [
    `create table story_redaction_decisions (
      story_id bigint not null references stories (id) on delete cascade,
      phrase text not null check (length(phrase) between 1 and 200),
      decision text not null check (decision in ('redact', 'keep')),
      decided_by integer references users (id) on delete set null,
      decided_at timestamptz not null default now(),
      primary key (story_id, phrase)
    )`,
  ]);
}

export async function down(db: Kysely<any>): Promise<void> {
  await runStatements(db, [`drop table story_redaction_decisions`]);
}
