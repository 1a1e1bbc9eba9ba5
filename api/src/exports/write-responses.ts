import { CountTable, kAnonymise, type KAnonymityResult } from '@klankbord/analysis/disclosure';
import { type RawBuilder, sql, type Transaction } from 'kysely';
import { csvRow } from '../csv/write-csv.ts';
import { schoolIdsUnderSql } from '../organisations/hierarchy.ts';
import type { Database } from '../db/database.ts';
import { type AnswerColumn, answerCell } from './export-variables.ts';
import { cursorBatches } from './queries.ts';
import type { QuasiIdentifierColumn } from './quasi-identifiers.ts';
import type { TextFile } from './text-file.ts';

export interface ResponseScope {
  waveIds: readonly number[];
  /** Only schools of this board (an export of a board inside an SWV's waves). */
  boardId: number | null;
}

function whereScope(scope: ResponseScope): RawBuilder<unknown> {
  const waves = sql.join(scope.waveIds.map((id) => sql.lit(id)));
  const board = scope.boardId === null ? sql`` : sql`and r.school_id in ${schoolIdsUnderSql(scope.boardId)}`;
  // Only complete responses: a partial one may still change, and its answers are not final.
  return sql`r.status = 'complete' and r.wave_id in (${waves}) ${board}`;
}

const qiSelect = (columns: readonly QuasiIdentifierColumn[]) =>
  sql.join(columns.map((column, q) => sql`${column.select} as ${sql.id(`q${q}`)}`));

type QiRow = Record<string, unknown>;
const rawValues = (columns: readonly QuasiIdentifierColumn[], row: QiRow) =>
  columns.map((column, q) => column.raw(row[`q${q}`]));

/** The quasi-identifier combinations of the scope with their counts, by GROUP BY in the database, in batches. */
export async function* combinationCounts(
  tx: Transaction<Database>,
  scope: ResponseScope,
  columns: readonly QuasiIdentifierColumn[],
): AsyncGenerator<{ raw: string[]; n: number; combinations: number }[]> {
  if (scope.waveIds.length === 0) return;
  const groupBy = columns.length ? sql`group by ${sql.join(columns.map((_, q) => sql.lit(q + 1)))}` : sql``;
  const select = columns.length ? sql`${qiSelect(columns)},` : sql``;
  // Every row also says how many combinations there are, so the table is made at its size at once.
  const query = sql<QiRow & { n: number; combinations: number }>`select ${select} count(*)::int as n,
    count(*) over ()::int as combinations from responses r where ${whereScope(scope)} ${groupBy}`;
  // Small batches: rows that die young stay in V8's young generation. At 10,000 rows a batch and the next
  // one in flight outlived two scavenges, and the country's 900,000 rows piled up in the old generation
  // until pass 2 began (peak RSS 375 MB instead of 320 MB; BENCHMARKS.md).
  for await (const rows of cursorBatches(tx, 'export_qi_counts', query, 2_000))
    yield rows.map((row) => ({
      raw: rawValues(columns, row),
      n: Number(row.n),
      combinations: Number(row.combinations),
    }));
}

/** The quasi-identifier count table of the scope, by GROUP BY in the database. */
export async function countCombinations(
  tx: Transaction<Database>,
  scope: ResponseScope,
  columns: readonly QuasiIdentifierColumn[],
): Promise<CountTable> {
  const hierarchies = columns.map((c) => c.hierarchy);
  let table: CountTable | undefined;
  for await (const rows of combinationCounts(tx, scope, columns)) {
    table ??= new CountTable(hierarchies, rows[0]!.combinations);
    for (const row of rows) table.add(row.raw, row.n);
  }
  return table ?? new CountTable(hierarchies);
}

/** Pass 1: the quasi-identifier count table, then the k-anonymity decision. */
export async function decideDisclosure(
  tx: Transaction<Database>,
  scope: ResponseScope,
  columns: readonly QuasiIdentifierColumn[],
  options: { k: number; maxSuppressedShare: number },
): Promise<KAnonymityResult> {
  return kAnonymise(await countCombinations(tx, scope, columns), options);
}

export interface ResponsesWritten {
  rows: number;
  releasedGroups: number;
}

