/** Why a statistic could not be computed; every function in this module uses the same codes. */
export type FailureReason =
  | 'invalid_input' // negative, non-integer or non-finite counts, ragged tables, bad options
  | 'no_data' // nothing to compute on (n = 0, empty table, no pairable ratings)
  | 'one_group' // fewer than two groups, rows, columns or categories remain
  | 'no_variation' // every observation is the same, so the statistic is undefined (0/0)
  | 'empty_category'; // a raking target has no respondents to carry its weight

/** An expected failure: returned, never thrown. */
export type Failure = { readonly ok: false; readonly reason: FailureReason; readonly message: string };

/** A success carries `ok: true` beside its values, so callers narrow on `result.ok`. */
export type Result<T extends object> = ({ readonly ok: true } & T) | Failure;

export function fail(reason: FailureReason, message: string): Failure {
  return { ok: false, reason, message };
}

export function succeed<T extends object>(values: T): { readonly ok: true } & T {
  return { ok: true, ...values };
}

export function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

export function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

/** Checks a table of counts: non-empty, rectangular, non-negative integers. */
export function checkCountTable(table: readonly (readonly number[])[]): Failure | null {
  if (!Array.isArray(table) || table.length === 0 || table.every((row) => row.length === 0)) {
    return fail('no_data', 'The table has no cells.');
  }
  const width = table[0]?.length ?? 0;
  if (table.some((row) => !Array.isArray(row) || row.length !== width)) {
    return fail('invalid_input', 'Every row of the table must have the same number of cells.');
  }
  if (!table.every((row) => row.every(isCount))) {
    return fail('invalid_input', 'Counts must be non-negative integers.');
  }
  return null;
}
