import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** What to tell someone whose machine has no Chromium for PDF output. */
export const chromiumMissingMessage =
  'Chromium is not installed: run `apt-get install -y chromium` (Debian) or set CHROMIUM_PATH';

/** Whether the headless Chromium for PDF output (and browser tests) is installed. */
export function hasChromium(): boolean {
  return existsSync(chromiumPath);
}

/** Headless Debian Chromium with the flags this network needs (no background requests, no sandbox as root). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** Prints a standalone HTML document to an A4 PDF; the document's own @page rules set margins and page numbers. */
export async function renderPdf(html: string): Promise<Buffer> {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    // The report loads nothing from elsewhere; block any request so printing never waits on the network.
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    // Tagged: headings, tables and lists reach screen readers; outline: the sections as PDF bookmarks.
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      tagged: true,
      outline: true,
    });
  } finally {
    await browser.close();
  }
}
