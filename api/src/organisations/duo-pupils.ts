import { type CsvTable, columnKey, findColumn } from './duo-csv.ts';
import type { ReadResult, RowProblem } from './duo-schools.ts';

export interface PupilCount {
  /** BRIN + vestiging, e.g. 12AB00. */
  key: string;
  /** Null where DUO masks a small number ("<5"). */
  pupils: number | null;
}

export const expectedPupilColumns = [
  'VESTIGINGSCODE or VESTIGINGSNUMMER (or INSTELLINGSCODE / BRIN NUMMER)',
  'AANTAL LEERLINGEN, TOTAAL or LEERLINGEN_<year>',
];

/**
 * Pupils per vestiging from DUO's pupil files: the current "aantal leerlingen" files (one count column)
 * or the historical overview (LEERLINGEN_2023, LEERLINGEN_2024, …: the latest year is taken). Rows of
 * the same vestiging (one per bevoegd gezag or type) are added up.
 */
export function readDuoPupils(table: CsvTable): ReadResult<PupilCount> {
  const vestigingAt = findColumn(table.header, ['VESTIGINGSCODE', 'VESTIGINGSNUMMER']);
  const brinAt = findColumn(table.header, ['INSTELLINGSCODE', 'BRIN NUMMER', 'BRIN']);
  let countAt = findColumn(table.header, ['AANTAL LEERLINGEN', 'TOTAAL AANTAL LEERLINGEN', 'TOTAAL', 'LEERLINGEN']);
  if (countAt < 0) {
    const years = table.header
      .map((h, index) => ({ index, year: /^leerlingen(\d{4})$/.exec(columnKey(h))?.[1] }))
      .filter((c) => c.year !== undefined)
      .sort((a, b) => Number(b.year) - Number(a.year));
    countAt = years[0]?.index ?? -1;
  }
  if ((vestigingAt < 0 && brinAt < 0) || countAt < 0)
    return {
      ok: false,
      reason: 'unknown_layout',
      expected: expectedPupilColumns,
      message: `This is not a DUO pupil file I know: expected the columns ${expectedPupilColumns.join(', ')}; found ${table.header.join(', ') || 'no header'}.`,
    };
  const totals = new Map<string, number | null>();
  const problems: RowProblem[] = [];
  const countField = table.header[countAt]!;
  for (const { line, cells } of table.rows) {
    const code = (cells[vestigingAt] ?? '').toUpperCase().replace(/\s+/g, '');
    const brin = (cells[brinAt] ?? '').toUpperCase().replace(/\s+/g, '');
    const key = code.length === 6 ? code : brin.length === 4 ? `${brin}${(code || '0').padStart(2, '0')}` : '';
    if (!/^[0-9A-Z]{4}[0-9]{2}$/.test(key)) {
      const field = table.header[vestigingAt >= 0 ? vestigingAt : brinAt]!;
      problems.push({
        line,
        field,
        code: key ? 'malformed' : 'missing',
        value: code || brin,
        message: `line ${line}, ${field}: no vestiging (BRIN + 2 digits).`,
      });
      continue;
    }
    const raw = (cells[countAt] ?? '').replace(/\s+/g, '');
    if (raw === '<5' || raw === '') {
      if (!totals.has(key)) totals.set(key, null);
      continue;
    }
    if (!/^[0-9]{1,7}$/.test(raw)) {
      problems.push({
        line,
        field: countField,
        code: 'malformed',
        value: raw,
        message: `line ${line}, ${countField}: "${raw}" is not a number of pupils.`,
      });
      continue;
    }
    totals.set(key, (totals.get(key) ?? 0) + Number(raw));
  }
  return { ok: true, rows: [...totals].map(([key, pupils]) => ({ key, pupils })), problems };
}
