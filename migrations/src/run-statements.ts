import { type Kysely, sql } from 'kysely';

// Each statement runs on its own: postgres.js sends parameterised (extended protocol) queries,
// which take one statement at a time.
export async function runStatements(db: Kysely<any>, statements: readonly string[]): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
