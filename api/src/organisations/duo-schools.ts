import type { Sector } from '../db/database.ts';
import { type CsvTable, findColumn } from './duo-csv.ts';

/** One vestiging as read from a DUO school file. */
export interface DuoSchool {
  line: number;
  /** Bevoegd-gezag number: the board the school belongs to (null when the file has none for it). */
  boardNumber: string | null;
  boardName: string | null;
  brin: string;
  vestiging: string;
  name: string;
  municipality: string;
  sector: Sector;
}

/** A row that cannot be imported, by line and column, so it can be found and fixed in the file. */
export interface RowProblem {
  line: number;
  field: string;
  code: 'missing' | 'malformed' | 'unknown_sector' | 'duplicate' | 'other_organisation';
  value: string;
  message: string;
}

export type ReadResult<T> =
  | { ok: true; rows: T[]; problems: RowProblem[] }
  | { ok: false; reason: 'unknown_layout'; message: string; expected: string[] };

// Header names of the two DUO layouts: the older "alle vestigingen" files and the current open data.
const columns = {
  brin: ['BRIN NUMMER', 'INSTELLINGSCODE', 'BRIN'],
  vestiging: ['VESTIGINGSNUMMER', 'VESTIGINGSCODE'],
  name: ['VESTIGINGSNAAM', 'INSTELLINGSNAAM VESTIGING', 'NAAM VESTIGING', 'INSTELLINGSNAAM'],
  municipality: ['GEMEENTENAAM', 'GEMEENTENAAM VESTIGING', 'PLAATSNAAM'],
  boardNumber: ['BEVOEGD GEZAG NUMMER', 'BEVOEGD GEZAG'],
  boardName: ['BEVOEGD GEZAG NAAM', 'BESTUURSNAAM'],
  sector: ['SOORT PO', 'SOORT VESTIGING', 'SECTOR', 'ONDERWIJSSECTOR'],
} as const;

export const expectedSchoolColumns = [
  'BEVOEGD GEZAG NUMMER',
  'BRIN NUMMER or INSTELLINGSCODE',
  'VESTIGINGSNUMMER or VESTIGINGSCODE',
  'VESTIGINGSNAAM (or INSTELLINGSNAAM VESTIGING)',
  'GEMEENTENAAM (or PLAATSNAAM)',
];

const sectors: readonly Sector[] = ['po', 'vo', 'so', 'sbo', 'mbo'];

// How DUO's files name the kind of school, in a SOORT PO / SOORT_VESTIGING column.
const sectorWords: Record<string, Sector> = {
  bo: 'po',
  po: 'po',
  basisonderwijs: 'po',
  sbo: 'sbo',
  speciaalbasisonderwijs: 'sbo',
  so: 'so',
  vso: 'so',
  '(v)so': 'so',
  speciaalonderwijs: 'so',
  voortgezetspeciaalonderwijs: 'so',
  expertisecentrum: 'so',
  vo: 'vo',
  voortgezetonderwijs: 'vo',
  mbo: 'mbo',
};

export function sectorOf(value: string): Sector | undefined {
  return sectorWords[value.toLowerCase().replace(/[\s_-]+/g, '')];
}

export function isSector(value: string): value is Sector {
  return (sectors as readonly string[]).includes(value);
}

/**
 * The vestigingen of a DUO school file, matched by header name. `sector` (the --sector option)
 * holds for every row; without it the file must say each row's sector.
 */
export function readDuoSchools(table: CsvTable, sector: Sector | undefined): ReadResult<DuoSchool> {
  const at = Object.fromEntries(
    Object.entries(columns).map(([key, names]) => [key, findColumn(table.header, names)]),
  ) as Record<keyof typeof columns, number>;
  const layoutKnown = (at.brin >= 0 || at.vestiging >= 0) && at.name >= 0 && at.municipality >= 0;
  if (!layoutKnown)
    return {
      ok: false,
      reason: 'unknown_layout',
      expected: expectedSchoolColumns,
      message: `This is not a DUO school file I know: expected the columns ${expectedSchoolColumns.join(', ')}; found ${table.header.join(', ') || 'no header'}.`,
    };
  if (!sector && at.sector < 0)
    return {
      ok: false,
      reason: 'unknown_layout',
      expected: [...expectedSchoolColumns, 'SOORT PO (or give the sector)'],
      message: 'The file does not say the sector of its schools: give --sector po|vo|so|sbo|mbo.',
    };
  const rows: DuoSchool[] = [];
  const problems: RowProblem[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of table.rows) {
    const cell = (index: number) => (index >= 0 ? (cells[index] ?? '') : '');
    const problem = (field: string, code: RowProblem['code'], value: string, message: string) =>
      problems.push({ line, field, code, value, message: `line ${line}, ${field}: ${message}` });
    const before = problems.length;
    const code = cell(at.vestiging).toUpperCase().replace(/\s+/g, '');
    let brin = cell(at.brin).toUpperCase().replace(/\s+/g, '');
    let vestiging = '00';
    if (code.length === 6) {
      if (brin && brin !== code.slice(0, 4))
        problem(table.header[at.vestiging]!, 'malformed', code, `"${code}" does not start with BRIN ${brin}.`);
      brin = code.slice(0, 4);
      vestiging = code.slice(4);
    } else if (/^[0-9]{1,2}$/.test(code)) vestiging = code.padStart(2, '0');
    else if (code)
      problem(table.header[at.vestiging]!, 'malformed', code, `"${code}" is not a vestiging (BRIN + 2 digits).`);
    const brinField = at.brin >= 0 ? table.header[at.brin]! : table.header[at.vestiging]!;
    if (!brin) problem(brinField, 'missing', '', 'no BRIN.');
    else if (!/^[0-9A-Z]{4}$/.test(brin))
      problem(brinField, 'malformed', brin, `"${brin}" is not a BRIN (4 letters or digits).`);
    else if (!/^[0-9]{2}$/.test(vestiging))
      problem(table.header[at.vestiging]!, 'malformed', code, `"${code}" does not end in two digits.`);
    const name = cell(at.name);
    if (!name) problem(table.header[at.name]!, 'missing', '', 'no name.');
    else if (name.length > 200)
      problem(table.header[at.name]!, 'malformed', name.slice(0, 40), 'name longer than 200 characters.');
    const municipality = cell(at.municipality);
    if (!municipality) problem(table.header[at.municipality]!, 'missing', '', 'no municipality.');
    const boardNumber = cell(at.boardNumber);
    if (boardNumber && !/^[0-9]{1,10}$/.test(boardNumber))
      problem(
        table.header[at.boardNumber]!,
        'malformed',
        boardNumber,
        `"${boardNumber}" is not a bevoegd-gezag number.`,
      );
    const rowSector = sector ?? sectorOf(cell(at.sector));
    if (!rowSector)
      problem(
        table.header[at.sector]!,
        'unknown_sector',
        cell(at.sector),
        `unknown sector "${cell(at.sector)}" (po, vo, so, sbo or mbo).`,
      );
    const key = `${brin}${vestiging}`;
    const earlier = seen.get(key);
    if (problems.length === before && earlier !== undefined)
      problem(
        table.header[at.vestiging] ?? brinField,
        'duplicate',
        key,
        `${key} appears twice (also on line ${earlier}).`,
      );
    seen.set(key, earlier ?? line);
    if (problems.length > before) continue;
    rows.push({
      line,
      boardNumber: boardNumber ? String(Number(boardNumber)) : null,
      boardName: cell(at.boardName) || null,
      brin,
      vestiging,
      name,
      municipality,
      sector: rowSector!,
    });
  }
  return { ok: true, rows, problems };
}
