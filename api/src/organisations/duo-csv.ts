// DUO's open-data files: semicolon-separated, fields quoted, one header row; older files are
// Windows-1252, newer ones UTF-8 (with or without a byte-order mark).

export interface CsvRow {
  /** Line of the file the row starts on (the header is line 1). */
  line: number;
  cells: string[];
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
}

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

/** Splits semicolon-separated text with "quoted" fields ("" inside quotes is one quote); skips empty lines. */
export function parseSemicolonCsv(text: string): { ok: true; table: CsvTable } | { ok: false; line: number } {
  const records: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let startLine = 1;
  const endRecord = () => {
    cells.push(cell);
    if (cells.some((c) => c.trim() !== '')) records.push({ line: startLine, cells: cells.map((c) => c.trim()) });
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
    else if (ch === ';') {
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