/** Pass 2: streams every response in id order and writes it generalised and suppressed as decided. */
export async function writeResponses(
  tx: Transaction<Database>,
  file: TextFile,
  scope: ResponseScope,
  columns: readonly QuasiIdentifierColumn[],
  answers: readonly AnswerColumn[],
  decision: KAnonymityResult,
  pseudonym: (id: number) => string,
  onBatch: (rows: number) => Promise<void>,
): Promise<ResponsesWritten> {
  await file.write(csvRow(['respondent_id', ...columns.map((c) => c.name), ...answers.map((a) => a.column)]));
  const released = new ReleasedCombinations(decision.ok ? decision.valueCounts : []);
  let rows = 0;
  try {
    if (decision.ok && scope.waveIds.length > 0) {
      const select = columns.length ? sql`${qiSelect(columns)},` : sql``;
      // Only the answers the columns read, as a list in the order of `questions`: half the bytes of the
      // whole answers object, and far less to parse and collect per row.
      const questions = [...new Map(answers.map((a) => [a.question.name, a.question])).values()];
      const valueAt = answers.map((a) => questions.findIndex((q) => q.name === a.question.name));
      // A matrix row sits one level down: read at its path.
      const read = (q: (typeof questions)[number]) =>
        q.path
          ? sql`r.answers #> array[${sql.join(q.path.map((k) => sql.lit(k)))}]`
          : sql`r.answers -> ${sql.lit(q.name)}`;
      const answerList = questions.length ? sql`jsonb_build_array(${sql.join(questions.map(read))})` : sql`'[]'::jsonb`;
      const query = sql<QiRow & { id: number; answers: unknown[] }>`select r.id, ${select} ${answerList} as answers
        from responses r where ${whereScope(scope)} order by r.id`;
      // 2,000 rows a batch for the same reason as pass 1: peak RSS 311–326 MB instead of 312–362 MB.
      for await (const batch of cursorBatches(tx, 'export_responses', query, 2_000)) {
        let chunk = '';
        for (const row of batch) {
          const values = decision.release(rawValues(columns, row));
          if (values === null) continue;
          released.add(values);
          chunk += csvRow([
            pseudonym(row.id),
            ...values,
            ...answers.map((a, i) => answerCell(a, row.answers[valueAt[i]!])),
          ]);
          rows += 1;
        }
        await file.write(chunk);
        await onBatch(batch.length);
      }
    }
  } finally {
    await file.close();
  }
  // The same snapshot as pass 1, so this holds by construction; checked anyway before anything is released.
  const smallest = released.smallest();
  if (decision.ok && smallest < decision.k)
    throw new Error(`k-anonymity check failed: a released combination occurs ${smallest} times`);
  return { rows, releasedGroups: released.size };
}

/**
 * Counts the combinations of quasi-identifier values as they are written, to check k on what was really
 * released. Values are numbered per column and packed into one number when the columns' value counts
 * allow it (a national export: ~200,000 number keys instead of as many joined strings).
 */
class ReleasedCombinations {
  private readonly dictionaries: Map<string, number>[];
  private readonly packed: boolean;
  private readonly counts = new Map<number | string, number>();

  constructor(private readonly valueCounts: readonly number[]) {
    this.dictionaries = valueCounts.map(() => new Map());
    this.packed = valueCounts.reduce((product, count) => product * count, 1) < Number.MAX_SAFE_INTEGER;
  }

  add(values: readonly string[]): void {
    const key = this.packed ? this.pack(values) : values.join('\u0001');
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  private pack(values: readonly string[]): number {
    let key = 0;
    for (let q = 0; q < values.length; q += 1) {
      const dictionary = this.dictionaries[q]!;
      let code = dictionary.get(values[q]!);
      if (code === undefined) {
        code = dictionary.size;
        if (code >= this.valueCounts[q]!) throw new Error('released more distinct values than the decision allows');
        dictionary.set(values[q]!, code);
      }
      key = key * this.valueCounts[q]! + code;
    }
    return key;
  }

  get size(): number {
    return this.counts.size;
  }

  smallest(): number {
    let smallest = Number.POSITIVE_INFINITY;
    for (const count of this.counts.values()) smallest = Math.min(smallest, count);
    return smallest;
  }
}
