import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createApp } from '../app.ts';
import type { Engine } from '../db/create-database.ts';
import { createTestDatabase, type TestDatabase } from '../db/test-database.ts';
import { seedDemo } from '../demo/seed-demo.ts';
import { warmDefinitionValidator } from '../surveys/validate-off-thread.ts';

export const demoTestPassword = 'demo-test-password';

export interface TestServer {
  url: string;
  database: TestDatabase;
  close: () => Promise<void>;
}

/**
 * The real api plus the built web app (web/dist) on a free port, on a fresh database seeded with the
 * demo data (demo password: demoTestPassword). For browser tests; build the web app first.
 */
export async function startTestServer(
  engine: Engine = 'pglite',
  options: { demo?: boolean; setupToken?: string } = {},
): Promise<TestServer> {
  // As main.ts does: the questionnaire checker's thread loads while the demo data is seeded.
  warmDefinitionValidator();
  const database = await createTestDatabase(engine);
  // Without demo data the server waits for its first organisation, as `KLANKBORD_DEMO=false pnpm start` does.
  // With its published results page, as `pnpm start` shows it: the browser tests walk the public pages.
  if (options.demo !== false) await seedDemo(database.db, { password: demoTestPassword, publishResults: true });
  const webDist = fileURLToPath(new URL('../../../web/dist', import.meta.url));
  // Every page of a browser test comes from 127.0.0.1: lift the per-client limit far above what a test sends.
  const publicRateLimits = { perClientPerMinute: 100_000, perLinkPerMinute: 100_000 };
  const app = createApp({
    db: database.db,
    engine: database.engine,
    minCellSize: 10,
    webDist,
    publicRateLimits,
    ...(options.setupToken && { setupToken: options.setupToken }),
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    database,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.close();
    },
  };
}
