// Bytes a 390 px phone transfers for the public results page (issue 17), against /verwijderen, measured
// with Chromium's own network log (encodedDataLength: as sent, compressed). A quick check beside bench:phone.
import { launchBrowser } from '../src/test-support/browser.ts';
import { startTestServer } from '../src/test-support/test-server.ts';

const server = await startTestServer();
const browser = await launchBrowser();
try {
  for (const path of ['/resultaten/demo/2025', '/resultaten/demo/2025/91AA00', '/verwijderen']) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    let bytes = 0;
    let requests = 0;
    cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => {
      bytes += e.encodedDataLength;
      requests++;
    });
    await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
    console.log(`${path}\t${(bytes / 1024).toFixed(1)} KB\t${requests} requests`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
