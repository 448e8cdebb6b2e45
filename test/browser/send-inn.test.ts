/**
 * Send inn in headless Chromium: the production build of the demo (the simulated Excel in place of Office.js)
 * against the real collection server on loopback (SQLite in a temporary file) that allows the page's origin.
 * The browser makes the CORS preflight itself (a bearer token is not a simple header); a page from an origin
 * the server does not allow is refused by the browser. Screenshot of the receipt in test/browser/artifacts/.
 */
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { StaticServer } from '../../tools/static-server';
import { fullReport } from '../fixtures/full-report';
import { listen, reportForYear, seed, testServer, type TestServer } from '../server/helpers/server';
import { requireChromium, type Chromium } from '../support/chromium';
import { ARTIFACTS, eventually, insertTemplate, named, servedBuild, tableAt, typeIn } from './support';

const chromiumHere = requireChromium().available;

let pages: StaticServer;
let server: TestServer;
let endpoint: string;
let chromium: Chromium;

beforeAll(async () => {
  if (!chromiumHere) return;
  ({ pages, chromium } = await servedBuild());
  server = await testServer({ allowedOrigins: [pages.origin] });
  endpoint = await listen(server);
}, 600_000);

afterAll(async () => {
  await chromium?.close();
  await server?.close();
  await pages?.close();
});

async function openDemo(origin: string): Promise<{ readonly page: Page; readonly pane: Locator }> {
  const page = await chromium.page(1280, 900);
  await page.goto(`${origin}/demo.html`);
  return { page, pane: page.locator('[data-pane]') };
}

async function connect(pane: Locator, token: string): Promise<void> {
  await pane.getByRole('tab', { name: 'Innstillinger' }).click();
  await pane.getByRole('textbox', { name: /Adressen til innsamlingstjenesten/ }).fill(endpoint);
  await pane.getByLabel(/Kommunens token/).fill(token);
  await pane.getByRole('button', { name: 'Lagre' }).click();
  await pane.getByRole('button', { name: 'Test tilkobling' }).click();
}

const text = (value: unknown): string => (typeof value === 'number' ? String(value) : String(value ?? ''));

/** The whole of fullReport() typed in, cell by cell, as the economist would. */
async function typeReport(page: Page): Promise<void> {
  const report = fullReport();
  for (const [field, value] of Object.entries(report.values)) {
    if (value === '' || field === 'kommunenummer' || field === 'rapporteringsar') continue;
    await typeIn(page, named(field), text(value));
  }
  for (const [table, rows] of Object.entries(report.tables)) {
    for (const [row, cells] of rows.entries()) {
      for (const [column, value] of Object.entries(cells)) if (value !== '') await typeIn(page, tableAt(table, row, column), text(value));
    }
  }
}

(chromiumHere ? describe : describe.skip)('Send inn in headless Chromium against the server on loopback', () => {
  it('tests the connection, refuses while feil remain, sends, shows the receipt, and sees a change (screenshot of the receipt)', async () => {
    const { page, pane } = await openDemo(pages.origin);
    await insertTemplate(pane);
    await connect(pane, server.gjovik);
    await pane.getByText('Tilkoblingen virker. Tokenet gjelder kommune 0502.').waitFor();

    await pane.getByRole('tab', { name: 'Send inn' }).click();
    await pane.getByText(/Rapporten kan ikke sendes inn før/).waitFor();
    await expect(pane.getByRole('button', { name: 'Send inn' }).count()).resolves.toBe(0);

    await typeReport(page);
    await pane.getByText('Kontrollen fant ingen feil. Rapporten kan sendes inn til Husbanken.').waitFor({ timeout: 30_000 });
    await pane.getByRole('button', { name: 'Send inn' }).click();
    const receipt = pane.locator('[data-receipt]');
    await receipt.getByText(/Husbanken tok imot versjon 1/).waitFor();
    await pane.screenshot({ path: join(ARTIFACTS, 'send-inn-kvittering.png') });
    await page.getByRole('navigation', { name: 'Ark' }).getByRole('button', { name: '0 Generelt' }).click();
    await page.locator('td', { hasText: /^Sendt inn \d\d\.\d\d\.\d{4} \d\d:\d\d, versjon 1$/ }).waitFor();
    await expect(pane.getByRole('button', { name: 'Send inn' }).isDisabled()).resolves.toBe(true);

    await typeIn(page, named('c1_bostotte'), '420');
    await pane.getByText(/Endret etter innsending/).waitFor();
    await pane.getByRole('button', { name: 'Send inn' }).click();
    await receipt.getByText(/Husbanken tok imot versjon 2/).waitFor();
    // The server's history rule (HIS-02: a second version of the same report), which the add-in cannot check.
    await receipt.getByText('Husbanken la til disse advarslene:').waitFor();
    expect((await server.store.submissions({ kommunenummer: '0502', ar: 2013 })).length).toBe(2);
    await page.close();
  }, 300_000);

  it('says a token for another municipality is refused, and a page from an origin the server does not allow cannot reach it', async () => {
    const { page, pane } = await openDemo(pages.origin);
    await insertTemplate(pane);
    await connect(pane, await server.token('0301'));
    await pane.getByText('Tokenet gjelder kommune 0301, men rapporten i arbeidsboken er for 0502. Bruk tokenet til kommunen rapporten gjelder.').waitFor();
    await page.close();

    // The same page from localhost instead of 127.0.0.1: another origin, refused at the preflight.
    const other = await openDemo(pages.origin.replace('127.0.0.1', 'localhost'));
    await insertTemplate(other.pane);
    await connect(other.pane, server.gjovik);
    await other.pane.getByText(/Får ikke kontakt med innsamlingstjenesten/).waitFor();
    await other.page.close();
  }, 120_000);

  it('fills last year\'s numbers, and asks again about a cell typed into after the list was shown', async () => {
    const lastYear = reportForYear(fullReport(), 2012);
    await seed(server.store, { ...lastYear, values: { ...lastYear.values, h11_a_status3112: 20, h11_b_status3112: 15 } });
    const { page, pane } = await openDemo(pages.origin);
    await insertTemplate(pane);
    await connect(pane, server.gjovik);
    await pane.getByRole('tab', { name: 'Send inn' }).click();
    await pane.getByRole('button', { name: 'Hent fjorårets tall' }).click();
    await pane.getByText(/celler fylles inn:/).waitFor();

    const typed = await typeIn(page, named('h11_a_status0101'), '7');
    await pane.getByRole('button', { name: 'Skriv inn', exact: true }).click();
    await pane.getByText(/Arket er endret siden listen ble laget, og ingenting er skrevet inn/).waitFor();
    await pane.getByText(/erstatter 7/).waitFor();
    await pane.getByRole('button', { name: 'Bare tomme celler' }).click();
    await pane.getByText(/fylt inn\. Angre i Excel/).waitFor();
    await expect(typed.textContent()).resolves.toBe('7');
    const b = page.locator(`td[data-address="${named('h11_b_status0101').address}"]`);
    await eventually(() => b.textContent(), '15');
    await page.close();
  }, 120_000);
});
