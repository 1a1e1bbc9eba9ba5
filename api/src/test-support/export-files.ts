import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCsv } from '../csv/read-csv.ts';

// Reading an export back as a researcher would: the ZIP's files, and its CSVs through the one CSV reader.

/** The files of an export ZIP, by name, as text. */
export function unzipFiles(bytes: ArrayBuffer): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'export-files-'));
  try {
    writeFileSync(join(dir, 'x.zip'), Buffer.from(bytes));
    execFileSync('unzip', ['-q', 'x.zip', '-d', 'out'], { cwd: dir });
    return Object.fromEntries(
      readdirSync(join(dir, 'out')).map((name) => [name, readFileSync(join(dir, 'out', name), 'utf8')]),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A CSV as its header and rows of cells; throws on a quote left open. */
export function csvTable(text: string): { header: string[]; rows: string[][] } {
  const read = readCsv(text);
  if (!read.ok) throw new Error(`CSV: a quote opened on line ${read.line} is never closed`);
  return { header: read.table.header, rows: read.table.rows.map((row) => row.cells) };
}

/** A CSV as one object per row, keyed by the header's column names. */
export function csvRecords(text: string): Record<string, string>[] {
  const { header, rows } = csvTable(text);
  return rows.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ''])));
}
