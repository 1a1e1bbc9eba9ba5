import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createTestDatabase, type TestDatabase, testEngines } from '../db/test-database.ts';
import { type AccessFixture, bodyOf, loginAs, seedAccessFixture } from '../test-support/access-fixture.ts';
import { type MarkFixture, markSurvey, seedMarkFixture } from './priority-fixture.ts';

// Every expected value below is worked out by hand from priority-fixture.ts (minimum group size 4).
describe.each(testEngines)('report mark, priority matrix and response rates [%s]', (engine) => {
  let t: TestDatabase;
  let f: AccessFixture;
  let m: MarkFixture;
  let app: ReturnType<typeof createApp>;
  let researcher: Record<string, string>;
  const get = async (path: string) => {
    const res = await app.request(`http://localhost/api/analysis${path}`, { headers: researcher });
    return { status: res.status, body: await bodyOf(res) };
  };
  const setMark = async (versionId: number, question: string | null) => {
    const res = await app.request(`http://localhost/api/survey-versions/${versionId}/report-mark`, {
      method: 'PUT',
      headers: { ...researcher, 'content-type': 'application/json' },
      body: JSON.stringify({ question }),
    });
    return { status: res.status, body: await bodyOf(res) };
  };

  beforeAll(async () => {
    t = await createTestDatabase(engine);
    f = await seedAccessFixture(t.db);
    m = await seedMarkFixture(t.db, f);
    app = createApp({ db: t.db, engine: t.engine, minCellSize: 4 });
    researcher = await loginAs(app, f.emails.researcher);
  });
  afterAll(() => t.close());

  it('says there is no report mark until one is chosen, and refuses an item without a number scale in Dutch', async () => {
    const before = await get(`/report-mark?organisation=eigen-swv&wave=${m.wave2026}`);
    expect(before.body.reason).toBe('no_report_mark');
    const wrong = await setMark(m.version2026, 'opmerking');
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.message).toContain('kan geen rapportcijfer zijn');
    const unchanged = await t.db
      .selectFrom('survey_versions')
      .select('report_mark')
      .where('id', '=', m.version2026)
      .executeTakeFirstOrThrow();
    expect(unchanged.report_mark).toBeNull();
    expect((await setMark(m.version2026, 'cijfer')).status).toBe(200);
    expect((await setMark(m.version2025, 'cijfer')).status).toBe(200);
  });

  it('keeps the report mark in a new version while its item is still a scale, and offers the choices with each version', async () => {
    const { survey_id } = await t.db
      .selectFrom('survey_versions')
      .select('survey_id')
      .where('id', '=', m.version2026)
      .executeTakeFirstOrThrow();
    const addVersion = async (definition: unknown) => {
      const res = await app.request(`http://localhost/api/surveys/${survey_id}/versions`, {
        method: 'POST',
        headers: { ...researcher, 'content-type': 'application/json' },
        body: JSON.stringify({ definition }),
      });
      expect(res.status).toBe(201);
      return bodyOf(res);
    };
    expect((await addVersion(markSurvey)).reportMark).toBe('cijfer');
    // The mark item gone from the questionnaire: the new version has no mark until one is chosen.
    const without = { pages: [{ elements: markSurvey.pages[0]!.elements.filter((e) => e.name !== 'cijfer') }] };
    expect((await addVersion(without)).reportMark).toBeNull();
    const detail = await bodyOf(
      await app.request(`http://localhost/api/surveys/${survey_id}`, { headers: researcher }),
    );
    const first = detail.versions.find((v: any) => v.id === m.version2026);
    expect(first.reportMark).toBe('cijfer');
    // The four numeric scales, each with how its answers become a mark; the comment is no choice.
    expect(first.reportMarkChoices.map((c: any) => [c.name, c.lowest, c.highest, c.conversion])).toEqual([
      ['cijfer', 1, 4, 'linear'],
      ['vei_veilig', 1, 5, 'linear'],
      ['com_info', 1, 5, 'linear'],
      ['pas_hulp', 1, 5, 'linear'],
    ]);
  });

  it('clears the report mark of a draft when its item is removed from the draft, and keeps it while it stays', async () => {
    const { survey_id } = await t.db
      .selectFrom('survey_versions')
      .select('survey_id')
      .where('id', '=', m.version2026)
      .executeTakeFirstOrThrow();
    const draft = await bodyOf(
      await app.request(`http://localhost/api/surveys/${survey_id}/versions`, {
        method: 'POST',
        headers: { ...researcher, 'content-type': 'application/json' },
        body: JSON.stringify({ definition: markSurvey }),
      }),
    );
    expect((await setMark(draft.id, 'cijfer')).status).toBe(200);
    const editDraft = async (definition: unknown) => {
      const res = await app.request(`http://localhost/api/survey-versions/${draft.id}`, {
        method: 'PUT',
        headers: { ...researcher, 'content-type': 'application/json' },
        body: JSON.stringify({ definition }),
      });
      expect(res.status).toBe(200);
      return bodyOf(res);
    };
    const markInEditor = async () =>
      (
        await bodyOf(await app.request(`http://localhost/api/surveys/${survey_id}`, { headers: researcher }))
      ).versions.find((v: any) => v.id === draft.id).reportMark;

    // Another item removed: the mark stays.
    const withoutComment = {
      pages: [{ elements: markSurvey.pages[0]!.elements.filter((e) => e.name !== 'opmerking') }],
    };
    expect((await editDraft(withoutComment)).reportMark).toBe('cijfer');
    expect(await markInEditor()).toBe('cijfer');
    // The mark's item removed: the draft no longer says it has a mark.
    const withoutMark = { pages: [{ elements: markSurvey.pages[0]!.elements.filter((e) => e.name !== 'cijfer') }] };
    expect((await editDraft(withoutMark)).reportMark).toBeNull();
    expect(await markInEditor()).toBeNull();
    // Put back, the item is not chosen again by itself: the researcher chooses.
    expect((await editDraft(markSurvey)).reportMark).toBeNull();
  });

  it('gives the mark per school, board and SWV as 3 × mean − 2 with its interval and trend', async () => {
    const { status, body } = await get(`/report-mark?organisation=eigen-swv&wave=${m.wave2026}`);
    expect(status).toBe(200);
    expect(body.mark).toMatchObject({ question: 'cijfer', conversion: 'linear', points: 4, lowest: 1, highest: 4 });
    const school = (brin: string) => body.schools.find((s: any) => s.label.includes(brin));
    // A: 4,3,3,2,4 → mean 3.2 → 3 × 3.2 − 2 = 7.6; marks 10,7,7,4,10: s² = (5.76+.36+.36+12.96+5.76)/4 = 6.3,
    // half width 1.959964 × √6.3 / √5 = 2.20005 → 5.39995 to 9.80005.
    expect(school('11AA').mark.mean).toBeCloseTo(7.6, 10);
    expect(school('11AA').mark.lower).toBeCloseTo(5.39995, 4);
    expect(school('11AA').mark.upper).toBeCloseTo(9.80005, 4);
    // B: 2,3,1,2 → mean 2 → 3 × 2 − 2 = 4.
    expect(school('11AB').mark.mean).toBeCloseTo(4, 10);
    // C: 2 answers, below the minimum of 4: no mark and no n.
    expect(school('11AC')).toMatchObject({ n: { value: null, suppressed: 'too_few' }, mark: null });
    // Board and SWV: A and B only (C left out, else (54 + 1 + 1) / 11 = 5.09): marks sum 38 + 16 = 54 over 9 → 6;
    // s = 3 → 6 ± 1.959964 × 3 / 3 → 4.04004 to 7.95996.
    expect(body.overall.n).toEqual({ value: 9, suppressed: false });
    expect(body.overall.mark.mean).toBeCloseTo(6, 10);
    expect(body.overall.mark.lower).toBeCloseTo(4.04004, 4);
    expect(body.boards).toHaveLength(1);
    expect(body.boards[0]).toMatchObject({ label: 'EIGEN-BESTUUR', n: { value: 9 } });
    expect(body.boards[0].mark.mean).toBeCloseTo(6, 10);
    // 2025: marks A 4,4,7,4 and B 1,4,4,1: mean 29/8 = 3.625, s = 1.92261; z = (6 − 3.625) / √(9/9 + 3.69643/8)
    // = 1.96418 → p = 0.0495: higher (significant).
    expect(body.previousYear).toBe(2025);
    expect(body.overall.trend.previousMean).toBeCloseTo(3.625, 10);
    expect(body.overall.trend.pValue).toBeCloseTo(0.0495, 4);
    expect(body.overall.trend.words).toBe('hoger (significant)');
    // The reference benchmark is another branch's: the field is there, empty.
    expect(body.overall.reference).toBeNull();
  });

  it('puts each item in its quadrant by satisfaction and its correlation with the mark', async () => {
    const { status, body } = await get(`/priorities?organisation=eigen-swv&wave=${m.wave2026}`);
    expect(status).toBe(200);
    expect(body.importanceSource).toBe('correlation');
    const items = Object.fromEntries(body.overall.items.map((i: any) => [i.name, i]));
    // Nine respondents of A and B (C left out); mark y = 4,3,3,2,4,2,3,1,2: Σy 24, Σy² 72.
    // vei_veilig x = 5,4,4,2,5,3,4,2,3: Σx 32, Σx² 124, Σxy 94 → r = (9·94 − 32·24) / √((9·124 − 32²)(9·72 − 24²))
    //   = 78 / √(92 · 72) = 0.95837; agree (4 or 5): 5 of 9.
    // com_info x = 2,3,2,3,4,4,3,5,4: Σx 30, Σx² 108, Σxy 75 → r = −45 / √(72 · 72) = −0.625; agree 4 of 9.
    // pas_hulp x = 3,3,4,2,4,2,4,1,3: Σx 26, Σx² 84, Σxy 76 → r = 60 / √(80 · 72) = 0.79057; agree 3 of 9.
    expect(items.vei_veilig.importance).toBeCloseTo(0.95837, 4);
    expect(items.com_info.importance).toBeCloseTo(-0.625, 10);
    expect(items.pas_hulp.importance).toBeCloseTo(0.79057, 4);
    expect(items.vei_veilig.satisfaction.p).toBeCloseTo(5 / 9, 10);
    // Cut points: median satisfaction 4/9, median importance 0.79057.
    expect(body.overall.cuts.satisfaction).toBeCloseTo(4 / 9, 10);
    expect(body.overall.cuts.importance).toBeCloseTo(0.79057, 4);
    expect(items.vei_veilig.quadrant).toBe('behouden');
    expect(items.com_info.quadrant).toBe('bewaken');
    expect(items.pas_hulp.quadrant).toBe('verbeteren');
    expect(body.overall.themes.map((x: any) => [x.code, x.quadrant])).toEqual([
      ['VEI', 'behouden'],
      ['COM', 'bewaken'],
      ['PAS', 'verbeteren'],
    ]);
    // School A alone: vei 4/5 agree, r 0.97590; com 1/5, r 0.07143; pas 2/5, r 0.64286 → cuts 0.4 and 0.64286.
    const a = body.schools.find((s: any) => s.name === 'School 11AA');
    const aItems = Object.fromEntries(a.matrix.items.map((i: any) => [i.name, i.quadrant]));
    expect(aItems).toEqual({ vei_veilig: 'behouden', com_info: 'minder_urgent', pas_hulp: 'behouden' });
    // The small school has no matrix.
    expect(body.schools.find((s: any) => s.name === 'School 11AC').matrix).toBeNull();
  });

  it('gives response rates on live counts with a note where the margin of error is above 10 points', async () => {
    const { body } = await get(`/schools?organisation=eigen-swv&wave=${m.wave2026}`);
    const byBrin = Object.fromEntries(body.schools.map((s: any) => [s.brin, s]));
    // A: 5 of 300 → 1.67%; margin 1.959964 × √(0.25/5) × √(295/299) = 0.43531 > 0.10: too low to generalise.
    expect(byBrin['11AA'].response.rate).toBeCloseTo(5 / 300, 10);
    expect(byBrin['11AA'].response.marginOfError).toBeCloseTo(0.43531, 4);
    expect(byBrin['11AA'].response.tooLow).toBe(true);
    // B: all 4 of its 4 families: nothing left to estimate, margin 0.
    expect(byBrin['11AB'].response).toEqual({ rate: 1, marginOfError: 0, tooLow: false });
    // C: hidden, so no rate either.
    expect(byBrin['11AC'].response).toBeNull();
  });
});
