import { parseArgs } from 'node:util';
import { type Config, parseConfig } from '../config.ts';
import { DatabaseConnectError, type DatabaseHandle } from '../db/create-database.ts';
import { migrateAllDown, migrateToLatest } from '../db/migrate.ts';
import { openDatabase } from '../db/open-database.ts';
import { describeDemoAccounts, ensureDemoData } from '../demo/seed-demo.ts';
import { setLogLevel } from '../log.ts';
import { seedSynthetic } from '../synthetic/seed-synthetic.ts';
import { runClassify } from './classify.ts';
import { runRedact } from './redact.ts';
import { runTrain } from './train.ts';
import { runReport } from './report.ts';
import { runExport } from './export.ts';
import { createUser } from './user-create.ts';
import { runSetup } from './setup.ts';
import { runSchoolsImport } from './schools-import.ts';
import { BackupError, backupDatabase, restoreDatabase } from '../backup/backup.ts';

const usage = `Usage: pnpm klankbord <command> [options]

Commands:
  setup --organisation SLUG --name "NAME" --admin-email EMAIL [--kind swv|bestuur]
                                        create an organisation and its first admin (password from
                                        KLANKBORD_ADMIN_PASSWORD, else printed once)
  schools:import --organisation SLUG --file F [--sector po|vo|so|sbo|mbo] [--pupils F2] [--dry-run]
                                        import boards and schools from a DUO open-data file (idempotent;
                                        all rows or nothing); --pupils adds DUO's pupils per vestiging
  migrate [--down]                      apply all migrations (or roll all back) on DATABASE_URL or the embedded database
  seed:demo                             load the demo samenwerkingsverband "demo" (needs an empty database)
  seed:synthetic [--schools N] [--responses N] [--stories N] [--seed N] [--organisations N] [--no-reference]
                                        load a national-scale synthetic data set for benchmarks; its N
                                        SWVs (default schools/47) take part in the reference benchmark
  user:create --email E --role R --organisation SLUG [--school BRIN]
                                        create a staff account; prints a one-time password
  export --organisation SLUG [--wave ID …] [--k 5] [--quasi-identifiers a,b] [--stories] --out DIR
                                        anonymised researcher export (k-anonymous), written unzipped;
                                        without --quasi-identifiers the set /staff/export proposes
                                        (school kept where k allows)
  classify [--input FILE] [--model FILE]
                                        suggest codebook themes for JSON lines { id, text } (stdin by default)
  redact [--names FILE] [--input FILE]  redact Dutch personal data from JSON lines { id, text } (stdin by default)
  train [--out FILE] [--min-per-theme N]
                                        retrain the theme classifier from the consensus coding in the database
  report --organisation SLUG --year YYYY --format pdf|html --out FILE
                                        write the annual parent-voice report (PDF through headless Chromium)
  backup --out FILE                     back up the whole database into a new file (PGlite dump or pg_dump)
  restore --from FILE                   restore a backup into an empty DATA_DIR or an empty DATABASE_URL

Settings come from the environment: DATABASE_URL (PostgreSQL) or DATA_DIR (embedded, default ./data).`;

class UsageError extends Error {}

async function withDatabase<T>(run: (handle: DatabaseHandle, config: Config) => Promise<T>): Promise<T> {
  const parsed = parseConfig(process.env);
  if (!parsed.ok) throw new UsageError(parsed.message);
  setLogLevel('warn');
  const handle = await openDatabase(parsed.config);
  try {
    return await run(handle, parsed.config);
  } finally {
    await handle.close();
  }
}

async function migrated(handle: DatabaseHandle): Promise<void> {
  const result = await migrateToLatest(handle.db);
  if (!result.ok) throw new UsageError(`Migration ${result.failed} failed and was rolled back: ${result.message}`);
}

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new UsageError(`--${name} must be a whole number of 0 or more, not "${value}".`);
  return n;
}

