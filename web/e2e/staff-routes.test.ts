import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium } from '../../api/src/test-support/browser.ts';
import { logInAsStaff, useServerAndBrowser } from './browser-test.ts';

// Callbacks given to page.evaluate run in the browser; the server-side program has no DOM types.
declare const document: any, window: any, NodeFilter: any;

type Role = 'admin' | 'researcher' | 'board' | 'school' | 'steunpunt';

const accounts: Record<Role, string> = {
  admin: 'admin@demo.klankbord.nl',
  researcher: 'onderzoeker@demo.klankbord.nl',
  board: 'bestuur@demo.klankbord.nl',
  school: 'school@demo.klankbord.nl',
  steunpunt: 'steunpunt@demo.klankbord.nl',
};

const year = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Amsterdam', year: 'numeric' }).format(new Date());

/** Every staff route and the roles whose menu leads there (web/src/staff/staff-layout.tsx). */
const routes: { path: string; roles: Role[]; tabs?: boolean }[] = [
  { path: '/staff', roles: ['admin', 'researcher', 'board', 'school', 'steunpunt'] },
  { path: '/staff/analyse', roles: ['admin', 'researcher', 'board', 'school'], tabs: true },
  { path: '/staff/vragenlijsten', roles: ['admin', 'researcher'] },
  { path: '/staff/metingen', roles: ['admin', 'researcher'] },
  { path: '/staff/export', roles: ['researcher'] },
  { path: '/staff/organisatie', roles: ['admin'] },
  { path: '/staff/gebruikers', roles: ['admin'] },
  { path: '/staff/logboek', roles: ['admin'] },
  { path: '/staff/signalen', roles: ['steunpunt'] },
  { path: '/staff/signalen/overzicht', roles: ['admin', 'researcher', 'board', 'steunpunt'] },
  { path: '/staff/acties', roles: ['admin', 'researcher', 'board'] },
  { path: '/staff/coderen', roles: ['researcher'] },
  { path: '/staff/coderen/overeenstemming', roles: ['researcher'] },
  { path: '/staff/coderen/consensus', roles: ['researcher'] },
  { path: '/staff/coderen/ontdekken', roles: ['researcher'] },
  { path: '/staff/coderen/codeboek', roles: ['researcher'] },
  { path: `/rapport/demo/${year}`, roles: ['admin', 'researcher', 'board'] },
  { path: '/staff/api', roles: ['admin', 'researcher', 'board', 'school', 'steunpunt'] },
  { path: '/staff/wachtwoord', roles: ['admin', 'researcher', 'board', 'school', 'steunpunt'] },
];

const viewports = [
  { width: 1366, height: 900 },
  { width: 768, height: 1024 },
];

// Common English words that are no Dutch words: one of them in a staff screen means an untranslated sentence.
const englishWords = new Set(
  (
    'the you your not cannot found error loading please with this that these those which there their they ' +
    'should would could have has been are were will from what when where who why how must only into than ' +
    'then our and for but any some does did failed invalid unknown missing required allowed access denied ' +
    'no yes such request response organisation wave story stories codings rows responses select choose ' +
    'save cancel delete submit search back next previous page retry'
  ).split(' '),
);

/** Visible text of the page, without parts marked as another language (lang="en" on the API reference). */
async function visibleDutchText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || !element.checkVisibility?.()) continue;
      if (['SCRIPT', 'STYLE', 'CODE', 'PRE', 'TEXTAREA'].includes(element.tagName)) continue;
      const lang = element.closest('[lang]')?.getAttribute('lang') ?? 'nl';
      if (!lang.startsWith('nl')) continue;
      parts.push(node.textContent ?? '');
    }
    return parts.join(' ');
  });
}

function englishIn(text: string): string[] {
  const words = text.toLowerCase().match(/[a-z…]+/g) ?? [];
  return [...new Set(words.filter((w) => englishWords.has(w)))];
}

/** Waits until the page shows its heading and every "Bezig met laden…" has given way to content or a message. */
async function settle(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await page
    .getByText('Bezig met laden')
    .first()
    .waitFor({ state: 'hidden', timeout: 5000 })
    .catch(() => undefined);
}

interface Finding {
  where: string;
  problem: string;
}

