import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Kysely } from 'kysely';
import { writeAudit } from '../audit/queries.ts';
import type { Database } from '../db/database.ts';
import { describeDisclosure } from '../exports/disclosure-report.ts';
import { folderProblem, folderSink } from '../exports/export-sink.ts';
import { writeExportFiles } from '../exports/run-export.ts';
import { planExport } from '../exports/service.ts';
import { organisationBySlug } from '../organisations/hierarchy.ts';
import { AppError } from '../errors.ts';

export interface ExportIo {
  db: Kysely<Database>;
  out: (line: string) => void;
  err: (line: string) => void;
}

// Without --quasi-identifiers: the proposal of the export page (planExport), not every candidate.
const usage =
  'Usage: pnpm klankbord export --organisation <slug> [--wave <id> …] [--k 5] [--quasi-identifiers a,b] [--stories] [--refi-qda] --out DIR\n' +
  'Without --quasi-identifiers: the set /staff/export proposes, which keeps school where k allows.';

/**
 * `pnpm klankbord export`: the researcher export written unzipped into a folder (same files as the ZIP).
 * Runs with the operator's database access, so no role check; it is audit-logged like an api export.
 */
export async function runExport(args: string[], io: ExportIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      organisation: { type: 'string' },
      wave: { type: 'string', multiple: true },
      k: { type: 'string', default: '5' },
      'quasi-identifiers': { type: 'string' },
      stories: { type: 'boolean', default: false },
      'refi-qda': { type: 'boolean', default: false },
      out: { type: 'string' },
    },
  });
  const k = /^\d{1,3}$/.test(values.k) ? Number(values.k) : Number.NaN;
  if (!values.organisation || !values.out) return fail(io, `--organisation and --out are required.\n${usage}`);
  if (!(k >= 2 && k <= 100)) return fail(io, `--k must be a whole number from 2 to 100, not "${values.k}".`);
  const waves = (values.wave ?? []).map((id) => (/^\d{1,9}$/.test(id) ? Number(id) : Number.NaN));
  if (waves.some((id) => !(id >= 1))) return fail(io, '--wave takes a wave id (a whole number).');
  const dir = resolve(values.out);
  const problem = await folderProblem(dir);
  if (problem) return fail(io, `--out: ${problem}`);
  const organisation = await organisationBySlug(io.db, values.organisation);
  if (!organisation) return fail(io, `No organisation "${values.organisation}".`);
  try {
    const { plan } = await planExport(io.db, organisation, {
      k,
      includeStories: values.stories,
      refiQda: values['refi-qda'],
      ...(waves.length ? { waves } : {}),
      // Given but empty ("--quasi-identifiers ''") is refused like an empty list, not read as the defaults.
      ...(values['quasi-identifiers'] !== undefined
        ? { quasiIdentifiers: values['quasi-identifiers'].split(',').flatMap((s) => s.trim() || []) }
        : {}),
    });
    const sink = await folderSink(dir);
    const outcome = await writeExportFiles(io.db, plan, sink);
    // Recorded before the files land: an export nobody can find in the audit log must not exist.
    await writeAudit(io.db, {
      action: 'export.cli',
      userId: null,
      organisationId: organisation.id,
      details: {
        // No account behind the command line: the operating-system user who ran it.
        operator: operatorName(),
        organisation: organisation.slug,
        waves: plan.waves.map((w) => w.id),
        k,
        quasiIdentifiers: plan.quasiIdentifiers,
        includeStories: plan.includeStories,
        refiQda: plan.refiQda ?? false,
        rowCounts: outcome.rowCounts,
      },
    }).catch((error: unknown) => {
      sink.discard();
      throw error;
    });
    await sink.land();
    io.out(`Wrote ${outcome.files.join(', ')} to ${dir}`);
    io.out(
      `Rows: ${outcome.rowCounts.responses} responses, ${outcome.rowCounts.stories} stories, ${outcome.rowCounts.codings} codings.`,
    );
    io.out(`Disclosure: ${describeDisclosure(outcome.disclosure)}`);
    return 0;
  } catch (error) {
    if (error instanceof AppError) return fail(io, error.message);
    throw error;
  }
}

/**
 * The operating-system user who ran the command; a container's user without a passwd entry makes
 * userInfo() throw, and is then named by uid so the export is still recorded.
 */
export function operatorName(lookup: () => { username: string } = userInfo): string {
  try {
    return lookup().username;
  } catch {
    return `uid ${process.getuid?.() ?? 'unknown'}`;
  }
}

function fail(io: ExportIo, message: string): number {
  io.err(message);
  return 1;
}
