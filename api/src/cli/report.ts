import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Kysely } from 'kysely';
import type { SessionUser } from '../auth/sessions.ts';
import type { Database } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { chromiumMissingMessage, hasChromium } from '../report/chromium.ts';
import { reportHtml, reportPdf, viewReport } from '../report/service.ts';
import { groupMinimumOf } from '../organisations/settings.ts';

export const reportUsage = `Usage: pnpm --silent klankbord report --organisation SLUG --year YYYY --format pdf|html --out FILE

Writes the annual parent-voice report of an organisation (SWV or board) for one year. PDF output uses the
headless Chromium at /usr/bin/chromium (or CHROMIUM_PATH). Exit code 0 on success, 1 when the report
cannot be made, 2 on bad usage.`;

export interface ReportIo {
  db: Kysely<Database>;
  minCellSize: number;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** The generation time printed in the report; fixed in tests. */
  now?: Date;
}

/**
 * The operator's view: whoever runs the CLI has the database, so the report is built as an admin of
 * the organisation (user id 0, logged as via: cli). It is the same published report a board reads.
 */
async function operatorOf(db: Kysely<Database>, slug: string): Promise<SessionUser | null> {
  const organisation = await db.selectFrom('organisations').select('id').where('slug', '=', slug).executeTakeFirst();
  if (!organisation) return null;
  return {
    id: 0,
    email: 'cli',
    name: 'Command line',
    mustChangePassword: false,
    memberships: [{ organisationId: organisation.id, schoolId: null, role: 'admin' }],
  };
}

export async function runReport(args: string[], io: ReportIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        organisation: { type: 'string' },
        year: { type: 'string' },
        format: { type: 'string', default: 'pdf' },
        out: { type: 'string' },
      },
    }));
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n\n${reportUsage}\n`);
    return 2;
  }
  const year = Number(values.year);
  if (!values.organisation || !values.out || !Number.isInteger(year) || year < 2000 || year > 2100) {
    io.stderr.write(`Give --organisation, --year (2000–2100) and --out.\n\n${reportUsage}\n`);
    return 2;
  }
  if (values.format !== 'pdf' && values.format !== 'html') {
    io.stderr.write(`--format must be pdf or html, not "${values.format}".\n`);
    return 2;
  }
  if (values.format === 'pdf' && !hasChromium()) {
    io.stderr.write(`${chromiumMissingMessage}\n`);
    return 1;
  }
  const user = await operatorOf(io.db, values.organisation);
  if (!user) {
    io.stderr.write(`No organisation "${values.organisation}".\n`);
    return 1;
  }
  try {
    const { model } = await viewReport(io.db, user, {
      organisation: values.organisation,
      year,
      minimum: await groupMinimumOf(io.db, values.organisation, io.minCellSize),
      format: values.format,
    });
    const now = io.now ?? new Date();
    const output = values.format === 'pdf' ? await reportPdf(model, now) : reportHtml(model, now);
    await writeFile(values.out, output);
    io.stdout.write(`Wrote the ${year} report of ${model.organisation.name} to ${values.out}.\n`);
    return 0;
  } catch (error) {
    if (error instanceof AppError) {
      io.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
