import { type Kysely, sql, type Transaction } from 'kysely';
import { writeAudit } from '../audit/queries.ts';
import type { Database, Sector } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { decodeDuoFile, parseSemicolonCsv } from './duo-csv.ts';
import { readDuoPupils } from './duo-pupils.ts';
import { type DuoSchool, type ReadResult, readDuoSchools, type RowProblem } from './duo-schools.ts';
import { type OrganisationRow, schoolIdsUnderSql } from './hierarchy.ts';

export interface ImportFiles {
  schools: Uint8Array;
  pupils?: Uint8Array | undefined;
  /** Holds for every row; without it each row's sector comes from the file. */
  sector?: Sector | undefined;
}

export interface SchoolSummary {
  brin: string;
  vestiging: string;
  name: string;
  sector: Sector;
  municipality: string;
  pupils: number | null;
  board: string | null;
}

export interface ImportReport {
  dryRun: boolean;
  counts: { added: number; updated: number; unchanged: number; missing: number; boardsAdded: number };
  boardsAdded: { number: string; name: string }[];
  added: SchoolSummary[];
  updated: (SchoolSummary & { changes: { field: string; from: string; to: string }[] })[];
  missing: { brin: string; vestiging: string; name: string }[];
}

type Db = Kysely<Database> | Transaction<Database>;

function readFile<T>(
  bytes: Uint8Array,
  read: (t: ReturnType<typeof parseSemicolonCsv> & { ok: true }) => ReadResult<T>,
  what: string,
) {
  const parsed = parseSemicolonCsv(decodeDuoFile(bytes));
  if (!parsed.ok)
    throw new AppError(
      'import_unclosed_quote',
      { file: what, line: parsed.line },
      `${what}: a quoted field opened on line ${parsed.line} is never closed.`,
      {
        problems: [
          {
            line: parsed.line,
            field: '',
            code: 'malformed',
            value: '',
            message: `line ${parsed.line}: unclosed quote.`,
          },
        ],
      },
    );
  const result = read(parsed);
  if (!result.ok)
    throw new AppError('import_unknown_layout', { file: what }, `${what}: ${result.message}`, {
      reason: 'unknown_layout',
      expected: result.expected,
    });
  return result;
}

function badRows(what: string, problems: RowProblem[]): AppError {
  const shown = problems.slice(0, 50).map((p) => p.message);
  const more = problems.length > shown.length ? [`… and ${problems.length - shown.length} more.`] : [];
  return new AppError(
    'import_bad_rows',
    { file: what, count: problems.length },
    `${what}: ${problems.length} row(s) cannot be imported; nothing was written.\n${[...shown, ...more].join('\n')}`,
    { reason: 'bad_rows', problems: problems.slice(0, 500) },
  );
}

/** A board's slug: the SWV's slug and the bevoegd-gezag number, within the 63 characters a slug has. */
function boardSlug(swvSlug: string, number: string): string {
  const tail = `-bg-${number}`;
  return `${swvSlug.slice(0, 63 - tail.length).replace(/-+$/, '')}${tail}`;
}

/**
 * Imports DUO's vestigingen into an organisation: each bevoegd gezag becomes a board under an SWV, each
 * vestiging a school. Idempotent; a school missing from the file is reported, never deleted. Every row
 * must be good or nothing is written (one transaction); `dryRun` reports the same without writing.
 */
export async function importSchools(
  db: Kysely<Database>,
  organisation: OrganisationRow,
  files: ImportFiles,
  options: { dryRun: boolean; userId: number | null; via: 'cli' | 'web' },
): Promise<ImportReport> {
  const schools = readFile(files.schools, (p) => readDuoSchools(p.table, files.sector), 'School file');
  const pupils = files.pupils ? readFile(files.pupils, (p) => readDuoPupils(p.table), 'Pupil file') : undefined;
  if (schools.problems.length) throw badRows('School file', schools.problems);
  if (pupils?.problems.length) throw badRows('Pupil file', pupils.problems);
  const pupilsByKey = new Map((pupils?.rows ?? []).map((p) => [p.key, p.pupils]));

  return db.transaction().execute(async (tx) => {
    const plan = await planImport(tx, organisation, schools.rows, pupils ? pupilsByKey : undefined);
    if (plan.problems.length) throw badRows('School file', plan.problems);
    if (!options.dryRun) {
      await applyPlan(tx, organisation, plan);
      await writeAudit(tx, {
        action: 'schools.import',
        userId: options.userId,
        organisationId: organisation.id,
        details: { ...plan.report.counts, pupilFile: Boolean(pupils), via: options.via },
      });
    }
    return { ...plan.report, dryRun: options.dryRun };
  });
}

