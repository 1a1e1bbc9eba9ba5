import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatCount, formatPercent } from '../../analysis/src/report/index.ts';
import { hasChromium } from '../../api/src/test-support/browser.ts';
import { sectionTitles } from '../../api/src/report/report-document.ts';
import { logInAsStaff, useServerAndBrowser } from './browser-test.ts';

interface Share {
  p: number;
}

describe.skipIf(!hasChromium)('annual report as PDF and on the web', () => {
  const env = useServerAndBrowser();

  it('prints the demo report to PDF with the sections, the analysis figures and no figure for SBO De Vlonder', async () => {
    const page = await logInAsStaff(env, 'bestuur@demo.klankbord.nl');
    const get = async (path: string) => {
      const res = await page.request.get(`${env.server.url}${path}`);
      expect(res.status(), path).toBe(200);
      return res.json();
    };
    // The figures the analysis API gives for the same scope (organisation demo, the 2026 waves).
    const { waves } = (await get('/api/analysis/waves?organisation=demo')) as {
      waves: { id: number; year: number; audience: string }[];
    };
    const wave = (audience: string) => waves.find((w) => w.year === 2026 && w.audience === audience)!.id;
    const parents = await get(`/api/analysis/schools?organisation=demo&wave=${wave('ouder')}`);
    const youth = await get(`/api/analysis/schools?organisation=demo&wave=${wave('jongere')}`);
    const themes = await get(`/api/analysis/themes?organisation=demo&wave=${wave('ouder')}`);
    const published = (
      themes.themes as {
        stories: { value: number | null };
        share: Share | null;
        change: { comparison: { significant: boolean } | null } | null;
      }[]
    )
      .filter((t) => t.share !== null)
      .sort((a, b) => b.stories.value! - a.stories.value!);
    const anySignificant = published.some((t) => t.change?.comparison?.significant);
    const best = (parents.overall.indicators as { topBox: Share | null }[])
      .flatMap((i) => (i.topBox ? [i.topBox.p] : []))
      .sort((a, b) => b - a)[0]!;

    const pdf = await page.request.get(`${env.server.url}/api/reports/demo/2026/pdf`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    const file = join(mkdtempSync(join(tmpdir(), 'report-')), 'rapport.pdf');
    writeFileSync(file, await pdf.body());
    // Page breaks come out as form feeds; lines are what a reader sees.
    const text = execFileSync('/usr/bin/pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replaceAll(
      '\f',
      '\n',
    );

    // Headings in order, after the table of contents (which lists them too).
    const body = text.slice(text.indexOf('Pagina 1 van'));
    let at = 0;
    for (const [, title] of sectionTitles) {
      const found = body.indexOf(`\n${title}\n`, at);
      expect(found, `heading "${title}" in order`).toBeGreaterThan(at - 1);
      at = found;
    }
    const summary = body.slice(body.indexOf('\nSamenvatting\n'), body.indexOf('\nWie deden mee\n'));
    const flat = summary.replace(/\s+/g, ' ');
    expect(flat).toContain(
      `${formatCount(parents.overall.n.value)} ouders en ${formatCount(youth.overall.n.value)} jongeren`,
    );
    expect(flat).toContain(`in ${formatPercent(published[0]!.share!.p)} van hun verhalen`);
    if (!anySignificant) expect(flat).toContain(`${formatPercent(best)} van de ouders is het eens met`);

    const schoolsSection = body.slice(body.indexOf('\nPer school\n'), body.indexOf('\nVerschillen tussen groepen\n'));
    const lines = schoolsSection.split('\n');
    const row = lines.findIndex((l) => l.includes('SBO De Vlonder'));
    expect(row).toBeGreaterThan(-1);
    // The row and its wrapped sector name and note: "te weinig reacties", no figure at all.
    const wrapped = lines.slice(row, row + 3).join(' ');
    expect(lines[row]).toContain('te weinig');
    expect(wrapped).toMatch(/te weinig\s.*reacties/);
    expect(wrapped).not.toMatch(/\d/);
    await page.context().close();
  });

  it('shows the report on /rapport/demo/2026 with zero WCAG 2.1 AA violations', async () => {
    const page = await logInAsStaff(env, 'bestuur@demo.klankbord.nl');
    await page.getByRole('navigation', { name: 'Medewerkers' }).getByRole('link', { name: 'Jaarrapport' }).waitFor();
    await page.goto(`${env.server.url}/rapport/demo/2026`);
    await page.getByRole('heading', { name: 'Samenvatting' }).waitFor();
    expect(await page.getByRole('link', { name: 'Download als pdf' }).getAttribute('href')).toBe(
      '/api/reports/demo/2026/pdf',
    );
    const violations = (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze())
      .violations;
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.context().close();
  });
});
