import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium } from '../../api/src/test-support/browser.ts';
import { logInAsStaff, useServerAndBrowser } from './browser-test.ts';
import { expectNoAxeViolations } from './respondent-support.ts';

// Callbacks given to page.evaluate run in the browser; the server-side program has no DOM types.
declare const document: any;

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

describe.skipIf(!hasChromium)('steunpunt signals and actions in a real browser', () => {
  const env = useServerAndBrowser();

  it('registers two signals with the keyboard only, each in under 30 seconds, with the note redacted', async () => {
    const page = await logInAsStaff(env, 'steunpunt@demo.klankbord.nl');
    await page
      .getByRole('navigation', { name: 'Medewerkers' })
      .getByRole('link', { name: 'Signaal registreren' })
      .click();
    await page.getByRole('heading', { name: 'Signaal registreren' }).waitFor();
    await expect.poll(() => focusedId(page)).toBe('signal-date');
    const shortcut = (name: string) => page.getByRole('checkbox', { name }).getAttribute('aria-keyshortcuts');
    const [pas, ovg, vei] = await Promise.all([
      shortcut('Passend onderwijs en ondersteuning'),
      shortcut('Overgangen en schooladvies'),
      shortcut('Veiligheid en pesten'),
    ]);
    const before = await env.server.database.db
      .selectFrom('signals')
      .select((eb) => eb.fn.max('id').as('id'))
      .executeTakeFirstOrThrow();
    const status = page.getByRole('status');

    // 1: today, e-mail, ouder, po, the first po school, two themes by shortcut, referred to school, a note.
    let started = Date.now();
    await page.keyboard.press('Tab'); // date stays today
    await page.keyboard.press('ArrowRight'); // telefoon → e-mail
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab'); // ouder stays
    await page.keyboard.press('ArrowRight'); // onbekend → po
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown'); // first po school
    await page.keyboard.press('Tab');
    await page.keyboard.press(pas!.toLowerCase());
    await page.keyboard.press(ovg!.toLowerCase());
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowRight'); // beantwoord → doorverwezen naar school
    await page.keyboard.press('Tab');
    await page.keyboard.type('Moeder van Daan, bel terug op 06-12345678');
    await page.keyboard.press('Enter');
    await expect.poll(() => status.textContent()).toContain('Opgeslagen (1 deze sessie)');
    expect(Date.now() - started, 'first entry in ms').toBeLessThan(30_000);
    expect(await status.textContent()).not.toContain('Daan');
    expect(await focusedId(page)).toBe('signal-date');
    expect(await page.getByRole('radio', { name: 'E-mail' }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: 'po' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { checked: true }).count()).toBe(0);

    // 2: a date typed over today, channel and sector kept from the last entry, a young person, one theme.
    started = Date.now();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('15-09-2025');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowRight'); // e-mail → oudercafé
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowRight'); // ouder → jongere
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab'); // sector po kept
    await page.keyboard.press('Tab'); // no school
    await page.keyboard.press(vei!.toLowerCase());
    await page.keyboard.press('Enter');
    await expect.poll(() => status.textContent()).toContain('Opgeslagen (2 deze sessie)');
    expect(Date.now() - started, 'second entry in ms').toBeLessThan(30_000);

    const rows = await env.server.database.db
      .selectFrom('signals')
      .leftJoin('schools', 'schools.id', 'signals.school_id')
      .select([
        'signals.signalled_on',
        'signals.channel',
        'signals.asker_role',
        'signals.sector',
        'schools.sector as school_sector',
        'signals.themes',
        'signals.outcome',
        'signals.note',
      ])
      .where('signals.id', '>', Number(before.id))
      .orderBy('signals.id')
      .execute();
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
    expect(rows).toEqual([
      {
        signalled_on: today,
        channel: 'e-mail',
        asker_role: 'ouder',
        sector: 'po',
        school_sector: 'po',
        themes: ['PAS', 'OVG'],
        outcome: 'doorverwezen_school',
        note: 'Moeder van [NAAM], bel terug op [TELEFOON]',
      },
      {
        signalled_on: '2025-09-15',
        channel: 'oudercafe',
        asker_role: 'jongere',
        sector: 'po',
        school_sector: null,
        themes: ['VEI'],
        outcome: 'beantwoord',
        note: null,
      },
    ]);
    await expectNoAxeViolations(page, 'signal entry after two saves');

    await page.getByRole('link', { name: 'Naar het overzicht' }).click();
    await page.getByRole('table', { name: /Thema's per kwartaal/ }).waitFor();
    await page.getByRole('cell', { name: '[NAAM]', exact: false }).first().waitFor();
    await expectNoAxeViolations(page, 'signals overview');
    await page.context().close();
  });

  it('lets a board member add an action and set it to klaar', async () => {
    const page = await logInAsStaff(env, 'bestuur@demo.klankbord.nl');
    await page.getByRole('navigation', { name: 'Medewerkers' }).getByRole('link', { name: 'Acties' }).click();
    await page.getByRole('heading', { name: 'Jullie zeiden, wij deden' }).waitFor();
    await page.getByLabel('Thema', { exact: true }).selectOption({ label: 'Overgangen en schooladvies' });
    await page.getByLabel('Wat gaan we doen?').fill('Koffieochtend overstap po-vo');
    await page.getByLabel('Eigenaar (functie of team)').fill('Beleidsmedewerker');
    await page.getByRole('button', { name: 'Actie toevoegen' }).click();
    const row = page.getByRole('row', { name: /Koffieochtend overstap po-vo/ });
    await row.waitFor();
    await row.getByLabel('Status').selectOption('klaar');
    await row.getByLabel('Evaluatie').fill('Goed bezocht, volgend jaar weer.');
    await row.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => page.getByText('Actie bijgewerkt.').count()).toBe(1);
    const stored = await env.server.database.db
      .selectFrom('actions')
      .select(['theme_code', 'title', 'status', 'evaluation'])
      .where('title', 'like', 'Koffieochtend%')
      .execute();
    expect(stored).toEqual([
      {
        theme_code: 'OVG',
        title: 'Koffieochtend overstap po-vo',
        status: 'klaar',
        evaluation: 'Goed bezocht, volgend jaar weer.',
      },
    ]);
    expect(
      await page
        .getByRole('row', { name: /Koffieochtend overstap po-vo/ })
        .getByLabel('Status')
        .inputValue(),
    ).toBe('klaar');
    await expectNoAxeViolations(page, 'actions page');
    await page.context().close();
  });
});
