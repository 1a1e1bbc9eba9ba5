import { defaultCodebook } from '@klankbord/analysis/codebook';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { insertCodebook } from '../codebook/queries.ts';
import { createTestDatabase, type TestDatabase, testEngines } from '../db/test-database.ts';
import { todayInAmsterdam } from '../respondents/dates.ts';
import { type AccessFixture, bodyOf, loginAs, seedAccessFixture } from '../test-support/access-fixture.ts';

const minimal = {
  organisation: 'eigen-swv',
  channel: 'telefoon',
  askerRole: 'ouder',
  themes: ['PAS'],
  outcome: 'beantwoord',
};

describe.each(testEngines)('steunpunt signals [%s]', (engine) => {
  let t: TestDatabase;
  let app: ReturnType<typeof createApp>;
  let f: AccessFixture;
  const sessions: Record<string, Record<string, string>> = {};
  const call = (who: string, path: string, body?: unknown) =>
    app.request(`http://localhost/api${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { ...sessions[who], 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const rows = () => t.db.selectFrom('signals').selectAll().orderBy('id').execute();

  beforeAll(async () => {
    t = await createTestDatabase(engine);
    f = await seedAccessFixture(t.db);
    await insertCodebook(t.db, defaultCodebook, { active: true });
    app = createApp({ db: t.db, engine: t.engine, minCellSize: 10 });
    for (const role of ['steunpunt', 'board', 'researcher', 'school'] as const)
      sessions[role] = await loginAs(app, f.emails[role]);
  });
  beforeEach(async () => {
    await t.db.deleteFrom('signals').execute();
  });
  afterAll(() => t.close());

  it('registers a signal with today (Amsterdam) as its date and lists it for steunpunt and board', async () => {
    const res = await call('steunpunt', '/signals', {
      ...minimal,
      themes: ['PAS', 'OVG', 'COM'],
      schoolId: f.own.schoolId,
    });
    expect(res.status).toBe(201);
    expect(await bodyOf(res)).toMatchObject({ signalledOn: todayInAmsterdam(), note: null });
    const [row] = await rows();
    expect(row).toMatchObject({
      themes: ['PAS', 'OVG', 'COM'],
      school_id: f.own.schoolId,
      sector: 'po',
      created_by: f.userIds.steunpunt,
    });
    for (const who of ['steunpunt', 'board']) {
      const list = await bodyOf(await call(who, '/signals?organisation=eigen-swv'));
      expect(list).toMatchObject({
        total: 1,
        page: 1,
        signals: [{ channel: 'telefoon', school: { id: f.own.schoolId, name: 'School 11AA' } }],
      });
    }
  });

  it('names each wrong field and writes nothing', async () => {
    const res = await call('steunpunt', '/signals', {
      organisation: 'eigen-swv',
      channel: 'fax',
      askerRole: 'oma',
      themes: ['PAS'],
      signalledOn: '1-2-2026',
    });
    expect(res.status).toBe(400);
    const { error } = await bodyOf(res);
    expect(error.code).toBe('validation_failed');
    expect(Object.keys(error.details).sort()).toEqual(['askerRole', 'channel', 'outcome', 'signalledOn']);
    expect(error.details.channel).toEqual(['Kies een kanaal.']);
    const future = await call('steunpunt', '/signals', { ...minimal, signalledOn: '2999-01-01' });
    expect((await bodyOf(future)).error.details).toHaveProperty('signalledOn');
    expect(await rows()).toEqual([]);
  });

  it('takes one to three distinct themes of the active codebook', async () => {
    for (const themes of [[], ['PAS', 'OVG', 'COM', 'VEI'], ['PAS', 'PAS']]) {
      const res = await call('steunpunt', '/signals', { ...minimal, themes });
      expect(res.status, JSON.stringify(themes)).toBe(400);
      expect(Object.keys((await bodyOf(res)).error.details)).toEqual(['themes']);
    }
    const unknown = await call('steunpunt', '/signals', { ...minimal, themes: ['PAS', 'XYZ'] });
    expect(unknown.status).toBe(400);
    expect((await bodyOf(unknown)).error.details.themes[0]).toContain('XYZ');
    expect(await rows()).toEqual([]);
  });

  it('refuses another organisation (403), a school outside it (400) and writes by readers (403)', async () => {
    expect((await call('steunpunt', '/signals', { ...minimal, organisation: 'ander-swv' })).status).toBe(403);
    expect((await call('steunpunt', '/signals?organisation=ander-swv')).status).toBe(403);
    expect((await call('researcher', '/signals/counts?organisation=ander-swv&year=2026')).status).toBe(403);
    expect((await call('board', '/signals', minimal)).status).toBe(403);
    expect((await call('school', '/signals?organisation=eigen-swv')).status).toBe(403);
    const otherSchool = await call('steunpunt', '/signals', { ...minimal, schoolId: f.other.schoolId });
    expect(otherSchool.status).toBe(400);
    expect(Object.keys((await bodyOf(otherSchool)).error.details)).toEqual(['schoolId']);
    const wrongSector = await call('steunpunt', '/signals', { ...minimal, schoolId: f.own.schoolId, sector: 'vo' });
    expect(Object.keys((await bodyOf(wrongSector)).error.details)).toEqual(['sector']);
    expect(await rows()).toEqual([]);
  });

  it('stores the note only after redaction: no phone number, name or school name reaches the database', async () => {
    const note = 'Moeder van Daan belt terug op 06-12345678, gaat over School 11AA.';
    const res = await call('steunpunt', '/signals', { ...minimal, note });
    expect(res.status).toBe(201);
    const [row] = await rows();
    expect(row?.note).toBe('Moeder van [NAAM] belt terug op [TELEFOON], gaat over [SCHOOL].');
    const stored = JSON.stringify(await t.db.selectFrom('signals').selectAll().execute());
    for (const secret of ['Daan', '06-12345678', '12345678', '11AA']) expect(stored).not.toContain(secret);
    expect((await bodyOf(res)).note).toBe(row?.note);
  });

  it('counts theme mentions per quarter, signals per channel and outcome, on a hand-made set', async () => {
    const entries = [
      { signalledOn: '2025-12-31', themes: ['PAS'], channel: 'telefoon', outcome: 'beantwoord' }, // other year
      { signalledOn: '2026-01-01', themes: ['PAS', 'OVG'], channel: 'telefoon', outcome: 'beantwoord' },
      { signalledOn: '2026-03-31', themes: ['PAS'], channel: 'e-mail', outcome: 'doorverwezen_school' },
      { signalledOn: '2026-04-01', themes: ['OVG'], channel: 'e-mail', outcome: 'beantwoord' },
      { signalledOn: '2026-09-30', themes: ['VEI', 'PAS', 'COM'], channel: 'oudercafe', outcome: 'doorverwezen_swv' },
      { signalledOn: '2026-10-01', themes: ['PAS'], channel: 'telefoon', outcome: 'beantwoord' },
    ];
    for (const entry of entries)
      expect((await call('steunpunt', '/signals', { ...minimal, ...entry })).status).toBe(201);
    const res = await call('board', '/signals/counts?organisation=eigen-swv&year=2026');
    expect(res.status).toBe(200);
    const counts = await bodyOf(res);
    expect(counts).toMatchObject({ year: 2026, total: 5, quarters: [2, 1, 1, 1] });
    const theme = (code: string) => counts.byTheme.find((t: { theme: string }) => t.theme === code);
    expect(theme('PAS')).toEqual({
      theme: 'PAS',
      label: 'Passend onderwijs en ondersteuning',
      quarters: [2, 0, 1, 1],
      total: 4,
    });
    expect(theme('OVG')).toMatchObject({ quarters: [1, 1, 0, 0], total: 2 });
    expect(theme('VEI')).toMatchObject({ quarters: [0, 0, 1, 0], total: 1 });
    expect(theme('KOS')).toMatchObject({ quarters: [0, 0, 0, 0], total: 0 });
    expect(counts.byTheme.map((t: { theme: string }) => t.theme)).toEqual(defaultCodebook.themes.map((t) => t.code));
    expect(counts.byChannel).toEqual({ telefoon: 2, 'e-mail': 2, oudercafe: 1, huisbezoek: 0, anders: 0 });
    expect(counts.byOutcome).toEqual({
      beantwoord: 3,
      doorverwezen_school: 1,
      doorverwezen_swv: 1,
      doorverwezen_onderwijsconsulent: 0,
      doorverwezen_anders: 0,
    });
    const last = await bodyOf(await call('researcher', '/signals/counts?organisation=eigen-swv&year=2025'));
    expect(last).toMatchObject({ total: 1, quarters: [0, 0, 0, 1] });
  });

  it('lists newest first within a period, in pages', async () => {
    for (const signalledOn of ['2026-02-01', '2026-05-01', '2026-03-01', '2026-08-01'])
      await call('steunpunt', '/signals', { ...minimal, signalledOn });
    const page1 = await bodyOf(
      await call('researcher', '/signals?organisation=eigen-swv&from=2026-02-01&to=2026-06-30&pageSize=2'),
    );
    expect(page1.total).toBe(3);
    expect(page1.signals.map((s: { signalledOn: string }) => s.signalledOn)).toEqual(['2026-05-01', '2026-03-01']);
    const page2 = await bodyOf(
      await call('researcher', '/signals?organisation=eigen-swv&from=2026-02-01&to=2026-06-30&pageSize=2&page=2'),
    );
    expect(page2.signals.map((s: { signalledOn: string }) => s.signalledOn)).toEqual(['2026-02-01']);
    const backwards = await call('researcher', '/signals?organisation=eigen-swv&from=2026-06-30&to=2026-02-01');
    expect(Object.keys((await bodyOf(backwards)).error.details)).toEqual(['to']);
  });
});
