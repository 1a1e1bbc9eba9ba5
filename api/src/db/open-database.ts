import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Config } from '../config.ts';
import { createDatabase, type DatabaseHandle } from './create-database.ts';

/** Opens the database the settings point at: DATABASE_URL when set, otherwise PGlite in DATA_DIR. */
export async function openDatabase(config: Pick<Config, 'DATABASE_URL' | 'DATA_DIR'>): Promise<DatabaseHandle> {
  if (config.DATABASE_URL) return createDatabase({ engine: 'postgres', url: config.DATABASE_URL });
  const dataDir = resolve(config.DATA_DIR);
  await mkdir(dataDir, { recursive: true });
  return createDatabase({ engine: 'pglite', dataDir });
}
