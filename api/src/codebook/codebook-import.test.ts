import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createTestDatabase, type TestDatabase, testEngines } from '../db/test-database.ts';
import { type AccessFixture, bodyOf, loginAs, sameOrigin, seedAccessFixture } from '../test-support/access-fixture.ts';
import { codebookQdc } from './qdc.ts';
import { activeQdcCodebook } from './queries.ts';

// As QualCoder writes one: a category that is no code, codes nested under it, names without a Klankbord code.
const fromQualCoder = `<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="QualCoder 3.6">
  <Codes>
    <Code guid="0b1c2d3e-0000-4000-8000-000000000001" name="Communicatie (COM)" isCodable="true">
      <Description>Alles over contact met school, ook de app.</Description>
    </Code>
    <Code guid="0b1c2d3e-0000-4000-8000-000000000002" name="Welzijn" isCodable="false">
      <Code guid="0b1c2d3e-0000-4000-8000-000000000003" name="Pesten &amp; uitsluiting" isCodable="true">
        <Description>Pesten, online of op het plein.</Description>
      </Code>
    </Code>
  </Codes>
</CodeBook>`;

describe.each(testEngines)('codebook import from REFI-QDA [%s]', (engine) => {
  let t: TestDatabase;
  let app: ReturnType<typeof createApp>;
  let f: AccessFixture;
  let researcher: Record<string, string>;
  const call = (method: string, path: string, body?: unknown, headers = researcher) =>
    app.request(`http://localhost/api${path}`, {
      method,
      headers: { ...headers, ...sameOrigin, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const activeVersion = async () => (await bodyOf(await app.request('http://localhost/api/public/codebook'))).version;

  beforeAll(async () => {
    t = await createTestDatabase(engine);
    f = await seedAccessFixture(t.db);
    app = createApp({ db: t.db, engine: t.engine, minCellSize: 10 });
    researcher = await loginAs(app, f.emails.researcher);
    const { id } = await t.db
      .insertInto('codebooks')
      .values({ slug: 'klankbord', version: '2026.1', facets: JSON.stringify({}), is_active: true })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.db
      .insertInto('themes')
      .values(
        [
          ['COM', 'Communicatie', 'Contact met school.'],
          ['VEI', 'Veiligheid', 'Voelt het kind zich veilig?'],
        ].map(([code, label, note], position) => ({
          codebook_id: id,
          code: code!,
          label_nl: label!,
          label_en: label!,
          respondent_label: `${label} (B1)`,
          coder_note: note!,
          position,
        })),
      )
      .execute();
  });
  afterAll(() => t.close());

  it('makes a .qdc from another tool a draft, shows what it changes, and activates nothing', async () => {
    const res = await call('POST', '/codebooks/import', { organisation: f.own.swvSlug, qdc: fromQualCoder });
    expect(res.status, await res.clone().text()).toBe(201);
    const draft = await bodyOf(res);
    expect(draft.codebook).toMatchObject({ version: '2026.2', isActive: false });
    expect(draft.diff).toEqual({
      added: [{ code: 'PESTEN', label: 'Pesten & uitsluiting', description: 'Pesten, online of op het plein.' }],
      removed: [{ code: 'VEI', label: 'Veiligheid', description: 'Voelt het kind zich veilig?' }],
      changed: [
        {
          code: 'COM',
          before: { code: 'COM', label: 'Communicatie', description: 'Contact met school.' },
          after: { code: 'COM', label: 'Communicatie', description: 'Alles over contact met school, ook de app.' },
        },
      ],
      unchanged: [],
    });
    expect(await activeVersion()).toBe('2026.1');
    // The diff is there again after a reload, and the kept theme kept its respondents' wording.
    const again = await bodyOf(await call('GET', `/codebooks/${draft.codebook.id}/diff?organisation=${f.own.swvSlug}`));
    expect(again.diff).toEqual(draft.diff);
    const com = await t.db
      .selectFrom('themes')
      .select('respondent_label')
      .where('codebook_id', '=', draft.codebook.id)
      .where('code', '=', 'COM')
      .executeTakeFirstOrThrow();
    expect(com.respondent_label).toBe('Communicatie (B1)');
  });

  it("reads back Klankbord's own codebook.qdc without a change", async () => {
    const own = codebookQdc((await activeQdcCodebook(t.db))!);
    const res = await call('POST', '/codebooks/import', { organisation: f.own.swvSlug, qdc: own });
    const draft = await bodyOf(res);
    expect(draft.diff).toEqual({ added: [], removed: [], changed: [], unchanged: ['COM', 'VEI'] });
    expect((await call('DELETE', `/codebooks/${draft.codebook.id}?organisation=${f.own.swvSlug}`)).status).toBe(200);
  });

  it('refuses a file that is not a REFI-QDA codebook with a Dutch message, and writes nothing', async () => {
    const before = await t.db.selectFrom('codebooks').select('id').execute();
    for (const qdc of ['<CodeBook><Codes>', '<Project xmlns="urn:QDA-XML:project:1.0"/>']) {
      const res = await call('POST', '/codebooks/import', { organisation: f.own.swvSlug, qdc });
      expect(res.status).toBe(400);
      expect((await bodyOf(res)).error.message).toMatch(/geen geldige XML|geen REFI-QDA-codeboek/);
    }
    expect(await t.db.selectFrom('codebooks').select('id').execute()).toHaveLength(before.length);
  });

  it('activates a draft only when the researcher chooses to; the old version stays, and only researchers may', async () => {
    const { codebooks } = await bodyOf(await call('GET', `/codebooks?organisation=${f.own.swvSlug}`));
    const draft = codebooks.find((c: { version: string }) => c.version === '2026.2');
    expect(draft).toMatchObject({ isActive: false, themes: 2 });
    const board = await loginAs(app, f.emails.board);
    const refused = await call('POST', `/codebooks/${draft.id}/activate`, { organisation: f.own.swvSlug }, board);
    expect(refused.status).toBe(403);
    const res = await call('POST', `/codebooks/${draft.id}/activate`, { organisation: f.own.swvSlug });
    expect(await bodyOf(res)).toEqual({
      codebook: { id: draft.id, version: '2026.2', isActive: true },
      previous: '2026.1',
    });
    expect(await activeVersion()).toBe('2026.2');
    const twice = await call('POST', `/codebooks/${draft.id}/activate`, { organisation: f.own.swvSlug });
    expect(twice.status).toBe(409);
    const audit = await t.db.selectFrom('audit_log').select('action').where('action', 'like', 'codebook.%').execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['codebook.imported', 'codebook.activated', 'codebook.discarded']),
    );
  });
});
