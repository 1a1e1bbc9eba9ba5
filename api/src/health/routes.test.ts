import { latestMigration } from '@klankbord/migrations';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createTestDatabase, type TestDatabase, testEngines } from '../db/test-database.ts';

describe.each(testEngines)('GET /api/health [%s]', (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(engine);
  });
  afterAll(() => t.close());

  it('says which database answers and which migration it is on', async () => {
    const app = createApp({ db: t.db, engine: t.engine, minCellSize: 10 });
    const res = await app.request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: engine, migration: latestMigration });
  });

  it('answers an unknown route with a 404 in the JSON error shape', async () => {
    const app = createApp({ db: t.db, engine: t.engine, minCellSize: 10 });
    const res = await app.request('/api/bestaat-niet');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      error: {
        code: 'not_found',
        key: 'route_not_found',
        params: { method: 'GET', path: '/api/bestaat-niet' },
        message: 'No such route: GET /api/bestaat-niet',
      },
    });
  });
});
