import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import type { Database, StaffRole } from '../db/database.ts';
import { createTestDatabase, type TestDatabase, testEngines } from '../db/test-database.ts';
import { type AccessFixture, loginAs, seedAccessFixture, staffRoles } from '../test-support/access-fixture.ts';
import { accessFor, accessRules } from './access-rules.ts';

interface SampleRequest {
  path: string;
  body?: unknown;
}

/**
 * For routes that act on an organisation's data: a request inside the signed-in user's own
 * samenwerkingsverband and the same request aimed at another one. Routes without an entry are called
 * with placeholder ids, which tests the role rule only.
 */
type Sample = (f: AccessFixture, db: Kysely<Database>) => Promise<{ own: SampleRequest; other?: SampleRequest }>;

async function extraUser(
  db: Kysely<Database>,
  organisationId: number,
): Promise<{ userId: number; membershipId: number }> {
  const email = `extra-${Math.random().toString(36).slice(2)}@example.nl`;
  const { id: userId } = await db.insertInto('users').values({ email }).returning('id').executeTakeFirstOrThrow();
  const { id: membershipId } = await db
    .insertInto('memberships')
    .values({ user_id: userId, organisation_id: organisationId, role: 'researcher' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { userId, membershipId };
}

async function exportRow(db: Kysely<Database>, organisationId: number): Promise<number> {
  const row = await db
    .insertInto('exports')
    .values({ organisation_id: organisationId, parameters: JSON.stringify({}) })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

// A story of the organisation, under a codebook made for the purpose (the fixture has none).
async function sampleStory(db: Kysely<Database>, organisationId: number): Promise<number> {
  const codebook =
    (await db.selectFrom('codebooks').select('id').where('slug', '=', 'toegang').executeTakeFirst()) ??
    (await db
      .insertInto('codebooks')
      .values({ slug: 'toegang', version: '1', facets: '{}' })
      .returning('id')
      .executeTakeFirstOrThrow());
  const { id } = await db
    .insertInto('stories')
    .values({
      organisation_id: organisationId,
      role: 'ouder',
      text: 'Een verhaal over school dat lang genoeg is.',
      codebook_id: codebook.id,
      self_themes: ['PAS'],
      tone: 'gemengd',
      kind: 'ervaring',
      consent_quote: false,
      consent_research: true,
      locale: 'nl',
      submitted_on: '2026-03-01',
      receipt_hash: `toegang-${Math.random().toString(36).slice(2)}`,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

const samples: Record<string, Sample> = {
  'GET /api/exports': async (f) => ({
    own: { path: `/api/exports?organisation=${f.own.swvSlug}` },
    other: { path: `/api/exports?organisation=${f.other.swvSlug}` },
  }),
  'GET /api/exports/options': async (f) => ({
    own: { path: `/api/exports/options?organisation=${f.own.swvSlug}` },
    other: { path: `/api/exports/options?organisation=${f.other.swvSlug}` },
  }),
  'POST /api/exports': async (f) => ({
    own: { path: '/api/exports', body: { organisation: f.own.swvSlug, k: 5 } },
    other: { path: '/api/exports', body: { organisation: f.other.swvSlug, k: 5 } },
  }),
  'GET /api/exports/:id': async (f, db) => ({
    own: { path: `/api/exports/${await exportRow(db, f.own.swvId)}` },
    other: { path: `/api/exports/${await exportRow(db, f.other.swvId)}` },
  }),
  'GET /api/exports/:id/download': async (f, db) => ({
    own: { path: `/api/exports/${await exportRow(db, f.own.swvId)}/download` },
    other: { path: `/api/exports/${await exportRow(db, f.other.swvId)}/download` },
  }),
  // Analysis views: a wave that does not exist is a 404 inside the own organisation, a 403 outside it.
  'GET /api/analysis/waves': async (f) => ({
    own: { path: `/api/analysis/waves?organisation=${f.own.swvSlug}` },
    other: { path: `/api/analysis/waves?organisation=${f.other.swvSlug}` },
  }),
  'GET /api/analysis/themes': async (f) => ({
    own: { path: `/api/analysis/themes?organisation=${f.own.swvSlug}&wave=999999` },
    other: { path: `/api/analysis/themes?organisation=${f.other.swvSlug}&wave=999999` },
  }),
  'GET /api/analysis/questions/:name': async (f) => ({
    own: { path: `/api/analysis/questions/tevreden?organisation=${f.own.swvSlug}&wave=999999` },
    other: { path: `/api/analysis/questions/tevreden?organisation=${f.other.swvSlug}&wave=999999` },
  }),
  'GET /api/analysis/schools': async (f) => ({
    own: { path: `/api/analysis/schools?organisation=${f.own.swvSlug}&wave=999999` },
    other: { path: `/api/analysis/schools?organisation=${f.other.swvSlug}&wave=999999` },
  }),
  'GET /api/analysis/reference': async (f) => ({
    own: { path: `/api/analysis/reference?organisation=${f.own.swvSlug}&wave=999999` },
    other: { path: `/api/analysis/reference?organisation=${f.other.swvSlug}&wave=999999` },
  }),
  'GET /api/analysis/own-school': async (f) => ({
    own: { path: `/api/analysis/own-school?organisation=${f.own.swvSlug}&wave=999999` },
    other: { path: `/api/analysis/own-school?organisation=${f.other.swvSlug}&wave=999999` },
  }),
  'POST /api/admin/users': async (f) => ({
    own: {
      path: '/api/admin/users',
      body: {
        email: `nieuw-${Math.random().toString(36).slice(2)}@eigen.example`,
        role: 'researcher',
        organisation: f.own.swvSlug,
      },
    },
    other: {
      path: '/api/admin/users',
      body: { email: 'nieuw@ander.example', role: 'researcher', organisation: f.other.swvSlug },
    },
  }),
  'POST /api/admin/users/:id/memberships': async (f, db) => ({
    own: {
      path: `/api/admin/users/${(await extraUser(db, f.own.swvId)).userId}/memberships`,
      body: { role: 'board', organisation: f.own.swvSlug },
    },
    other: {
      path: `/api/admin/users/${f.otherAdminId}/memberships`,
      body: { role: 'board', organisation: f.own.swvSlug },
    },
  }),
  'DELETE /api/admin/memberships/:id': async (f, db) => ({
    own: { path: `/api/admin/memberships/${(await extraUser(db, f.own.swvId)).membershipId}` },
    other: { path: `/api/admin/memberships/${(await extraUser(db, f.other.swvId)).membershipId}` },
  }),
  'POST /api/admin/users/:id/disable': async (f, db) => ({
    own: { path: `/api/admin/users/${(await extraUser(db, f.own.swvId)).userId}/disable` },
    other: { path: `/api/admin/users/${f.otherAdminId}/disable` },
  }),
  'POST /api/admin/users/:id/enable': async (f) => ({
    own: { path: `/api/admin/users/${f.userIds.researcher}/enable` },
    other: { path: `/api/admin/users/${f.otherAdminId}/enable` },
  }),
  'POST /api/admin/users/:id/reset-password': async (f, db) => ({
    own: { path: `/api/admin/users/${(await extraUser(db, f.own.swvId)).userId}/reset-password` },
    other: { path: `/api/admin/users/${f.otherAdminId}/reset-password` },
  }),
  'POST /api/signals': async (f) => {
    const signal = { channel: 'telefoon', askerRole: 'ouder', themes: ['PAS'], outcome: 'beantwoord' };
    return {
      own: { path: '/api/signals', body: { ...signal, organisation: f.own.swvSlug } },
      other: { path: '/api/signals', body: { ...signal, organisation: f.other.swvSlug } },
    };
  },
  'GET /api/signals': async (f) => ({
    own: { path: `/api/signals?organisation=${f.own.swvSlug}` },
    other: { path: `/api/signals?organisation=${f.other.swvSlug}` },
  }),
  'GET /api/signals/counts': async (f) => ({
    own: { path: `/api/signals/counts?organisation=${f.own.swvSlug}&year=2026` },
    other: { path: `/api/signals/counts?organisation=${f.other.swvSlug}&year=2026` },
  }),
  'GET /api/actions': async (f) => ({
    own: { path: `/api/actions?organisation=${f.own.swvSlug}` },
    other: { path: `/api/actions?organisation=${f.other.swvSlug}` },
  }),
  'POST /api/actions': async (f) => {
    const action = { theme: 'PAS', year: 2026, title: 'Spreekuur passend onderwijs' };
    return {
      own: { path: '/api/actions', body: { ...action, organisation: f.own.swvSlug } },
      other: { path: '/api/actions', body: { ...action, organisation: f.other.swvSlug } },
    };
  },
  'PATCH /api/actions/:id': async (f, db) => {
    const action = async (organisationId: number) =>
      (
        await db
          .insertInto('actions')
          .values({ organisation_id: organisationId, theme_code: 'PAS', year: 2026, title: 'Spreekuur' })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    return {
      own: { path: `/api/actions/${await action(f.own.swvId)}`, body: { status: 'bezig' } },
      other: { path: `/api/actions/${await action(f.other.swvId)}`, body: { status: 'bezig' } },
    };
  },
  // Reports: a year without a wave is a 404 inside the own organisation, a 403 outside it.
  'GET /api/reports/:organisation/:year': async (f) => ({
    own: { path: `/api/reports/${f.own.swvSlug}/2026` },
    other: { path: `/api/reports/${f.other.swvSlug}/2026` },
  }),
  'GET /api/reports/:organisation/:year/fragment': async (f) => ({
    own: { path: `/api/reports/${f.own.swvSlug}/2026/fragment` },
    other: { path: `/api/reports/${f.other.swvSlug}/2026/fragment` },
  }),
  'GET /api/reports/:organisation/:year/model': async (f) => ({
    own: { path: `/api/reports/${f.own.swvSlug}/2026/model` },
    other: { path: `/api/reports/${f.other.swvSlug}/2026/model` },
  }),
  'GET /api/reports/:organisation/:year/pdf': async (f) => ({
    own: { path: `/api/reports/${f.own.swvSlug}/2026/pdf` },
    other: { path: `/api/reports/${f.other.swvSlug}/2026/pdf` },
  }),
  'GET /api/results/:organisation/:year': async (f) => ({
    own: { path: `/api/results/${f.own.swvSlug}/2026` },
    other: { path: `/api/results/${f.other.swvSlug}/2026` },
  }),
  'POST /api/results/:organisation/:year': async (f) => ({
    own: { path: `/api/results/${f.own.swvSlug}/2026` },
    other: { path: `/api/results/${f.other.swvSlug}/2026` },
  }),
  'DELETE /api/results/:organisation/:year': async (f) => ({
    own: { path: `/api/results/${f.own.swvSlug}/2026` },
    other: { path: `/api/results/${f.other.swvSlug}/2026` },
  }),
  'GET /api/surveys': async (f) => ({
    own: { path: `/api/surveys?organisation=${f.own.swvSlug}` },
    other: { path: `/api/surveys?organisation=${f.other.swvSlug}` },
  }),
  'POST /api/surveys': async (f) => {
    const body = (organisation: string) => ({
      organisation,
      slug: `toegang-${Math.random().toString(36).slice(2, 10)}`,
      title: 'Toegang',
      audience: 'ouder',
      definition: { elements: [{ type: 'rating', name: 'q1' }] },
    });
    return {
      own: { path: '/api/surveys', body: body(f.own.swvSlug) },
      other: { path: '/api/surveys', body: body(f.other.swvSlug) },
    };
  },
  'GET /api/surveys/:id': async (f, db) => {
    const survey = async (organisationId: number) =>
      (
        await db
          .insertInto('surveys')
          .values({
            organisation_id: organisationId,
            slug: `s-${Math.random().toString(36).slice(2, 10)}`,
            title: 'S',
            audience: 'ouder',
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    return {
      own: { path: `/api/surveys/${await survey(f.own.swvId)}` },
      other: { path: `/api/surveys/${await survey(f.other.swvId)}` },
    };
  },
  // Coding and discovery: an own-organisation story or queue, and the same aimed at another SWV (403).
  'GET /api/coding/next': async (f) => ({
    own: { path: `/api/coding/next?organisation=${f.own.swvSlug}` },
    other: { path: `/api/coding/next?organisation=${f.other.swvSlug}` },
  }),
  'GET /api/coding/consensus': async (f) => ({
    own: { path: `/api/coding/consensus?organisation=${f.own.swvSlug}` },
    other: { path: `/api/coding/consensus?organisation=${f.other.swvSlug}` },
  }),
  'GET /api/coding/agreement': async (f) => ({
    own: { path: `/api/coding/agreement?organisation=${f.own.swvSlug}` },
    other: { path: `/api/coding/agreement?organisation=${f.other.swvSlug}` },
  }),
  'PUT /api/coding/settings': async (f) => ({
    own: { path: '/api/coding/settings', body: { organisation: f.own.swvSlug, doubleShare: 0.2 } },
    other: { path: '/api/coding/settings', body: { organisation: f.other.swvSlug, doubleShare: 0.2 } },
  }),
  'POST /api/coding/stories/:id': async (f, db) => ({
    own: { path: `/api/coding/stories/${await sampleStory(db, f.own.swvId)}`, body: { themes: [] } },
    other: { path: `/api/coding/stories/${await sampleStory(db, f.other.swvId)}`, body: { themes: [] } },
  }),
  'POST /api/coding/consensus/:id': async (f, db) => ({
    own: { path: `/api/coding/consensus/${await sampleStory(db, f.own.swvId)}`, body: { themes: [] } },
    other: { path: `/api/coding/consensus/${await sampleStory(db, f.other.swvId)}`, body: { themes: [] } },
  }),
  'GET /api/discovery/clusters': async (f) => ({
    own: { path: `/api/discovery/clusters?organisation=${f.own.swvSlug}` },
    other: { path: `/api/discovery/clusters?organisation=${f.other.swvSlug}` },
  }),
  'POST /api/discovery/clusters/:id/theme': async (f) => ({
    own: {
      path: '/api/discovery/clusters/1/theme',
      body: { organisation: f.own.swvSlug, code: 'NIEUW', label: 'Nieuw' },
    },
    other: {
      path: '/api/discovery/clusters/1/theme',
      body: { organisation: f.other.swvSlug, code: 'NIEUW', label: 'Nieuw' },
    },
  }),
  'GET /api/waves': async (f) => ({
    own: { path: `/api/waves?organisation=${f.own.swvSlug}` },
    other: { path: `/api/waves?organisation=${f.other.swvSlug}` },
  }),
};

function placeholderPath(path: string): string {
  return path.replace(/:[a-zA-Z]+/g, '999999');
}

describe.each(testEngines)('access rules: every route × every role × own and other organisation [%s]', (engine) => {
  let t: TestDatabase;
  let fixture: AccessFixture;
  let app: ReturnType<typeof createApp>;
  const sessions = {} as Record<StaffRole, Record<string, string>>;

  beforeAll(async () => {
    t = await createTestDatabase(engine);
    fixture = await seedAccessFixture(t.db);
    app = createApp({ db: t.db, engine: t.engine, minCellSize: 10 });
    for (const role of staffRoles) sessions[role] = await loginAs(app, fixture.emails[role]);
  });
  afterAll(() => t.close());

  const apiRoutes = () => {
    const seen = new Set<string>();
    return createApp({} as never)
      .routes.filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL')
      .map((r) => `${r.method} ${r.path}`)
      .filter((key) => !seen.has(key) && seen.add(key));
  };

  it('has a rule for every route, and no rule without a route', () => {
    const routes = apiRoutes();
    expect(routes.length).toBeGreaterThan(10);
    for (const key of routes) {
      const [method, path] = key.split(' ') as [string, string];
      expect(accessFor(method, placeholderPath(path)), `${key} has no access rule`).toBeDefined();
    }
    expect(Object.keys(accessRules).sort()).toEqual([...routes].sort());
  });

  it('answers 401 without a session, 403 for roles outside the rule, and lets allowed roles in', async () => {
    for (const key of apiRoutes()) {
      const rule = accessRules[key]!;
      if (rule === 'public') continue;
      const [method, path] = key.split(' ') as [string, string];
      const call = (request: SampleRequest, headers: Record<string, string> = {}) =>
        app.request(`http://localhost${request.path}`, {
          method,
          headers: { ...headers, origin: 'http://localhost', 'content-type': 'application/json' },
          ...(method === 'GET' || method === 'HEAD' ? {} : { body: JSON.stringify(request.body ?? {}) }),
        });
      const sample = samples[key];
      expect((await call({ path: placeholderPath(path) })).status, `${key} without a session`).toBe(401);
      for (const role of staffRoles) {
        const allowed = rule === 'signed-in' || rule.includes(role);
        const requests = sample ? await sample(fixture, t.db) : { own: { path: placeholderPath(path) } };
        const own = await call(requests.own, sessions[role]);
        if (allowed)
          expect(
            [401, 403],
            `${key} as ${role} (own organisation) answered ${own.status}: ${await own.clone().text()}`,
          ).not.toContain(own.status);
        else expect(own.status, `${key} as ${role}`).toBe(403);
        // Logging out ends the session this matrix uses; start a new one.
        if (key === 'POST /api/auth/logout') sessions[role] = await loginAs(app, fixture.emails[role]);
        if (allowed && requests.other) {
          const other = await call(requests.other, sessions[role]);
          expect(other.status, `${key} as ${role} (other organisation)`).toBe(403);
        }
      }
    }
  });
});