const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function axeFindings(page: Page, where: string): Promise<Finding[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  return violations.map((v) => ({
    where,
    problem: `axe ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
  }));
}

/** What a person notices at any width: sideways scrolling, English, no way on, endless loading. */
async function layoutFindings(page: Page, where: string): Promise<Finding[]> {
  const findings: Finding[] = [];
  const overflow = await page.evaluate(() => document.scrollingElement.scrollWidth - window.innerWidth);
  if (overflow > 0) findings.push({ where, problem: `page ${overflow}px wider than the window` });
  const english = englishIn(await visibleDutchText(page));
  if (english.length > 0) findings.push({ where, problem: `English words: ${english.join(', ')}` });
  const menu =
    (await page.getByRole('navigation', { name: 'Medewerkers' }).count()) +
    (await page.getByRole('button', { name: 'Menu' }).count());
  const back = await page.getByRole('link', { name: /terug|naar het overzicht|naar de startpagina/i }).count();
  if (menu + back === 0) findings.push({ where, problem: 'no menu and no way back' });
  if (await page.getByText('Bezig met laden').count())
    findings.push({ where, problem: 'still "Bezig met laden…" after the page settled' });
  return findings;
}

async function shoot(page: Page, name: string): Promise<void> {
  // WALK_SHOTS=<folder> keeps a full-page screenshot of every page walked, for a person to look at.
  if (process.env.WALK_SHOTS) await page.screenshot({ path: `${process.env.WALK_SHOTS}/${name}.png`, fullPage: true });
}

/**
 * One route in its own page of the role's context: at 1366 px the layout checks and axe (on every tab),
 * then the same page narrowed to 768 px for the layout checks again. Axe runs at one width only: the
 * markup is the same at both, and axe is most of a walk's time.
 */
async function walkRoute(page: Page, url: string, route: (typeof routes)[number], name: string): Promise<Finding[]> {
  const findings: Finding[] = [];
  await page.setViewportSize(viewports[0]);
  await page.goto(url);
  await settle(page);
  const wide = `${route.path} at ${viewports[0].width}px`;
  findings.push(...(await layoutFindings(page, wide)), ...(await axeFindings(page, wide)));
  await shoot(page, `${name}-${viewports[0].width}`);
  const tabs = page.locator('.tabs button');
  const tabCount = route.tabs ? await tabs.count() : 0;
  for (let i = 1; i < tabCount; i += 1) {
    await tabs.nth(i).click();
    await settle(page);
    const where = `${wide}, tab ${(await tabs.nth(i).textContent()) ?? i}`;
    findings.push(...(await layoutFindings(page, where)), ...(await axeFindings(page, where)));
    await shoot(page, `${name}-tab${i}-${viewports[0].width}`);
  }
  await page.setViewportSize(viewports[1]);
  // The narrow layout checks every tab too: the widest tables sit on the later tabs.
  for (let i = 0; i < Math.max(tabCount, 1); i += 1) {
    if (tabCount > 0) {
      await tabs.nth(i).click();
      await settle(page);
    }
    const narrow = `${route.path} at ${viewports[1].width}px${tabCount > 0 ? `, tab ${(await tabs.nth(i).textContent()) ?? i}` : ''}`;
    findings.push(...(await layoutFindings(page, narrow)));
    await shoot(page, `${name}${tabCount > 0 ? `-tab${i}` : ''}-${viewports[1].width}`);
  }
  return findings;
}

// Pages of one role walked at the same time: most of a page's time is waiting for the server and the
// browser, so a few at once fill two cores without starving each other.
const parallelPages = 3;

describe.skipIf(!hasChromium)('every staff route for every role that reaches it, at 1366 and 768 px', () => {
  const env = useServerAndBrowser();

  // WALK_ROLE=researcher walks one role only (while fixing a screen).
  const roles = (Object.keys(accounts) as Role[]).filter((r) => !process.env.WALK_ROLE || r === process.env.WALK_ROLE);
  it.each(roles)(
    'as %s: no sideways scrolling, no English, axe clean, and a menu or a way back',
    async (role) => {
      const started = Date.now();
      const first = await logInAsStaff(env, accounts[role]);
      const context = first.context();
      const queue = routes.filter((r) => r.roles.includes(role));
      const findings: Finding[] = [];
      const worker = async (page: Page) => {
        for (let route = queue.shift(); route; route = queue.shift()) {
          const t = Date.now();
          const found = await walkRoute(
            page,
            `${env.server.url}${route.path}`,
            route,
            `${role}${route.path.replaceAll('/', '-')}`,
          );
          findings.push(...found);
          if (process.env.WALK_VERBOSE) console.log(role, route.path, Date.now() - t, 'ms', found);
        }
      };
      const pages = [first, ...(await Promise.all(Array.from({ length: parallelPages - 1 }, () => context.newPage())))];
      await Promise.all(pages.map(worker));
      await context.close();
      if (process.env.WALK_VERBOSE) console.log(role, 'walked in', Date.now() - started, 'ms');
      expect(findings).toEqual([]);
    },
    180_000,
  );
});
