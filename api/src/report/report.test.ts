import { createRedactor } from '@klankbord/analysis/redaction';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createTestDatabase, type TestDatabase, testEngines } from '../db/test-database.ts';
import { seedDemo } from '../demo/seed-demo.ts';
import { pdfSlots } from './pdf-slots.ts';
import { bodyOf, loginAs } from '../test-support/access-fixture.ts';
import { hasChromium } from '../test-support/browser.ts';
import { sectionTitles } from './report-document.ts';

const password = 'report-test-password';
const hasPoppler = (() => {
  try {
    execFileSync('pdfinfo', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const generatedLine = /<p class="report-generated">[^<]*<\/p>/;

describe.each(testEngines)('annual report on the demo data [%s]', (engine) => {
  let t: TestDatabase;
  let app: ReturnType<typeof createApp>;
  let board: Record<string, string>;
  let html: string;

  beforeAll(async () => {
    t = await createTestDatabase(engine);
    await seedDemo(t.db, { password });
    // A 2026 youth story with consent and a phone number, approved by a researcher: it may be quoted, redacted.
    await t.db
      .updateTable('stories')
      .set({ quote_status: 'approved' })
      .where('text', 'like', '%06 98765432%')
      .execute();
    await t.db.insertInto('organisations').values({ slug: 'elders', name: 'SWV Elders', kind: 'swv' }).execute();
    app = createApp({ db: t.db, engine: t.engine, minCellSize: 10 });
    board = await loginAs(app, 'bestuur@demo.klankbord.nl', password);
    const res = await app.request('http://localhost/api/reports/demo/2026', { headers: board });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    html = await res.text();
  });
  afterAll(() => t.close());

  it('has the ten sections in the order of issue 8, with a table of contents linking to them', () => {
    const headings = [...html.matchAll(/<h2 id="([a-z-]+)-kop">([^<]+)<\/h2>/g)]
      .filter((m) => m[1] !== 'inhoud')
      .map((m) => m[2]);
    expect(headings).toEqual(sectionTitles.map(([, title]) => title));
    for (const [id] of sectionTitles) expect(html).toContain(`href="#${id}"`);
    expect(html).toContain('<svg');
    expect(html).toContain('@page');
  });

  it('gives the web page the same report as a fragment: the stylesheet and the body markup of the document', async () => {
    const res = await app.request('http://localhost/api/reports/demo/2026/fragment', { headers: board });
    expect(res.status).toBe(200);
    const fragment = (await res.json()) as { style: string; body: string };
    expect(fragment.style).toContain('@page');
    expect(html).toContain(fragment.style);
    expect(fragment.body.startsWith('<article class="report" lang="nl">')).toBe(true);
    // The same markup the document (and so the PDF) holds, apart from the line that says when it was made.
    const main = html.slice(html.indexOf('<main>') + '<main>'.length, html.indexOf('</main>'));
    expect(fragment.body.replace(generatedLine, '')).toBe(main.replace(generatedLine, ''));
    const outside = await app.request('http://localhost/api/reports/elders/2026/fragment', { headers: board });
    expect(outside.status).toBe(403);
  });

  // poppler-utils reads the PDF as a reader's software does: pdfinfo for the tags, pdftohtml for the bookmarks.
  it.skipIf(!hasChromium || !hasPoppler)(
    'prints a tagged PDF whose bookmarks name every section, with headings and tables in its structure',
    async () => {
      const res = await app.request('http://localhost/api/reports/demo/2026/pdf', { headers: board });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      const dir = mkdtempSync(join(tmpdir(), 'klankbord-report-'));
      const file = join(dir, 'jaarrapport.pdf');
      try {
        writeFileSync(file, new Uint8Array(await res.arrayBuffer()));
        const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
        expect(info).toMatch(/^Tagged:\s+yes$/m);
        expect(info).toMatch(/^Title:\s+Jaarrapport ouderstem 2026/m);
        const structure = execFileSync('pdfinfo', ['-struct', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
        for (const tag of ['H1', 'H2', 'Table', 'TH', 'Caption', 'Figure'])
          expect(structure, tag).toMatch(new RegExp(`^\\s*${tag}\\b`, 'm'));
        // The outline (bookmarks) as pdftohtml lists it: one item per heading, with its page.
        const xml = execFileSync('pdftohtml', ['-xml', '-i', '-stdout', '-q', file], {
          encoding: 'utf8',
          maxBuffer: 64 * 1024 * 1024,
        });
        const outline = [
          ...(xml.match(/<outline>[\s\S]*<\/outline>/)?.[0] ?? '').matchAll(/<item page="\d+">([^<]+)<\/item>/g),
        ].map((m) => m[1]);
        expect(outline[0]).toBe('Jaarrapport ouderstem 2026');
        for (const [, title] of sectionTitles) expect(outline).toContain(title);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    120_000,
  );

  // Security finding (info): every PDF request started its own Chromium, without limit.
  it('answers 503 with Retry-After when the PDF printer is full, and hands each slot on as jobs finish', async () => {
    const releases: (() => void)[] = [];
    const held = Array.from({ length: 6 }, () =>
      pdfSlots.run(() => new Promise<void>((resolve) => releases.push(resolve))),
    );
    expect(pdfSlots.load).toEqual({ running: 2, waiting: 4 });
    const refused = await app.request('http://localhost/api/reports/demo/2026/pdf', { headers: board });
    expect(refused.status).toBe(503);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    // Each finished job hands its slot to the next in line.
    for (let done = 0; done < 6; done++) {
      while (releases.length === 0) await new Promise((resolve) => setTimeout(resolve, 0));
      releases.shift()!();
    }
    await Promise.all(held);
    expect(pdfSlots.load).toEqual({ running: 0, waiting: 0 });
  });

  it('says how the report mark is made from its question in the words of the questionnaire page', () => {
    // The parents' mark is the 1–5 item rel_gehoord: 1 + 9 × (answer − 1) / 4 = 2,25 × answer − 1,25.
    expect(html).toContain(
      'Het rapportcijfer komt uit de vraag “De school luistert naar mij en neemt mij serieus.” (schaal 1 tot 5, omgerekend naar een cijfer: 2,25 × gemiddelde − 1,25).',
    );
  });

  it('shows the small school SBO De Vlonder as "te weinig reacties", never with a figure', () => {
    const rows = [...html.matchAll(/<tr><th scope="row">SBO De Vlonder<\/th>(.*?)<\/tr>/g)].map((m) => m[1]!);
    // Parents only: young people answer for vo schools.
    expect(rows.length).toBe(1);
    for (const row of rows) {
      expect(row).toContain('te weinig reacties');
      expect(row.replace(/<[^>]+>/g, '')).not.toMatch(/\d/);
    }
  });

  it('quotes only approved stories, redacted', async () => {
    const model = await bodyOf(await app.request('http://localhost/api/reports/demo/2026/model', { headers: board }));
    const approved = await t.db
      .selectFrom('stories')
      .select('text')
      .where('consent_quote', '=', true)
      .where('quote_status', '=', 'approved')
      .execute();
    const pending = await t.db.selectFrom('stories').select('text').where('quote_status', '!=', 'approved').execute();
    expect(model.quotes.length).toBeGreaterThan(0);
    expect(model.quotes.length).toBeLessThanOrEqual(2 * 3 * 2);
    const redact = createRedactor({
      knownNames: (await t.db.selectFrom('schools').select('name').execute()).map((s) => s.name),
    });
    const start = (s: string) => redact(s).text.trim().slice(0, 40);
    for (const quote of model.quotes as { text: string }[]) {
      expect(pending.some((p) => start(p.text) === quote.text.slice(0, 40))).toBe(false);
      expect(approved.some((a) => start(a.text) === quote.text.slice(0, 40))).toBe(true);
    }
    for (const quote of model.quotes as { text: string }[])
      expect(approved.some((a) => redact(a.text).text.trim().startsWith(quote.text.replace(/ …$/, '')))).toBe(true);
  });

  it('never prints a phone number from a quoted story', async () => {
    const model = await bodyOf(await app.request('http://localhost/api/reports/demo/2026/model', { headers: board }));
    const quoted = (model.quotes as { text: string }[])[0]!.text.slice(0, 30);
    const stories = await t.db
      .selectFrom('stories')
      .select(['id', 'text'])
      .where('quote_status', '=', 'approved')
      .execute();
    const story = stories.find((s) => s.text.startsWith(quoted))!;
    await t.db
      .updateTable('stories')
      .set({ text: `Bel me op 06-12345678. ${story.text}` })
      .where('id', '=', story.id)
      .execute();
    const after = await (await app.request('http://localhost/api/reports/demo/2026', { headers: board })).text();
    await t.db.updateTable('stories').set({ text: story.text }).where('id', '=', story.id).execute();
    expect(after).toContain('Bel me op [TELEFOON]');
    expect(after).not.toContain('12345678');
  });

  it('redacts in a quote the word a researcher decided to redact in its story (issue 19)', async () => {
    const model = await bodyOf(await app.request('http://localhost/api/reports/demo/2026/model', { headers: board }));
    const quoted = (model.quotes as { text: string }[])[0]!.text;
    const word = quoted.match(/\p{L}{6,}/u)![0];
    const story = (
      await t.db.selectFrom('stories').select(['id', 'text']).where('quote_status', '=', 'approved').execute()
    ).find((s) => s.text.startsWith(quoted.slice(0, 30)))!;
    await t.db
      .insertInto('story_redaction_decisions')
      .values({ story_id: story.id, phrase: word, decision: 'redact' })
      .execute();
    const after = await bodyOf(await app.request('http://localhost/api/reports/demo/2026/model', { headers: board }));
    await t.db.deleteFrom('story_redaction_decisions').where('story_id', '=', story.id).execute();
    const quote = (after.quotes as { text: string }[]).find((q) => q.text.startsWith(quoted.slice(0, 8)))!;
    expect(quote.text).not.toMatch(new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'u'));
    expect(quote.text).toContain('[NAAM]');
  });

  it('gives the same report byte for byte apart from the generation line, and logs every view', async () => {
    const again = await (await app.request('http://localhost/api/reports/demo/2026', { headers: board })).text();
    expect(again.replace(generatedLine, '')).toBe(html.replace(generatedLine, ''));
    expect(html.match(generatedLine)).not.toBeNull();
    const views = await t.db.selectFrom('audit_log').select('details').where('action', '=', 'report.view').execute();
    expect(views.length).toBeGreaterThanOrEqual(3);
  });

  it('answers 404 naming the year without a wave, 404 for an unknown organisation, 403 outside the user’s access', async () => {
    const noWave = await app.request('http://localhost/api/reports/demo/2024', { headers: board });
    expect(noWave.status).toBe(404);
    expect((await bodyOf(noWave)).error.message).toContain('2024');
    const unknown = await app.request('http://localhost/api/reports/bestaat-niet/2026', { headers: board });
    expect(unknown.status).toBe(404);
    expect((await bodyOf(unknown)).error.message).toContain('bestaat-niet');
    expect((await app.request('http://localhost/api/reports/elders/2026', { headers: board })).status).toBe(403);
    const school = await loginAs(app, 'school@demo.klankbord.nl', password);
    expect((await app.request('http://localhost/api/reports/demo/2026', { headers: school })).status).toBe(403);
  });
});
