import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { hasChromium } from '../../api/src/test-support/browser.ts';
import { logInAsStaff, useServerAndBrowser } from './browser-test.ts';
import { expectNoAxeViolations } from './respondent-support.ts';

describe.skipIf(!hasChromium)('a researcher exports an anonymised data set, in a real browser', () => {
  const env = useServerAndBrowser();

  it('starts an export, follows it to the end, reads what was hidden, and downloads the ZIP', async () => {
    const page = await logInAsStaff(env, 'onderzoeker@demo.klankbord.nl');
    await page.getByRole('link', { name: 'Export' }).click();
    await page.getByRole('heading', { name: 'Dataset exporteren' }).waitFor();
    await page.getByRole('button', { name: 'Export starten' }).waitFor();
    await expectNoAxeViolations(page, 'the export form');

    await page.getByLabel(/Verhalen meenemen/).check();
    await page.getByRole('button', { name: 'Export starten' }).click();
    await page.getByText('Klaar.').waitFor({ timeout: 60_000 });
    // The summary names the smallest group the export kept: at least k (5), whatever the proposed set gives.
    const achieved = page.getByText(/minimum groepsgrootte \d+/);
    expect(await achieved.count()).toBe(1);
    expect(
      Number(/minimum groepsgrootte (\d+)/.exec((await achieved.textContent()) ?? '')?.[1]),
    ).toBeGreaterThanOrEqual(5);
    await expectNoAxeViolations(page, 'the finished export');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'ZIP downloaden', exact: true }).click(),
    ]);
    const zip = await readFile((await download.path()) as string);
    expect(zip.subarray(0, 4).toString('hex')).toBe('504b0304'); // "PK\3\4": a ZIP file
    expect(zip.includes(Buffer.from('responses.csv'))).toBe(true);
    expect(zip.includes(Buffer.from('disclosure-report.json'))).toBe(true);

    // After a reload the export is still there to download, in the list of earlier exports.
    await page.reload();
    await page.getByRole('link', { name: /^ZIP downloaden \(export \d+\)$/ }).waitFor();
    await expectNoAxeViolations(page, 'the list of earlier exports');

    const audit = await env.server.database.db.selectFrom('audit_log').select('action').execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['export.requested', 'export.downloaded']));
    await page.context().close();
  });
});
