import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createTestDatabase, type TestDatabase, testEngines } from '../db/test-database.ts';
import { seedAccessFixture } from '../test-support/access-fixture.ts';
import { lookupMissesPerMinute } from './public-rate-limits.ts';

// Security finding (low): 3,000 guessed link codes in 3.9 s were never throttled.
describe.each(testEngines)('guessing link codes [%s]', (engine) => {
  let t: TestDatabase;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
    await seedAccessFixture(t.db);
    app = createApp({ db: t.db, engine: t.engine, minCellSize: 10 });
  });
  afterAll(() => t.close());

  const lookup = (code: string, address: string) =>
    app.request(
      `http://localhost/api/public/links/${code}`,
      {},
      {
        incoming: { socket: { remoteAddress: address, remoteFamily: 'IPv4' } },
      },
    );

  it('answers 429 with Retry-After once an address has missed too often, other addresses unaffected', async () => {
    for (let i = 0; i < lookupMissesPerMinute; i++)
      expect((await lookup(`11aa-ouders-2026-gok${i}`, '192.0.2.9')).status).toBe(404);
    const refused = await lookup('11aa-ouders-2026-nogeen', '192.0.2.9');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await lookup('11aa-ouders-2026-nogeen', '192.0.2.10')).status).toBe(404);
  });
});
