/**
 * The production build of the task pane in headless Chromium, in the demo (the simulated Excel injected in
 * place of Office.js), used as a person would: insert, type, paste, see the marks and the findings, click,
 * fix, convert, and read the summary; screenshots at the pane widths Office uses, in both themes (kept in
 * test/browser/artifacts/ for CI), axe on every tab, and the ribbon's Kontroller from a cold start.
 */
import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { StaticServer } from '../../tools/static-server';
import { requireChromium, type Chromium } from '../support/chromium';
import { ARTIFACTS, eventually, insertTemplate, named, okonomi, pasteIn, servedBuild, typeIn } from './support';

const chromiumHere = requireChromium().available;
const TABS = ['Mal', 'Kontroll', 'Sammendrag', 'Send inn', 'Innstillinger'] as const;

let server: StaticServer;
let chromium: Chromium;

beforeAll(async () => {
  if (!chromiumHere) return;
  ({ pages: server, chromium } = await servedBuild());
}, 600_000);

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

async function openDemo(query = '', width = 1280): Promise<{ readonly page: Page; readonly pane: Locator }> {
  const page = await chromium.page(width, 900);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.origin}/demo.html${query}`);
  page.on('close', () => expect(errors).toEqual([]));
  return { page, pane: page.locator('[data-pane]') };
}

/** A report with one finding (C1-01), then each tab of the pane in turn, once its content is there. */
async function everyTab(page: Page, pane: Locator, visit: (tab: (typeof TABS)[number]) => Promise<void>): Promise<void> {
  await insertTemplate(pane);
  await typeIn(page, named('c1_fullfinansierte'), '10');
  await typeIn(page, named('c1_fastrente'), '12');
  for (const tab of TABS) {
    await pane.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
    await pane.getByRole('tabpanel').locator('.fui-Spinner').waitFor({ state: 'detached' });
    if (tab === 'Kontroll') await pane.getByRole('row', { name: 'Forskjell 2' }).waitFor();
    await visit(tab);
  }
}

(chromiumHere ? describe : describe.skip)('the task pane in headless Chromium', () => {
  it('inserts the template for 0502 / 2013; marks and findings follow the typing; a click selects, a fix clears, a conversion counts', async () => {
    const { page, pane } = await openDemo();
    await insertTemplate(pane);
    await expect(page.getByRole('button', { name: '5 Økonomi', exact: true }).isVisible()).resolves.toBe(true);
    await pane.getByRole('tab', { name: /Kontroll/ }).click();
    await pane.getByText('Ingen feil', { exact: true }).waitFor();

    // Typing 10? in a number cell is stopped by the sheet's validation; pasting it is not, and it is marked.
    const full = named('c1_fullfinansierte');
    await typeIn(page, full, '10?');
    await page
      .getByRole('alert')
      .getByText(/Excel godtok ikke verdien/)
      .waitFor();
    const fullCell = await pasteIn(page, full, '10?');
    await expect(fullCell.getAttribute('data-mark')).resolves.toBe('feil');
    await pane.getByText(/«Antall fullfinansierte boligkjøp med startlån» må være et tall, men inneholder «10\?»/).waitFor();

    // A fastrente above the fullfinansierte: both cells marked, both sides and the difference in the pane.
    await typeIn(page, full, '10');
    const fastCell = await typeIn(page, named('c1_fastrente'), '12');
    await pane.getByRole('row', { name: 'Forskjell 2' }).waitFor();
    await expect(fastCell.getAttribute('data-mark')).resolves.toBe('feil');
    await pane.getByText(/«10\?»/).waitFor({ state: 'detached' });

    // Clicking the finding selects its cells: the name box shows where.
    await page.getByRole('navigation', { name: 'Ark' }).getByRole('button', { name: '0 Generelt' }).click();
    await pane.getByRole('region', { name: '2. Rapportering på delmål' }).getByRole('button', { name: 'Vis i arket' }).click();
    await eventually(
      () => page.getByRole('textbox', { name: 'Celle', exact: true }).inputValue(),
      `'${named('c1_fastrente').sheet}'!${full.address}`,
    );

    // Fixing it takes the finding and the marks away.
    await typeIn(page, named('c1_fastrente'), '8');
    await pane.getByRole('row', { name: 'Forskjell 2' }).waitFor({ state: 'detached' });
    await expect(fastCell.getAttribute('data-mark')).resolves.toBeNull();

    // A number written as text: the sheet's sum leaves it out until "Gjør om til tall".
    await typeIn(page, okonomi(0, 'aktivitet'), 'Programledelse');
    await typeIn(page, okonomi(1, 'aktivitet'), 'Kartlegging');
    await typeIn(page, okonomi(1, 'budsjett'), '300 000');
    await pasteIn(page, okonomi(0, 'budsjett'), 'Kr. 800.000');
    const sum = page.locator(`td[data-address="${okonomi('sum', 'budsjett').address}"]`);
    await expect(sum.textContent()).resolves.toBe('300\u00a0000,00');
    await pane.getByRole('button', { name: 'Gjør om til tall' }).click();
    await eventually(() => sum.textContent(), '1\u00a0100\u00a0000,00');
    await pane.getByRole('button', { name: 'Gjør om til tall' }).waitFor({ state: 'detached' });

    // The summary follows the typing.
    await pane.getByRole('tab', { name: 'Sammendrag' }).click();
    const budget = pane.getByRole('region', { name: '5.1 Pr. aktivitet og totalt' }).getByRole('row', { name: /^Budsjett/ });
    await eventually(() => budget.textContent(), 'Budsjett1\u00a0100\u00a0000');
    await typeIn(page, okonomi(1, 'budsjett'), '400 000');
    await eventually(() => budget.textContent(), 'Budsjett1\u00a0200\u00a0000');
    await page.close();
  }, 240_000);

  it.each([
    [270, 'light'],
    [350, 'light'],
    [500, 'light'],
    [350, 'dark'],
  ] as const)(
    'fits %i px in the %s theme, every tab (screenshots in test/browser/artifacts)',
    async (width, theme) => {
      const { page, pane } = await openDemo(`?bredde=${width}${theme === 'dark' ? '&tema=mørk' : ''}`);
      const fits = async (view: string): Promise<void> => {
        // Nothing wider than the pane: no sideways scrolling at any width Office opens it at.
        const overflow = await pane.evaluate((el) => el.scrollWidth - el.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await pane.screenshot({ path: join(ARTIFACTS, `rute-${width}px-${theme}-${view}.png`) });
      };
      // Mal before the insert, the municipality being chosen.
      await pane.getByRole('combobox', { name: /Kommune/ }).fill('Bø');
      await pane.getByRole('listbox', { name: 'Kommune' }).getByRole('option').first().waitFor();
      await fits('mal-valg');
      await everyTab(page, pane, (tab) => fits(tab.toLowerCase().replace(' ', '-')));
      await page.close();
    },
    120_000,
  );

  it.each(['light', 'dark'] as const)(
    'has no serious or critical accessibility violations on any tab (%s theme)',
    async (theme) => {
      const { page, pane } = await openDemo(theme === 'dark' ? '?tema=mørk' : '');
      const violations: string[] = [];
      const audit = async (where: string): Promise<void> => {
        // Fluent's TabList keeps two focusable, aria-hidden <i data-tabster-dummy> that hand the focus on at
        // once; axe counts them as aria-hidden-focus, which Fluent calls by design (microsoft/fluentui#27517)
        // and Accessibility Insights leaves out (microsoft/accessibility-insights-web#7605). So do we.
        const result = await new AxeBuilder({ page }).include('[data-pane]').exclude('[data-tabster-dummy]').analyze();
        violations.push(
          ...result.violations
            .filter((v) => v.impact === 'serious' || v.impact === 'critical')
            .map((v) => `${where}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
        );
      };
      await pane.getByRole('button', { name: 'Sett inn malen' }).waitFor();
      await audit('Mal, tom arbeidsbok');
      await everyTab(page, pane, audit);
      expect(violations).toEqual([]);
      await page.close();
    },
    120_000,
  );

  it('runs Kontroller from the ribbon from a cold start: the status line is written and Office is told it is done', async () => {
    const { page } = await openDemo('?rute=lukket&mal=2013-0502');
    await expect(page.locator('[data-pane]').count()).resolves.toBe(0);
    const button = page.getByRole('group', { name: 'BOSO-rapport' }).getByRole('button', { name: 'Kontroller' });
    await button.click();
    await eventually(() => button.getAttribute('data-completed'), '1');
    const status = (await page.getByRole('status').textContent()) ?? '';
    expect(status).toMatch(/^Kontrollert \d\d\.\d\d\.\d{4} \d\d:\d\d: \d+ feil, (ingen advarsler|\d+ advarsler?)$/);
    await page.getByRole('navigation', { name: 'Ark' }).getByRole('button', { name: '0 Generelt' }).click();
    await expect(page.locator('td', { hasText: status }).count()).resolves.toBe(1);
    await page.close();
  }, 60_000);

  it('runs Kontroller on a workbook without the template: a clear message, nothing changed', async () => {
    const { page } = await openDemo('?rute=lukket');
    const button = page.getByRole('group', { name: 'BOSO-rapport' }).getByRole('button', { name: 'Kontroller' });
    await button.click();
    await eventually(() => button.getAttribute('data-completed'), '1');
    await expect(page.getByRole('status').textContent()).resolves.toMatch(/Sett den inn under Mal/);
    await expect(page.getByText('Arbeidsboken er tom.', { exact: false }).count()).resolves.toBe(1);
    await page.close();
  }, 60_000);

  it('tells an older Excel which version the add-in needs', async () => {
    const { page, pane } = await openDemo('?excel=1.7');
    await pane.getByText(/Excel 2019 eller nyere/).waitFor();
    await expect(pane.getByRole('tab').count()).resolves.toBe(0);
    await page.close();
  }, 60_000);
});
