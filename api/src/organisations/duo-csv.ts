// DUO's open-data files: semicolon-separated, fields quoted, one header row; older files are
// Windows-1252, newer ones UTF-8 (with or without a byte-order mark).
import { readCsv } from '../csv/read-csv.ts';

export type { CsvRow, CsvTable } from '../csv/read-csv.ts';

/** Text of a DUO file: UTF-8 when it is valid UTF-8, else Windows-1252. */
export function decodeDuoFile(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  return text.replace(/^\uFEFF/, '');
}

/** Splits semicolon-separated text with "quoted" fields, cells trimmed; skips empty lines. */
export function parseSemicolonCsv(text: string): ReturnType<typeof readCsv> {
  const read = readCsv(text, ';');
  if (!read.ok) return read;
  const trim = (cells: string[]) => cells.map((c) => c.trim());
  const { header, rows } = read.table;
  return { ok: true, table: { header: trim(header), rows: rows.map((row) => ({ ...row, cells: trim(row.cells) })) } };
}

/** A header name as matched: case, spaces, dots, dashes and underscores do not count. */
export function columnKey(name: string): string {
  return name.toLowerCase().replace(/[\s._-]+/g, '');
}

/** The index of the first column whose name matches one of `names`, or -1. */
export function findColumn(header: string[], names: readonly string[]): number {
  const keys = header.map(columnKey);
  for (const name of names) {
    const index = keys.indexOf(columnKey(name));
    if (index >= 0) return index;
  }
  return -1;
}
