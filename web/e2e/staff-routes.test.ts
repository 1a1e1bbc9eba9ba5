import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium } from '../../api/src/test-support/browser.ts';
import { logInAsStaff, useServerAndBrowser } from './browser-test.ts';

// Callbacks given to page.evaluate run in the browser; the server-side program has no DOM types.
declare const document: any, window: any, NodeFilter: any, getComputedStyle: any, requestAnimationFrame: any;

type Role = 'admin' | 'researcher' | 'board' | 'school' | 'steunpunt';

const accounts: Record<Role, string> = {
  admin: 'admin@demo.klankbord.nl',
  researcher: 'onderzoeker@demo.klankbord.nl',
  board: 'bestuur@demo.klankbord.nl',
  school: 'school@demo.klankbord.nl',
  steunpunt: 'steunpunt@demo.klankbord.nl',
};

const year = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Amsterdam', year: 'numeric' }).format(new Date());

/**
 * Every staff route and the roles whose menu leads there (web/src/staff/staff-layout.tsx). `slow`: the
 * pages that take longest (the report, the analysis tabs) start first, so they overlap the rest.
 */
const routes: { path: string; roles: Role[]; tabs?: boolean; slow?: boolean }[] = [
  { path: '/staff', roles: ['admin', 'researcher', 'board', 'school', 'steunpunt'] },
  { path: '/staff/analyse', roles: ['admin', 'researcher', 'board', 'school'], tabs: true, slow: true },
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
  { path: `/rapport/demo/${year}`, roles: ['admin', 'researcher', 'board'], slow: true },
  { path: '/staff/api', roles: ['admin', 'researcher', 'board', 'school', 'steunpunt'] },
  { path: '/staff/wachtwoord', roles: ['admin', 'researcher', 'board', 'school', 'steunpunt'] },
];

const viewports = [
  { width: 1366, height: 900 },
  { width: 768, height: 1024 },
] as const;

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
  // What the page does after drawing (a scrolling table gets its tab stop) happens within a frame or two.
  await page.evaluate(
    () => new Promise((done) => window.requestAnimationFrame(() => window.requestAnimationFrame(done))),
  );
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
  if (overflow > 0) {
    // Name the element that sticks out furthest without a child that does, so the finding says what to fix.
    const culprit = await page.evaluate(() => {
      const clipped = (e: any) => {
        // An absolutely placed element escapes the scrolling boxes between it and its containing block.
        if (getComputedStyle(e).position === 'absolute') return false;
        for (let a = e.parentElement; a && a !== document.body; a = a.parentElement)
          if (getComputedStyle(a).overflowX !== 'visible' && a.getBoundingClientRect().right <= window.innerWidth + 0.5)
            return true;
        return false;
      };
      const out = [...document.querySelectorAll('body *')].filter(
        (e: any) => e.getBoundingClientRect().right > window.innerWidth + 0.5 && !clipped(e),
      );
      const leaf: any = out.find((e: any) => !out.some((o: any) => o !== e && e.contains(o))) ?? out[0];
      return leaf
        ? `${leaf.tagName.toLowerCase()}.${[...leaf.classList].join('.')} "${leaf.textContent.slice(0, 40)}"`
        : '';
    });
    findings.push({ where, problem: `page ${overflow}px wider than the window (${culprit})` });
  }
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

interface Task {
  route: (typeof routes)[number];
  /** The tab of a page with tabs (the analysis views), 0 for the first or for a page without. */
  tab: number;
}

/**
 * One route (or one tab of it) in a page of the role's context: at 1366 px the layout checks and axe,
 * then the same page narrowed to 768 px for both again. Axe runs at both widths: at 768 px the menu folds
 * behind its button and tables start to scroll in their own box, which is other markup to check. The first
 * tab of a page with tabs queues the others, so the tabs are walked side by side in the other pages.
 */
