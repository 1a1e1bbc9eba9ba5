import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

// Counts of complete responses kept beside the responses (issue 17: the reference at 1M responses read
// the answers out of 425k JSON documents on every load). Two tables, both derived only from `responses`:
//
// - response_school_counts: per wave × school, the number of complete responses;
// - response_answer_counts: per wave × school × item × answer value, how many complete responses gave
//   that value. Only values that look like a scale value (an integer of at most 3 digits, as the
//   reference's items require) are kept, as written (value) and as a number (number, to sum without
//   parsing text when read); which values of an item count is decided when reading, as the
//   reading of the JSON did, so n, sum and sum of squares per item follow exactly.
//
// Statement triggers on `responses` keep them in step in the same transaction as every write, whatever
// wrote it (ingest, continuing a partial, deletion by the respondent, the retention purge, a deleted
// school's set null, the seed, an import), so they can never lag or drift. A statement trigger with
// transition tables costs one grouped upsert per statement, so a batch insert (seed, import) stays cheap.
// The upserts run in key order, so two concurrent writers lock shared rows in the same order (no deadlock).
// No foreign keys: rows go when their count reaches 0, and a deleted school reaches 0 through the set null
// on responses; a foreign key would race that. No check on the counts either: a derived figure must never
// block a respondent's deletion.

const scaleValue = `'^-?[0-9]{1,3}$'`;

/** Per wave × school: +1 / −1 for each complete response with a school in a transition table. */
const schoolDelta = (table: string, sign: string) =>
  `select r.wave_id, r.school_id, ${sign} as d from ${table} r where r.status = 'complete' and r.school_id is not null`;

/** Per wave × school × item × value: +1 / −1 for each scale-like answer of those responses. */
const answerDelta = (table: string, sign: string) =>
  `select r.wave_id, r.school_id, e.key as item, e.value #>> '{}' as value, ${sign} as d
   from ${table} r cross join lateral jsonb_each(r.answers) e
   where r.status = 'complete' and r.school_id is not null and (e.value #>> '{}') ~ ${scaleValue}`;

function applyDeltas(deltas: { table: string; sign: string }[]) {
  const schools = deltas.map((d) => schoolDelta(d.table, d.sign)).join(' union all ');
  const answers = deltas.map((d) => answerDelta(d.table, d.sign)).join(' union all ');
  const removed = deltas.find((d) => d.sign === '-1');
  return `
    insert into response_school_counts (wave_id, school_id, responses)
    select wave_id, school_id, sum(d) from (${schools}) x
    group by wave_id, school_id having sum(d) <> 0 order by wave_id, school_id
    on conflict (wave_id, school_id)
      do update set responses = response_school_counts.responses + excluded.responses;
    insert into response_answer_counts (wave_id, school_id, item, value, number, responses)
    select wave_id, school_id, item, value, value::int as number, sum(d) from (${answers}) x
    group by wave_id, school_id, item, value having sum(d) <> 0 order by wave_id, school_id, item, value
    on conflict (wave_id, school_id, item, value)
      do update set responses = response_answer_counts.responses + excluded.responses;
    ${
      removed
        ? // Only a removal can bring a count to 0; look only where this statement removed something.
          `delete from response_school_counts c using (select distinct wave_id, school_id from ${removed.table}) k
           where c.wave_id = k.wave_id and c.school_id = k.school_id and c.responses = 0;
           delete from response_answer_counts c using (select distinct wave_id, school_id from ${removed.table}) k
           where c.wave_id = k.wave_id and c.school_id = k.school_id and c.responses = 0;`
        : ''
    }`;
}

const triggerFunction = (name: string, body: string) => `
  create function ${name}() returns trigger language plpgsql as $$
  begin
    ${body}
    return null;
  end $$`;

export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(db, [
    `create table response_school_counts (
      wave_id integer not null,
      school_id integer not null,
      responses integer not null,
      primary key (wave_id, school_id)
    )`,
    `create table response_answer_counts (
      wave_id integer not null,
      school_id integer not null,
      item text not null,
      value text not null,
      number integer not null,
      responses integer not null,
      primary key (wave_id, school_id, item, value)
    )`,
    triggerFunction('response_counts_after_insert', applyDeltas([{ table: 'new_rows', sign: '1' }])),
    triggerFunction(
      'response_counts_after_update',
      applyDeltas([
        { table: 'new_rows', sign: '1' },
        { table: 'old_rows', sign: '-1' },
      ]),
    ),
    triggerFunction('response_counts_after_delete', applyDeltas([{ table: 'old_rows', sign: '-1' }])),
    triggerFunction(
      'response_counts_after_truncate',
      `truncate response_school_counts; truncate response_answer_counts;`,
    ),
    `create trigger response_counts_insert after insert on responses
      referencing new table as new_rows for each statement execute function response_counts_after_insert()`,
    `create trigger response_counts_update after update on responses
      referencing old table as old_rows new table as new_rows
      for each statement execute function response_counts_after_update()`,
    `create trigger response_counts_delete after delete on responses
      referencing old table as old_rows for each statement execute function response_counts_after_delete()`,
    `create trigger response_counts_truncate after truncate on responses
      for each statement execute function response_counts_after_truncate()`,
    // The existing responses, counted the same way.
    `insert into response_school_counts (wave_id, school_id, responses)
      select wave_id, school_id, count(*) from responses
      where status = 'complete' and school_id is not null group by wave_id, school_id`,
    `insert into response_answer_counts (wave_id, school_id, item, value, number, responses)
      select r.wave_id, r.school_id, e.key, e.value #>> '{}', (e.value #>> '{}')::int, count(*)
      from responses r cross join lateral jsonb_each(r.answers) e
      where r.status = 'complete' and r.school_id is not null and (e.value #>> '{}') ~ ${scaleValue}
      group by 1, 2, 3, 4`,
    `analyze response_school_counts`,
    `analyze response_answer_counts`,
  ]);
}

export async function down(db: Kysely<any>): Promise<void> {
  await runStatements(db, [
    `drop trigger response_counts_truncate on responses`,
    `drop trigger response_counts_delete on responses`,
    `drop trigger response_counts_update on responses`,
    `drop trigger response_counts_insert on responses`,
    `drop function response_counts_after_truncate()`,
    `drop function response_counts_after_delete()`,
    `drop function response_counts_after_update()`,
    `drop function response_counts_after_insert()`,
    `drop table response_answer_counts`,
    `drop table response_school_counts`,
  ]);
}
