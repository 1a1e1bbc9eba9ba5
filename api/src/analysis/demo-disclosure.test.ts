import { derivableSets } from '@klankbord/analysis/disclosure';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createTestDatabase, type TestDatabase, testEngines } from '../db/test-database.ts';
import { ensureDemoData } from '../demo/seed-demo.ts';
import { analysisItems } from '../surveys/analysis-items.ts';
import { bodyOf, loginAs } from '../test-support/access-fixture.ts';

// The demo data as a board, a researcher and the school contact of De Zeester read it: what the rule
// shows, and that nothing published lets anyone compute a hidden group.

const minimum = 10;
type Json = any;

describe.each(testEngines)('disclosure on the demo data [%s]', (engine) => {
  let t: TestDatabase;
  let app: ReturnType<typeof createApp>;
  const as: Record<string, Record<string, string>> = {};
  let waves: { id: number; year: number; audience: string; definition: Json }[];
  const get = async (who: string, path: string) => {
    const res = await app.request(`http://localhost/api${path}`, { headers: as[who] });
    expect(res.status, path).toBe(200);
    return bodyOf(res);
  };
  /** Every analysis view and the report, as one reader sees them for one wave. */
  async function everything(who: string, wave: (typeof waves)[number]) {
    const q = `organisation=demo&wave=${wave.id}`;
    const out: Record<string, Json> = { schools: await get(who, `/analysis/schools?${q}`) };
    for (const by of ['role', 'sector', 'school', 'tone'])
      out[`themes ${by}`] = await get(who, `/analysis/themes?${q}&by=${by}`);
    for (const item of analysisItems(wave.definition))
      for (const by of ['sector', 'school', 'role'])
        out[`${item.name} ${by}`] = await get(
          who,
          `/analysis/questions/${encodeURIComponent(item.name)}?${q}&by=${by}`,
        );
    if (who === 'school') out.own = await get(who, `/analysis/own-school?${q}`);
    else out.report = await get(who, `/reports/demo/${wave.year}/model`);
    return out;
  }

  beforeAll(async () => {
    t = await createTestDatabase(engine);
    const status = await ensureDemoData(t.db, { seedIfEmpty: true });
    if (status.state !== 'seeded' || status.password.source !== 'generated') throw new Error('expected a fresh seed');
    const password = status.password.value;
    app = createApp({ db: t.db, engine: t.engine, minCellSize: minimum });
    const emails = {
      board: 'bestuur@demo.klankbord.nl',
      researcher: 'onderzoeker@demo.klankbord.nl',
      school: 'school@demo.klankbord.nl',
    };
    for (const [who, email] of Object.entries(emails)) as[who] = await loginAs(app, email, password);
    waves = await t.db
      .selectFrom('waves')
      .innerJoin('survey_versions', 'survey_versions.id', 'waves.survey_version_id')
      .select(['waves.id', 'waves.year', 'waves.audience', 'survey_versions.definition'])
      .orderBy('waves.id')
      .execute();
  }, 240_000);
  afterAll(() => t.close());

  it('shows every group of at least 10 on every scale item by sector and by school, and every school of 10; the exceptions say why', async () => {
    let large = 0;
    const exceptions: string[] = [];
    for (const wave of waves) {
      for (const item of analysisItems(wave.definition).filter((i) => i.kind === 'likert')) {
        const { rows } = await sql<{ school: number | null; sector: string | null; n: number }>`
          select r.school_id as school, s.sector, count(*)::int as n
          from responses r left join schools s on s.id = r.school_id
          where r.wave_id = ${wave.id} and r.status = 'complete'
            and r.answers #>> ${`{${item.path.join(',')}}`}::text[] in (${sql.join(item.values)})
          group by 1, 2`.execute(t.db);
        for (const by of ['sector', 'school'] as const) {
          const view = await get(
            'board',
            `/analysis/questions/${item.name}?organisation=demo&wave=${wave.id}&by=${by}`,
          );
          const truth = new Map<string, number>();
          for (const r of rows) {
            const key = by === 'sector' ? (r.sector ?? 'onbekend') : String(r.school ?? 'onbekend');
            truth.set(key, (truth.get(key) ?? 0) + r.n);
          }
          for (const [key, n] of truth) {
            if (n < minimum) continue;
            large += 1;
            const group = view.groups.find((g: Json) => g.key === key);
            if (group.n.suppressed === false) {
              expect(group.answers.every((a: Json) => a.count.value !== null && a.share !== null)).toBe(true);
              continue;
            }
            // Hidden only to protect a smaller group, and it says so.
            expect(group.n.suppressed).toBe('protects_smaller');
            exceptions.push(`${wave.id} ${item.name} ${by} ${key}`);
          }
        }
      }
    }
    // The schools view: every school with 10 or more respondents shows its count and its items.
    for (const wave of waves) {
      const { rows } = await sql<{ school: number; n: number }>`
        select school_id as school, count(*)::int as n from responses
        where wave_id = ${wave.id} and status = 'complete' and school_id is not null group by 1`.execute(t.db);
      const view = await get('board', `/analysis/schools?organisation=demo&wave=${wave.id}`);
      for (const r of rows.filter((x) => x.n >= minimum)) {
        const school = view.schools.find((s: Json) => s.id === r.school);
        expect(school.n).toEqual({ value: r.n, suppressed: false });
        expect(school.indicators.some((i: Json) => i.topBox !== null)).toBe(true);
      }
    }
    console.info(`demo data: ${exceptions.length} of ${large} groups of 10 or more hidden to protect a smaller one`);
    expect(large).toBeGreaterThan(100);
    expect(exceptions.length / large).toBeLessThanOrEqual(0.05);
  });

  it('shows the themes of every sector with at least 10 stories, and De Zeester its own figures', async () => {
    const wave = waves.find((w) => w.year === 2026 && w.audience === 'ouder')!;
    const { rows } = await sql<{ sector: string; n: number }>`
      select coalesce(s.sector, st.sector) as sector, count(*)::int as n from stories st
      left join schools s on s.id = st.school_id where st.wave_id = ${wave.id} group by 1`.execute(t.db);
    const themes = await get('board', `/analysis/themes?organisation=demo&wave=${wave.id}&by=sector`);
    for (const r of rows.filter((x) => x.n >= minimum)) {
      const group = themes.groups.find((g: Json) => g.key === r.sector);
      expect(group.stories).toEqual({ value: r.n, suppressed: false });
      for (const th of themes.themes)
        expect(th.groups.find((g: Json) => g.key === r.sector).stories.value).not.toBeNull();
    }
    const own = await get('school', `/analysis/own-school?organisation=demo&wave=${wave.id}`);
    expect(own.school.name).toBe('De Zeester');
    expect(own.items.length).toBeGreaterThan(0);
    for (const item of own.items) {
      expect(item.school.n.suppressed).toBe(false);
      expect(item.school.share.p).toBeGreaterThanOrEqual(0);
      expect(item.organisation.share).not.toBeNull();
    }
  });

  it('publishes nothing that changes when the answers of a hidden school change (any view, any role, the report)', async () => {
    // The schools below the minimum in some wave: their answers must reach no published figure.
    const { rows: small } = await sql<{ wave: number; school: number }>`
      select wave_id as wave, school_id as school from responses where status = 'complete' and school_id is not null
      group by 1, 2 having count(*) < ${minimum}`.execute(t.db);
    expect(small.length).toBeGreaterThan(0);
    const before: Record<string, Json> = {};
    for (const wave of waves)
      for (const who of ['board', 'researcher', 'school']) before[`${who} ${wave.id}`] = await everything(who, wave);
    // Turn every answer of the small schools around (a scale's lowest for its highest, yes for no).
    for (const { wave, school } of small) {
      const definition = waves.find((w) => w.id === wave)!.definition;
      const responses = await t.db
        .selectFrom('responses')
        .select(['id', 'answers'])
        .where('wave_id', '=', wave)
        .where('school_id', '=', school)
        .execute();
      for (const r of responses) {
        const answers = { ...(r.answers as Json) };
        for (const item of analysisItems(definition).filter((i) => i.path.length === 1 && i.kind !== 'multi')) {
          const value = answers[item.name];
          if (value === undefined) continue;
          const j = item.values.indexOf(String(value));
          const flipped = item.values[item.values.length - 1 - j]!;
          answers[item.name] =
            typeof value === 'number' ? Number(flipped) : typeof value === 'boolean' ? flipped === 'true' : flipped;
        }
        await t.db
          .updateTable('responses')
          .set({ answers: JSON.stringify(answers) })
          .where('id', '=', r.id)
          .execute();
      }
    }
    try {
      for (const wave of waves)
        for (const who of ['board', 'researcher', 'school']) {
          const after = await everything(who, wave);
          for (const [view, body] of Object.entries(after)) {
            const strip = (x: Json) => JSON.stringify(x).replace(/"generatedAt":"[^"]*"/g, '');
            expect(strip(body), `${who} ${wave.id} ${view}`).toBe(strip(before[`${who} ${wave.id}`][view]));
          }
        }
    } finally {
      // Restore nothing: the database is this test's own.
    }
  }, 240_000);

  it('leaves no hidden group in the span of every published figure: schools, questions by every breakdown, the own-school screen', async () => {
    type Atom = { school: string; sector: string; role: string; n: number };
    /** Checks that a published n is exactly the released cells of its group, then adds the group's equation. */
    function system(atoms: Atom[]) {
      const published: number[][] = [];
      const targets: number[][] = [];
      const index = (pick: (a: Atom) => boolean) => atoms.flatMap((a, i) => (pick(a) && a.n > 0 ? [i] : []));
      const released = (a: Atom) => a.n >= minimum;
      const add = (n: Json, pick: (a: Atom) => boolean, what: string) => {
        const all = index(pick);
        if (n.suppressed !== false) return void targets.push(all);
        const set = all.filter((i) => released(atoms[i]!));
        expect(n.value, what).toBe(set.reduce((x, i) => x + atoms[i]!.n, 0));
        published.push(set);
      };
      const check = () => expect(derivableSets(atoms.length, published, targets)).toEqual([]);
      return { add, check, targets };
    }
    let hiddenSeen = 0;
    for (const wave of waves) {
      const q = `organisation=demo&wave=${wave.id}`;
      // Respondents per school: the schools view.
      const { rows } = await sql<Atom>`
        select coalesce(r.school_id::text, 'onbekend') as school, coalesce(s.sector, 'onbekend') as sector, r.role,
          count(*)::int as n
        from responses r left join schools s on s.id = r.school_id
        where r.wave_id = ${wave.id} and r.status = 'complete' group by 1, 2, 3`.execute(t.db);
      const respondents = system(rows);
      for (const who of ['board', 'researcher']) {
        const view = await get(who, `/analysis/schools?${q}`);
        for (const school of view.schools) respondents.add(school.n, (a) => a.school === String(school.id), 'school');
        respondents.add(view.overall.n, () => true, 'total');
      }
      respondents.check();
      hiddenSeen += respondents.targets.length;
      // Answers per item: every breakdown of the question view, and the school contact's own-school screen.
      const own = await get('school', `/analysis/own-school?${q}`);
      for (const item of analysisItems(wave.definition).filter((i) => i.kind === 'likert')) {
        const { rows: answered } = await sql<Atom>`
          select coalesce(r.school_id::text, 'onbekend') as school, coalesce(s.sector, 'onbekend') as sector, r.role,
            count(*)::int as n
          from responses r left join schools s on s.id = r.school_id
          where r.wave_id = ${wave.id} and r.status = 'complete'
            and r.answers #>> ${`{${item.path.join(',')}}`}::text[] in (${sql.join(item.values)})
          group by 1, 2, 3`.execute(t.db);
        const figures = system(answered);
        const attribute = { school: 'school', sector: 'sector', role: 'role' } as const;
        for (const who of ['board', 'researcher'])
          for (const by of ['school', 'sector', 'role'] as const) {
            const view = await get(who, `/analysis/questions/${item.name}?${q}&by=${by}`);
            for (const g of view.groups)
              figures.add(g.n, (a) => a[attribute[by]] === g.key, `${item.name} ${by} ${g.key}`);
            figures.add(view.overall.n, () => true, `${item.name} total`);
          }
        const mine = own.items.find((i: Json) => i.name === item.name);
        const zeester = own.school;
        figures.add(mine.organisation.n, () => true, 'own-school: organisation');
        figures.add(mine.sector.n, (a) => a.sector === zeester.sector, 'own-school: sector');
        figures.check();
        hiddenSeen += figures.targets.length;
      }
    }
    expect(hiddenSeen).toBeGreaterThan(0);
  });
});
