/** What the browser tests do in the demo as a user would: where the template's cells are, typing, pasting, inserting. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { buildLayoutPlan } from '../../src/report/layout/build-plan';
import { arsrapport2013 } from '../../src/report/templates/arsrapport-2013';
import { serveFolder, type StaticServer } from '../../tools/static-server';
import { launchChromium, type Chromium } from '../support/chromium';
import { buildWeb } from '../support/web-build';

/** Screenshots, kept for CI. */
export const ARTIFACTS = join(__dirname, 'artifacts');

/** The production build served on loopback, and Chromium: what a browser test's `beforeAll` starts. */
export async function servedBuild(): Promise<{ readonly pages: StaticServer; readonly chromium: Chromium }> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const build = await buildWeb();
  if (build.errors.length > 0) throw new Error(build.errors.join('\n'));
  return { pages: await serveFolder(join(build.dir, 'web')), chromium: await launchChromium() };
}

const plan = buildLayoutPlan(arsrapport2013, { year: 2013 });

/** Where a field's defined name points. */
export function named(field: string): { readonly sheet: string; readonly address: string } {
  const name = plan.names.find((n) => n.name === `BOSO_${field}`);
  if (name === undefined) throw new Error(`Planen har ikke BOSO_${field}`);
  return name;
}

/** A cell of one of the template's tables: a 0-based body row, or its total row. */
export function tableAt(tableId: string, row: number | 'sum', column: string): { readonly sheet: string; readonly address: string } {
  const sheet = plan.sheets.find((s) => s.tables.some((t) => t.tableId === tableId));
  const table = sheet?.tables.find((t) => t.tableId === tableId);
  const letter = table?.columns.find((c) => c.id === column)?.column;
  if (sheet === undefined || table === undefined || letter === undefined) throw new Error(`Ingen kolonne ${column} i ${tableId}`);
  return { sheet: sheet.name, address: `${letter}${row === 'sum' ? table.totalRow : table.firstDataRow + row}` };
}

/** A cell of the economy table: a 0-based body row, or its total row. */
export const okonomi = (row: number | 'sum', column: string): { readonly sheet: string; readonly address: string } => tableAt('okonomi', row, column);

/** Waits until `read` gives `expected` (the pane follows a change after a debounce and a read). */
export async function eventually<T>(read: () => Promise<T>, expected: T, timeout = 15_000): Promise<void> {
  const end = Date.now() + timeout;
  let last = await read();
  while (last !== expected && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await read();
  }
  expect(last).toBe(expected);
}

export async function insertTemplate(pane: Locator): Promise<void> {
  await pane.getByRole('combobox', { name: 'Rapporteringsår' }).selectOption('2013');
  await pane.getByRole('combobox', { name: /Kommune/ }).fill('0502');
  await pane.getByRole('option', { name: '0502 Gjøvik' }).click();
  await pane.getByRole('button', { name: 'Sett inn malen' }).click();
  await pane.getByText('Arbeidsboken har allerede årsrapporten for 2013 for 0502 Gjøvik.').waitFor();
}

async function goTo(page: Page, at: { readonly sheet: string; readonly address: string }): Promise<Locator> {
  await page.getByRole('navigation', { name: 'Ark' }).getByRole('button', { name: at.sheet, exact: true }).click();
  const cell = page.locator(`td[data-address="${at.address}"]`);
  await cell.click();
  return cell;
}

/** Types into a cell through the formula bar and presses Enter, as in Excel. */
export async function typeIn(page: Page, at: { readonly sheet: string; readonly address: string }, text: string): Promise<Locator> {
  const cell = await goTo(page, at);
  await page.getByRole('textbox', { name: 'Innhold i cellen' }).fill(text);
  await page.getByRole('textbox', { name: 'Innhold i cellen' }).press('Enter');
  return cell;
}

/** Pastes text from elsewhere (Word, another workbook) into a cell: paste skips Excel's data validation. */
export async function pasteIn(page: Page, at: { readonly sheet: string; readonly address: string }, text: string): Promise<Locator> {
  const cell = await goTo(page, at);
  await page.locator('section[aria-label="Arbeidsbok"] [role="region"]').evaluate((grid, pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    grid.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
  return cell;
}