interface Plan {
  report: Omit<ImportReport, 'dryRun'>;
  problems: RowProblem[];
  newBoards: { number: string; name: string }[];
  inserts: (DuoSchool & { pupils: number | null })[];
  updates: { id: number; row: DuoSchool; pupils: number | null }[];
  boardRenames: { id: number; name: string }[];
}

async function planImport(
  db: Db,
  organisation: OrganisationRow,
  rows: DuoSchool[],
  pupils: Map<string, number | null> | undefined,
): Promise<Plan> {
  const usesBoards = organisation.kind === 'swv';
  const boards = await db
    .selectFrom('organisations')
    .select(['id', 'name', 'duo_number'])
    .where('parent_id', '=', organisation.id)
    .execute();
  const boardByNumber = new Map(boards.filter((b) => b.duo_number).map((b) => [b.duo_number!, b]));
  const boardById = new Map(boards.map((b) => [b.id, b]));
  const existing = await db
    .selectFrom('schools')
    .select(['id', 'brin', 'vestiging', 'name', 'sector', 'municipality', 'pupil_count', 'organisation_id'])
    .where(sql<boolean>`id in ${schoolIdsUnderSql(organisation.id)}`)
    .execute();
  const byKey = new Map(existing.map((s) => [`${s.brin}${s.vestiging}`, s]));
  const outsiders = rows.length
    ? await db
        .selectFrom('schools')
        .select(['brin', 'vestiging'])
        .where(sql<boolean>`(brin || vestiging) in (${sql.join(rows.map((r) => `${r.brin}${r.vestiging}`))})`)
        .where(sql<boolean>`id not in ${schoolIdsUnderSql(organisation.id)}`)
        .execute()
    : [];
  const taken = new Set(outsiders.map((s) => `${s.brin}${s.vestiging}`));

  const problems: RowProblem[] = [];
  const newBoards = new Map<string, string>();
  const boardRenames = new Map<number, string>();
  const report: Plan['report'] = {
    counts: { added: 0, updated: 0, unchanged: 0, missing: 0, boardsAdded: 0 },
    boardsAdded: [],
    added: [],
    updated: [],
    missing: [],
  };
  const plan: Plan = { report, problems, newBoards: [], inserts: [], updates: [], boardRenames: [] };
  const boardLabel = (row: DuoSchool) =>
    usesBoards && row.boardNumber ? (row.boardName ?? `Bevoegd gezag ${row.boardNumber}`) : null;

  for (const row of rows) {
    const key = `${row.brin}${row.vestiging}`;
    if (taken.has(key)) {
      problems.push({
        line: row.line,
        field: 'VESTIGING',
        code: 'other_organisation',
        value: key,
        message: `line ${row.line}: school ${key} belongs to another organisation of this installation.`,
      });
      continue;
    }
    if (usesBoards && row.boardNumber) {
      const board = boardByNumber.get(row.boardNumber);
      if (!board && !newBoards.has(row.boardNumber)) newBoards.set(row.boardNumber, boardLabel(row)!);
      if (board && row.boardName && board.name !== row.boardName) boardRenames.set(board.id, row.boardName);
    }
    const count = pupils?.has(key) ? (pupils.get(key) ?? null) : undefined;
    const current = byKey.get(key);
    const summary: SchoolSummary = {
      brin: row.brin,
      vestiging: row.vestiging,
      name: row.name,
      sector: row.sector,
      municipality: row.municipality,
      pupils: count ?? current?.pupil_count ?? null,
      board: boardLabel(row),
    };
    if (!current) {
      plan.inserts.push({ ...row, pupils: count ?? null });
      report.added.push(summary);
      continue;
    }
    const changes: { field: string; from: string; to: string }[] = [];
    const compare = (field: string, from: string | number | null, to: string | number | null) => {
      if (from !== to) changes.push({ field, from: String(from ?? ''), to: String(to ?? '') });
    };
    compare('name', current.name, row.name);
    compare('municipality', current.municipality, row.municipality);
    compare('sector', current.sector, row.sector);
    if (count !== undefined && count !== null) compare('pupils', current.pupil_count, count);
    const currentBoard = boardById.get(current.organisation_id);
    if (usesBoards && row.boardNumber && currentBoard?.duo_number !== row.boardNumber)
      compare('board', currentBoard?.name ?? organisation.name, boardLabel(row));
    if (changes.length) {
      plan.updates.push({ id: current.id, row, pupils: count ?? current.pupil_count });
      report.updated.push({ ...summary, changes });
    } else report.counts.unchanged += 1;
  }
  const inFile = new Set(rows.map((r) => `${r.brin}${r.vestiging}`));
  const sectorsInFile = new Set(rows.map((r) => r.sector));
  report.missing = existing
    .filter((s) => !inFile.has(`${s.brin}${s.vestiging}`) && sectorsInFile.has(s.sector))
    .map((s) => ({ brin: s.brin, vestiging: s.vestiging, name: s.name }));
  plan.newBoards = [...newBoards].map(([number, name]) => ({ number, name }));
  plan.boardRenames = [...boardRenames].map(([id, name]) => ({ id, name }));
  report.boardsAdded = plan.newBoards;
  report.counts = {
    added: report.added.length,
    updated: report.updated.length,
    unchanged: report.counts.unchanged,
    missing: report.missing.length,
    boardsAdded: plan.newBoards.length,
  };
  return plan;
}

