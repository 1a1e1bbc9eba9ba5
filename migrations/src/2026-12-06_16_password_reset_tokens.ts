import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

// Password reset by e-mail link (issue 16): only the token's SHA-256 is stored, so a copy of the database
// cannot reset anyone's password. A token works once and until it expires.
export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(db, [
    `create table password_reset_tokens (
      id integer generated always as identity primary key,
      user_id integer not null references users (id) on delete cascade,
      token_hash text not null unique,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      used_at timestamptz
    )`,
    `create index password_reset_tokens_user_idx on password_reset_tokens (user_id)`,
  ]);
}

export async function down(db: Kysely<any>): Promise<void> {
  await runStatements(db, [`drop table password_reset_tokens`]);
}
