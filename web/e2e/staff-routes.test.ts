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

async function settle(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  // A page may still be drawing what it fetched; loading text must give way to content or a message.
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

async function check(page: Page, where: string): Promise<Finding[]> {
  const findings: Finding[] = [];
  const overflow = await page.evaluate(() => document.scrollingElement.scrollWidth - window.innerWidth);
  if (overflow > 0) findings.push({ where, problem: `page ${overflow}px wider than the window` });
  const english = englishIn(await visibleDutchText(page));
  if (english.length > 0) findings.push({ where, problem: `English words: ${english.join(', ')}` });
  const violations = (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze())
    .violations;
  for (const v of violations)
    findings.push({ where, problem: `axe ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}` });
  const menu =
    (await page.getByRole('navigation', { name: 'Medewerkers' }).count()) +
    (await page.getByRole('button', { name: 'Menu' }).count());
  const back = await page.getByRole('link', { name: /terug|naar het overzicht|naar de startpagina/i }).count();
  if (menu + back === 0) findings.push({ where, problem: 'no menu and no way back' });
  if (await page.getByText('Bezig met laden').count())
    findings.push({ where, problem: 'still "Bezig met laden…" after the page settled' });
  return findings;
}

// Opt-in (STAFF_ROUTE_WALK=1) until the findings it still reports are fixed: issue 16 stays open with the
// list (English in the API reference and elsewhere, axe findings, overflow at 768 px). A walk takes about
// five minutes per role on two cores, so it also needs its own time budget before it joins the suite.
describe.skipIf(!hasChromium || !process.env.STAFF_ROUTE_WALK)(
  'every staff route for every role that reaches it, at 1366 and 768 px',
  () => {
    const env = useServerAndBrowser();

    // WALK_ROLE=researcher walks one role only (while fixing a screen).
    const roles = (Object.keys(accounts) as Role[]).filter(
      (r) => !process.env.WALK_ROLE || r === process.env.WALK_ROLE,
    );
    it.each(roles)(
      'as %s: no sideways scrolling, no English, axe clean, and a menu or a way back',
      async (role) => {
        const page = await logInAsStaff(env, accounts[role]);
        const findings: Finding[] = [];
        for (const viewport of viewports) {
          await page.setViewportSize(viewport);
          for (const route of routes.filter((r) => r.roles.includes(role))) {
            await page.goto(`${env.server.url}${route.path}`);
            await settle(page);
            const where = `${route.path} at ${viewport.width}px`;
            const started = Date.now();
            findings.push(...(await check(page, where)));
            if (process.env.WALK_VERBOSE) console.log(where, Date.now() - started, 'ms', findings.slice(-3));
            // WALK_SHOTS=<folder> keeps a screenshot of every page walked, for a person to look at.
            if (process.env.WALK_SHOTS)
              await page.screenshot({
                path: `${process.env.WALK_SHOTS}/${role}${route.path.replaceAll('/', '-')}-${viewport.width}.png`,
              });
            if (!route.tabs) continue;
            const tabs = page.locator('.tabs button');
            for (let i = 1; i < (await tabs.count()); i += 1) {
              await tabs.nth(i).click();
              await page.waitForLoadState('networkidle');
              findings.push(...(await check(page, `${where}, tab ${(await tabs.nth(i).textContent()) ?? i}`)));
            }
          }
        }
        await page.context().close();
        expect(findings).toEqual([]);
      },
      600_000,
    );
  },
);
