import { chromiumPath, hasChromium as chromiumInstalled, launchBrowser } from '../report/chromium.ts';

// The launch logic lives with the product (PDF reports); tests use the same browser.
export { chromiumPath, launchBrowser };

/** Whether Debian's Chromium is installed; browser tests are skipped with a message when it is not. */
export const hasChromium = chromiumInstalled();