async function walkTask(page: Page, url: string, task: Task, name: string, queue: Task[]): Promise<Finding[]> {
  const findings: Finding[] = [];
  await page.setViewportSize(viewports[0]);
  await page.goto(url);
  await settle(page);
  const tabs = page.locator('.tabs button');
  if (task.route.tabs && task.tab === 0)
    for (let i = 1; i < (await tabs.count()); i += 1) queue.unshift({ route: task.route, tab: i });
  let label = '';
  if (task.route.tabs) {
    await tabs.nth(task.tab).click();
    await settle(page);
    label = `, tab ${await tabs.nth(task.tab).textContent()}`;
  }
  const shot = `${name}${task.route.tabs ? `-tab${task.tab}` : ''}`;
  for (const viewport of viewports) {
    await page.setViewportSize(viewport);
    // The page answers a resize on its next frame (a table that starts to scroll becomes focusable then,
    // scrollable-tables.ts); checked before that, a loaded machine saw the table of the narrower page without it.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const where = `${task.route.path} at ${viewport.width}px${label}`;
    findings.push(...(await layoutFindings(page, where)));
    findings.push(...(await axeFindings(page, where)));
    await shoot(page, `${shot}-${viewport.width}`);
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
      const queue: Task[] = routes
        .filter((r) => r.roles.includes(role))
        .sort((a, b) => Number(b.slow ?? false) - Number(a.slow ?? false))
        .map((route) => ({ route, tab: 0 }));
      const findings: Finding[] = [];
      const worker = async (page: Page) => {
        for (let task = queue.shift(); task; task = queue.shift()) {
          const t = Date.now();
          const name = `${role}${task.route.path.replaceAll('/', '-')}`;
          const found = await walkTask(page, `${env.server.url}${task.route.path}`, task, name, queue);
          findings.push(...found);
          if (process.env.WALK_VERBOSE) console.log(role, task.route.path, task.tab, Date.now() - t, 'ms', found);
        }
      };
      const pages = [first, ...(await Promise.all(Array.from({ length: parallelPages - 1 }, () => context.newPage())))];
      // A page that finds tabs queues them while the other pages may have run dry: walk until none is left.
      while (queue.length > 0) await Promise.all(pages.map(worker));
      await context.close();
      if (process.env.WALK_VERBOSE) console.log(role, 'walked in', Date.now() - started, 'ms');
      expect(findings).toEqual([]);
    },
    180_000,
  );

  it('the confirmation dialog, opened, is axe clean and keeps focus on "Annuleren"', async () => {
    const page = await logInAsStaff(env, accounts.admin);
    await page.setViewportSize(viewports[1]);
    await page.goto(`${env.server.url}/staff/gebruikers`);
    await settle(page);
    await page
      .getByRole('button', { name: /uitschakelen$/ })
      .first()
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Annuleren');
    const findings = [
      ...(await axeFindings(page, 'confirmation dialog')),
      ...(await layoutFindings(page, 'confirmation dialog')),
    ];
    await shoot(page, 'admin-confirm-dialog-768');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await page.context().close();
    expect(findings).toEqual([]);
  });

  it('the password reset pages (ask for a link, choose a new password) are axe clean and Dutch', async () => {
    const context = await env.browser.newContext({ viewport: viewports[1] });
    const page = await context.newPage();
    const findings: Finding[] = [];
    // Without SMTP_URL the page says to ask the admin; the form shows when the installation sends mail.
    for (const byEmail of [false, true]) {
      await page.unroute('**/api/auth/password-reset');
      // The installation's answer to "is there mail?" only; the same path also takes the new password (POST).
      if (byEmail)
        await page.route('**/api/auth/password-reset', (route) =>
          route.request().method() === 'GET' ? route.fulfill({ json: { byEmail } }) : route.continue(),
        );
      await page.goto(`${env.server.url}/wachtwoord-vergeten`);
      await settle(page);
      if (byEmail) {
        await page.getByRole('button', { name: 'Stuur de link' }).click();
        await page.getByText('Vul je e-mailadres in.').waitFor();
      }
      const where = `/wachtwoord-vergeten${byEmail ? ' (met e-mail)' : ''}`;
      findings.push(...(await axeFindings(page, where)), ...(await layoutFindings(page, where)));
      await shoot(page, `reset-request${byEmail ? '-mail' : ''}-768`);
    }
    await page.unroute('**/api/auth/password-reset');
    await page.goto(`${env.server.url}/wachtwoord-herstellen#token=onbekend`);
    await settle(page);
    await page.getByLabel('Nieuw wachtwoord (minstens 12 tekens)').fill('een lang genoeg wachtwoord');
    await page.getByLabel('Nieuw wachtwoord nog een keer').fill('een lang genoeg wachtwoord');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Deze link klopt niet');
    findings.push(
      ...(await axeFindings(page, '/wachtwoord-herstellen')),
      ...(await layoutFindings(page, '/wachtwoord-herstellen')),
    );
    await shoot(page, 'reset-set-768');
    await context.close();
    expect(findings).toEqual([]);
  });
});
