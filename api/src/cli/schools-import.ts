import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { isSector } from '../organisations/duo-schools.ts';
import { organisationBySlug } from '../organisations/hierarchy.ts';
import { type ImportReport, importSchools } from '../organisations/school-import.ts';

const usage =
  'Usage: pnpm klankbord schools:import --organisation SLUG --file F [--sector po|vo|so|sbo|mbo] [--pupils F2] [--dry-run]';

async function readInput(path: string, option: string): Promise<Uint8Array | string> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return `${option} ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : 'cannot be read'}.`;
  }
}

export function describeImport(report: ImportReport): string[] {
  const { counts } = report;
  const lines = [
    `${report.dryRun ? 'Dry run, nothing written. Would be: ' : ''}added ${counts.added}, updated ${counts.updated}, unchanged ${counts.unchanged}, missing ${counts.missing}` +
      (counts.boardsAdded ? ` (boards added: ${counts.boardsAdded})` : ''),
  ];
  for (const s of report.added) lines.push(`  + ${s.brin}${s.vestiging} ${s.name} (${s.sector}, ${s.municipality})`);
  for (const s of report.updated)
    lines.push(
      `  ~ ${s.brin}${s.vestiging} ${s.name}: ${s.changes.map((c) => `${c.field} "${c.from}" → "${c.to}"`).join(', ')}`,
    );
  for (const s of report.missing)
    lines.push(`  ? ${s.brin}${s.vestiging} ${s.name}: not in this file (kept; mark it closed if it closed)`);
  return lines;
}

/** `klankbord schools:import`: DUO's vestigingen into an organisation, all or nothing. */
export async function runSchoolsImport(
  db: Kysely<Database>,
  args: string[],
  io: { out: (line: string) => void; err: (line: string) => void },
): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      organisation: { type: 'string' },
      file: { type: 'string' },
      sector: { type: 'string' },
      pupils: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
    },
  });
  if (!values.organisation || !values.file) {
    io.err(
      `Missing ${[!values.organisation && '--organisation', !values.file && '--file'].filter(Boolean).join(' and ')}.`,
    );
    io.err(usage);
    return 1;
  }
  if (values.sector !== undefined && !isSector(values.sector)) {
    io.err(`--sector must be po, vo, so, sbo or mbo, not "${values.sector}".`);
    return 1;
  }
  const organisation = await organisationBySlug(db, values.organisation);
  if (!organisation) {
    io.err(`No organisation "${values.organisation}". Create it first with pnpm klankbord setup.`);
    return 1;
  }
  const schools = await readInput(values.file, '--file');
  const pupils = values.pupils === undefined ? undefined : await readInput(values.pupils, '--pupils');
  for (const input of [schools, pupils])
    if (typeof input === 'string') {
      io.err(input);
      return 1;
    }
  try {
    const report = await importSchools(
      db,
      organisation,
      { schools: schools as Uint8Array, pupils: pupils as Uint8Array | undefined, sector: values.sector as never },
      { dryRun: values['dry-run'], userId: null, via: 'cli' },
    );
    for (const line of describeImport(report)) io.out(line);
    return 0;
  } catch (error) {
    if (error instanceof AppError && error.code === 'validation_failed') {
      io.err(error.message);
      return 1;
    }
    throw error;
  }
}
