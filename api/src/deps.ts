import type { Kysely } from 'kysely';
import type { Engine } from './db/create-database.ts';
import type { SessionUser } from './auth/sessions.ts';
import type { Database } from './db/database.ts';
import type { Mailer } from './auth/mailer.ts';
import type { PublicRateLimits } from './respondents/public-rate-limits.ts';

/** What every feature of the api is built from; tests pass their own database. */
export interface AppDeps {
  db: Kysely<Database>;
  engine: Engine;
  minCellSize: number;
  /** Folder of the built web app; the api serves it when set. */
  webDist?: string;
  /** Limits of the public submission routes (per minute); built-in defaults when left out. */
  publicRateLimits?: PublicRateLimits;
  /** Printed at start while no organisation exists; the first-run screen asks for it. */
  setupToken?: string;
  /** Folder of researcher export files (issue 7); default a folder in the system temp dir. */
  exportsDir?: string;
  /** Sends password-reset links; set only when SMTP_URL is configured. */
  mailer?: Mailer;
}

export type AppEnv = { Variables: { deps: AppDeps; user: SessionUser; sessionToken: string } };