async function run(command: string | undefined, args: string[]): Promise<number> {
  switch (command) {
    case 'migrate': {
      const { values } = parseArgs({ args, options: { down: { type: 'boolean', default: false } } });
      return withDatabase(async (handle) => {
        const result = values.down ? await migrateAllDown(handle.db) : await migrateToLatest(handle.db);
        if (!result.ok)
          throw new UsageError(`Migration ${result.failed} failed and was rolled back: ${result.message}`);
        const verb = values.down ? 'Rolled back' : 'Applied';
        console.log(
          `${verb} ${result.applied.length} migration(s) on ${handle.engine}. Now at: ${result.latest ?? '(none)'}`,
        );
        return 0;
      });
    }
    case 'seed:demo': {
      parseArgs({ args, options: {} });
      return withDatabase(async (handle, config) => {
        await migrated(handle);
        const status = await ensureDemoData(handle.db, {
          seedIfEmpty: true,
          password: config.DEMO_PASSWORD,
        });
        if (status.state === 'absent')
          throw new UsageError('The database already holds other data; demo data goes only into an empty database.');
        if (status.state === 'present') console.log('Demo data was already there.');
        console.log(describeDemoAccounts(status));
        return 0;
      });
    }
    case 'seed:synthetic': {
      const { values } = parseArgs({
        args,
        options: {
          schools: { type: 'string' },
          responses: { type: 'string' },
          stories: { type: 'string' },
          seed: { type: 'string' },
          organisations: { type: 'string' },
          'no-reference': { type: 'boolean' },
        },
      });
      const options = {
        schools: positiveInt('schools', values.schools, 7000),
        responses: positiveInt('responses', values.responses, 1_000_000),
        stories: positiveInt('stories', values.stories, 200_000),
        seed: positiveInt('seed', values.seed, 42),
        ...(values.organisations === undefined
          ? {}
          : { organisations: positiveInt('organisations', values.organisations, 1) }),
        reference: !values['no-reference'],
      };
      if (options.organisations !== undefined && options.organisations < 1)
        throw new UsageError('--organisations must be at least 1.');
      if (options.schools < 1) throw new UsageError('--schools must be at least 1.');
      return withDatabase(async (handle) => {
        await migrated(handle);
        console.error(
          `Seeding ${options.schools} schools, ${options.responses} responses, ${options.stories} stories on ${handle.engine} (seed ${options.seed})…`,
        );
        const { seconds } = await seedSynthetic(handle.db, options);
        console.log(`Synthetic data loaded in ${seconds.toFixed(1)} s.`);
        return 0;
      });
    }
    case 'classify':
      return runClassify(args, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
    case 'train':
      return withDatabase(async (handle, config) => {
        await migrated(handle);
        return runTrain(args, {
          db: handle.db,
          dataDir: config.DATA_DIR,
          stdout: process.stdout,
          stderr: process.stderr,
        });
      });
    case 'redact':
      return runRedact(args, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
    case 'report':
      return withDatabase(async (handle, config) => {
        await migrated(handle);
        return runReport(args, {
          db: handle.db,
          minCellSize: config.MIN_CELL_SIZE,
          stdout: process.stdout,
          stderr: process.stderr,
        });
      });
    case 'backup':
    case 'restore': {
      const { values } = parseArgs({ args, options: { out: { type: 'string' }, from: { type: 'string' } } });
      const parsed = parseConfig(process.env);
      if (!parsed.ok) throw new UsageError(parsed.message);
      setLogLevel('warn');
      if (command === 'backup') {
        if (!values.out) throw new UsageError('backup needs --out FILE (a new file).');
        const { bytes, engine } = await backupDatabase(parsed.config, values.out);
        console.log(`Backed up the ${engine} database to ${values.out} (${Math.round(bytes / 1024)} KB).`);
      } else {
        if (!values.from) throw new UsageError('restore needs --from FILE (made by backup).');
        const { engine } = await restoreDatabase(parsed.config, values.from);
        console.log(`Restored ${values.from} into the ${engine} database. Start the server to use it.`);
      }
      return 0;
    }
    case 'export':
      return withDatabase(async (handle) => {
        await migrated(handle);
        return runExport(args, { db: handle.db, out: console.log, err: console.error });
      });
    case 'setup':
      return withDatabase(async (handle) => {
        await migrated(handle);
        return runSetup(handle.db, args, { env: process.env, out: console.log, err: console.error });
      });
    case 'schools:import':
      return withDatabase(async (handle) => {
        await migrated(handle);
        return runSchoolsImport(handle.db, args, { out: console.log, err: console.error });
      });
    case 'user:create':
      return withDatabase(async (handle) => {
        await migrated(handle);
        return createUser(handle.db, args);
      });
    case undefined:
    case 'help':
    case '--help':
      console.log(usage);
      return command === undefined ? 1 : 0;
    default:
      throw new UsageError(`Unknown command "${command}".\n\n${usage}`);
  }
}

const [command, ...args] = process.argv.slice(2);
try {
  process.exitCode = await run(command, args);
} catch (error) {
  if (error instanceof UsageError || error instanceof DatabaseConnectError || error instanceof BackupError)
    console.error(error.message);
  else if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))
    console.error(`${error.message}\n\n${usage}`);
  else console.error(`Failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
