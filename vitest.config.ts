import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{api,analysis,migrations,web}/src/**/*.test.{ts,tsx}', 'web/e2e/**/*.test.ts'],
    // Database tests start PGlite (WASM) and create Postgres databases; give them room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: more workers only fight over them.
    maxWorkers: 2,
    // CI shows every test name, so the log proves each database test ran on pglite and on postgres.
    reporters: process.env.CI ? ['verbose'] : ['default'],
  },
});
