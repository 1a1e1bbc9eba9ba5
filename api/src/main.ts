import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { createSmtpMailer } from './auth/mailer.ts';
import { listenHost, parseConfig } from './config.ts';
import { DatabaseConnectError } from './db/create-database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { openDatabase } from './db/open-database.ts';
import { describeDemoAccounts, ensureDemoData } from './demo/seed-demo.ts';
import { startExportHousekeeping } from './exports/housekeeping.ts';
import { log, setLogLevel } from './log.ts';
import { startRetentionSweep } from './organisations/retention.ts';
import { describeFirstSetup, needsFirstSetup } from './organisations/setup.ts';
import { warmDefinitionValidator } from './surveys/validate-off-thread.ts';

const parsed = parseConfig(process.env);
if (!parsed.ok) {
  console.error(parsed.message);
  process.exit(1);
}
const config = parsed.config;
setLogLevel(config.LOG_LEVEL);

const handle = await openDatabase(config).catch((error: unknown) => {
  console.error(error instanceof DatabaseConnectError ? error.message : `Cannot open the database: ${String(error)}`);
  process.exit(1);
});

const migrated = await migrateToLatest(handle.db);
if (!migrated.ok) {
  console.error(`Migration ${migrated.failed} failed and was rolled back: ${migrated.message}`);
  await handle.close();
  process.exit(1);
}

// Demo data only on a fresh embedded database; a Postgres server gets it only through `pnpm seed:demo`.
const demo = await ensureDemoData(handle.db, {
  seedIfEmpty: handle.engine === 'pglite' && config.KLANKBORD_DEMO,
  password: config.DEMO_PASSWORD,
  publishResults: true,
});
// While no organisation exists, the first-run screen works only with this token, printed here once.
const setupToken = (await needsFirstSetup(handle.db)) ? randomBytes(18).toString('base64url') : undefined;

const webDist = fileURLToPath(new URL('../../web/dist', import.meta.url));
const deps = {
  db: handle.db,
  engine: handle.engine,
  minCellSize: config.MIN_CELL_SIZE,
  webDist,
  ...(setupToken && { setupToken }),
  exportsDir: join(resolve(config.DATA_DIR), 'exports'),
  publicRateLimits: {
    perClientPerMinute: config.PUBLIC_RATE_LIMIT_PER_CLIENT,
    perLinkPerMinute: config.PUBLIC_RATE_LIMIT_PER_LINK,
    lookupMissesPerMinute: config.PUBLIC_LINK_MISSES,
  },
  ...(config.SMTP_URL &&
    config.PUBLIC_URL && {
      mailer: createSmtpMailer({
        smtpUrl: config.SMTP_URL,
        publicUrl: config.PUBLIC_URL,
        from: config.MAIL_FROM ?? `Klankbord <no-reply@${new URL(config.PUBLIC_URL).hostname}>`,
      }),
    }),
};
const app = createApp(deps);
warmDefinitionValidator();
// Before anyone can start a new export: jobs cut off by the last stop fail, old ZIPs are deleted.
await startExportHousekeeping(deps, config.EXPORT_RETENTION_DAYS);
// Responses and stories older than their organisation's retention period go, daily (counts are logged).
await startRetentionSweep(handle.db);

const server = serve({ fetch: app.fetch, port: config.PORT, hostname: listenHost(config) }, () => {
  log.info('started', { port: config.PORT, database: handle.engine, migration: migrated.latest });
  const where = handle.engine === 'pglite' ? `embedded database in ${config.DATA_DIR}` : 'PostgreSQL';
  console.log(`\nKlankbord is running on http://localhost:${config.PORT} (${where})\n`);
  console.log(setupToken ? describeFirstSetup(config.PORT, setupToken) : describeDemoAccounts(demo));
});

function shutdown(): void {
  server.close();
  void handle.close().finally(() => process.exit(0));
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
