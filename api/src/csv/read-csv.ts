// Reading CSV: RFC 4180 quoting ("" inside quotes is one quote), any separator, CRLF or LF. The twin of
// write-csv.ts; DUO's semicolon files and the tests that read an export back both go through it.

export interface CsvRow {
  /** Line of the file the row starts on (the header is line 1). */
  line: number;
  cells: string[];
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
}

/**
 * Splits CSV text into a header and rows, skipping blank lines; a quote left open is an error at the line
 * its record starts on.
 */
export function readCsv(text: string, separator = ','): { ok: true; table: CsvTable } | { ok: false; line: number } {
  const records: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let startLine = 1;
  const endRecord = () => {
    cells.push(cell);
    if (cells.some((c) => c.trim() !== '')) records.push({ line: startLine, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line += 1;
        cell += ch;
      }
    } else if (ch === '"') quoted = true;
    else if (ch === separator) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      endRecord();
      line += 1;
      startLine = line;
    } else cell += ch;
  }
  if (quoted) return { ok: false, line: startLine };
  endRecord();
  const [header, ...rows] = records;
  return { ok: true, table: { header: header?.cells ?? [], rows } };
}