async function applyPlan(tx: Transaction<Database>, organisation: OrganisationRow, plan: Plan): Promise<void> {
  const boardIds = new Map<string, number>();
  const existingBoards = await tx
    .selectFrom('organisations')
    .select(['id', 'duo_number'])
    .where('parent_id', '=', organisation.id)
    .where('duo_number', 'is not', null)
    .execute();
  for (const b of existingBoards) boardIds.set(b.duo_number!, b.id);
  for (const board of plan.newBoards) {
    let slug = boardSlug(organisation.slug, board.number);
    for (
      let n = 2;
      await tx.selectFrom('organisations').select('id').where('slug', '=', slug).executeTakeFirst();
      n += 1
    )
      slug = boardSlug(organisation.slug, `${board.number}-${n}`);
    const { id } = await tx
      .insertInto('organisations')
      .values({
        slug,
        name: board.name.slice(0, 200),
        kind: 'bestuur',
        parent_id: organisation.id,
        duo_number: board.number,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    boardIds.set(board.number, id);
  }
  for (const rename of plan.boardRenames)
    await tx
      .updateTable('organisations')
      .set({ name: rename.name.slice(0, 200) })
      .where('id', '=', rename.id)
      .execute();
  const ownerOf = (row: DuoSchool) =>
    organisation.kind === 'swv' && row.boardNumber ? boardIds.get(row.boardNumber)! : organisation.id;
  // In slices: one statement per few hundred schools keeps a national file within parameter limits.
  for (let i = 0; i < plan.inserts.length; i += 500) {
    await tx
      .insertInto('schools')
      .values(
        plan.inserts.slice(i, i + 500).map((row) => ({
          organisation_id: ownerOf(row),
          name: row.name,
          brin: row.brin,
          vestiging: row.vestiging,
          sector: row.sector,
          municipality: row.municipality,
          pupil_count: row.pupils,
        })),
      )
      .execute();
  }
  for (const update of plan.updates)
    await tx
      .updateTable('schools')
      .set({
        // A row without a bevoegd gezag leaves the school on the board it hangs on.
        ...(update.row.boardNumber && organisation.kind === 'swv' && { organisation_id: ownerOf(update.row) }),
        name: update.row.name,
        sector: update.row.sector,
        municipality: update.row.municipality,
        pupil_count: update.pupils,
      })
      .where('id', '=', update.id)
      .execute();
}
