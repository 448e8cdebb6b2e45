/**
 * Husbanken's overview page as built for production (the project's webpack config), served by the
 * server on loopback from a seeded database, in Debian's Chromium: log in, see the year, open a report,
 * compare two versions, open the national view, print to PDF. Screenshots and the PDF are kept in
 * test/browser/artifacts for CI.
 */
import AxeBuilder from '@axe-core/playwright';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { loadOverviewPage } from '../../src/server/overview-page';
import { sha256Hex } from '../../src/server/tokens';
import { arsrapport2013 } from '../../src/report/templates/arsrapport-2013';
import { readXlsx } from '../../src/workbook/read-xlsx';
import { HOSTILE_TEXT, seedYear } from '../server/helpers/seed-year';
import { listen, testServer, type TestServer } from '../server/helpers/server';
import { launchChromium, requireChromium, type Chromium } from '../support/chromium';
import { pdfPages } from '../support/pdf-text';
import { buildWeb, type WebBuild } from '../support/web-build';

const ARTIFACTS = join(__dirname, '..', 'browser', 'artifacts');
const browser = requireChromium().available ? describe : describe.skip;
// A browser test waits for the page; the build before them takes the first minutes.
jest.setTimeout(90_000);

/** Text as a PDF holds it, without the spaces kerning puts between letters. */
const compact = (text: string): string => text.replace(/\s+/g, '');

browser('the overview page in Chromium', () => {
  let build: WebBuild;
  let server: TestServer;
  let base: string;
  let chromium: Chromium;
  let seeded: Awaited<ReturnType<typeof seedYear>>;
  /** Scripts the browser fetched, and what the page said on its console (CSP refusals among it). */
  const requested: string[] = [];
  const complaints: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    build = await buildWeb();
    expect(build.errors).toEqual([]);
    const page = loadOverviewPage(join(build.dir, 'web'));
    server = await testServer({ ...(page ? { page } : {}) });
    seeded = await seedYear(server);
    // The page reads the year from the browser's clock; the server judges deadlines by its own.
    base = await listen(server);
    chromium = await launchChromium();
    chromium.context.on('request', (request) => {
      if (request.url().endsWith('.js')) requested.push(request.url().split('/').pop() ?? '');
    });
  }, 300_000);

  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });

  async function open(url: string): Promise<Page> {
    const page = await chromium.page(1280, 900);
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') complaints.push(message.text());
    });
    page.on('pageerror', (error) => complaints.push(error.message));
    await page.goto(`${base}${url}`);
    return page;
  }

  async function loggedIn(url: string): Promise<Page> {
    const page = await open('/oversikt/?ar=2013');
    await page.getByLabel('Admin-token').fill(server.admin);
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.getByText(/av 4 kommuner har levert/).waitFor();
    if (url !== '/oversikt/?ar=2013') {
      await page.goto(`${base}${url}`);
    }
    return page;
  }

  async function expectAccessible(page: Page, name: string): Promise<void> {
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect([name, serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)]).toEqual([name, []]);
  }

  const shot = (page: Page, name: string) => page.screenshot({ path: join(ARTIFACTS, `oversikt-${name}.png`), fullPage: true });

  it('is served with a policy that allows its own scripts and nonce styles only', async () => {
    const response = await fetch(`${base}/oversikt/`);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toMatch(/script-src 'self'; style-src 'self' 'nonce-[A-Za-z0-9+/=]{24}'/);
    expect(policy).not.toMatch(/unsafe/);
    const again = await fetch(`${base}/oversikt/`);
    expect(again.headers.get('content-security-policy')).not.toBe(policy);
    expect((await fetch(`${base}/oversikt?ar=2013`, { redirect: 'manual' })).headers.get('location')).toBe('/oversikt/?ar=2013');
  });

  it('refuses a municipality token in words, and keeps Husbanken’s token in this tab only', async () => {
    const page = await open('/oversikt/?ar=2013');
    await expectAccessible(page, 'innlogging');
    await shot(page, 'innlogging');
    await page.getByLabel('Admin-token').fill(server.gjovik);
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.getByText('Dette er et kommunetoken.').waitFor();
    await page.getByLabel('Admin-token').fill(server.admin);
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.getByRole('heading', { name: 'Årsrapporter for 2013' }).waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('boso-oversikt-token'))).toBe(server.admin);
    expect(await chromium.context.cookies()).toEqual([]);
    await page.reload();
    await page.getByRole('heading', { name: 'Årsrapporter for 2013' }).waitFor();
    const other = await open('/oversikt/?ar=2013');
    await other.getByLabel('Admin-token').waitFor();
    await page.getByRole('button', { name: 'Logg ut' }).click();
    await page.getByLabel('Admin-token').waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('boso-oversikt-token'))).toBeNull();
  });

  it('asks for the token again, saying why, when the server stops taking it', async () => {
    const token = await server.token(null);
    const page = await open('/oversikt/?ar=2013');
    await page.getByLabel('Admin-token').fill(token);
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.getByText(/av 4 kommuner har levert/).waitFor();
    const record = await server.store.tokenByHash(sha256Hex(token));
    expect(await server.store.revokeToken(record?.id ?? '', new Date())).toBe(true);
    await page.getByLabel('Rapporteringsår').selectOption('2012');
    await page.getByText('Serveren tar ikke lenger imot tokenet').waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('boso-oversikt-token'))).toBeNull();
  });

  it('shows the year: who has delivered, who has not, who was late, sorted and filtered', async () => {
    const page = await loggedIn('/oversikt/?ar=2013');
    await page.getByText('3 av 4 kommuner har levert.').waitFor();
    await page.getByText('Frist: 28.02.2014').waitFor();
    await page.getByText('1 rapport kom etter fristen.').waitFor();
    const rows = page.getByRole('table').locator('tbody tr');
    const names = () => rows.locator('th').allInnerTexts();
    expect(await names()).toEqual(['0301 Oslo – Alna', '0301 Oslo – Frogner', '0403 Hamar', '0501 Lillehammer', '0502 Gjøvik']);
    await expect(rows.filter({ hasText: 'Lillehammer' }).getByText('Ikke levert').count()).resolves.toBe(1);
    await expect(rows.filter({ hasText: 'Hamar' }).getByText('Etter fristen').count()).resolves.toBe(1);
    await expectAccessible(page, 'år');
    await shot(page, 'ar');

    await page.getByRole('button', { name: 'Status' }).click();
    expect((await names())[0]).toBe('0501 Lillehammer');
    expect(await page.getByRole('columnheader', { name: /Status/ }).getAttribute('aria-sort')).toBe('ascending');
    await page.getByLabel('Søk etter kommune eller bydel').fill('alna');
    expect(await names()).toEqual(['0301 Oslo – Alna']);
    await page.getByLabel('Søk etter kommune eller bydel').fill('');
    await page.getByLabel('Vis', { exact: true }).selectOption('mangler');
    expect(await names()).toEqual(['0501 Lillehammer']);
  });

  it('opens a report from the year, at an address that can be bookmarked, with every section of the form', async () => {
    const page = await loggedIn('/oversikt/?ar=2013');
    await page.getByRole('link', { name: '0502 Gjøvik' }).click();
    await page.getByRole('heading', { name: 'Årsrapport 2013 – Gjøvik (0502)' }).waitFor();
    expect(new URL(page.url()).search).toBe(`?rapport=${seeded.gjovik2.id}`);
    await page.reload();
    await page.getByRole('heading', { name: 'Årsrapport 2013 – Gjøvik (0502)' }).waitFor();
    const sections = await page.getByRole('heading', { level: 2 }).allInnerTexts();
    expect(sections).toEqual(expect.arrayContaining(arsrapport2013.sections.map((s) => s.title)));
    const total = page.getByRole('table', { name: '5.1 Pr. aktivitet og totalt' }).locator('tfoot');
    expect(await total.innerText()).toMatch(/3\u00a0604\u00a0248/);
    await page.getByText('Versjon 2 · Mottatt 05.03.2014 11:00').waitFor();
    await page.getByText('GEN-09').waitFor();
    await expectAccessible(page, 'rapport');
    await shot(page, 'rapport');
  });

  it('shows what changed between two versions, field by field', async () => {
    const page = await loggedIn(`/oversikt/?rapport=${seeded.gjovik2.id}`);
    await page.getByLabel('Sammenlign med versjon').selectOption(seeded.gjovik1.id);
    await page.getByRole('link', { name: 'Vis endringer' }).click();
    await page.getByRole('heading', { name: 'Endringer fra versjon 1 til versjon 2' }).waitFor();
    expect(new URL(page.url()).search).toBe(`?rapport=${seeded.gjovik2.id}&mot=${seeded.gjovik1.id}`);
    const changes = page.getByRole('table', { name: 'Felt som er endret fra versjon 1 til 2' });
    expect(await changes.getByRole('row').allInnerTexts()).toEqual([
      'Felt\tVersjon 1\tVersjon 2',
      'Telefon\t61 18 94 00 / 952 34 567\t123',
      'Antall fullfinansierte boligkjøp med startlån\t20\t25',
    ]);
    await expectAccessible(page, 'endringer');
    await shot(page, 'endringer');
  });

  it('shows a report’s hostile text as text: no element, no script', async () => {
    const page = await loggedIn(`/oversikt/?rapport=${seeded.hamar1.id}`);
    await page.getByText(HOSTILE_TEXT).waitFor();
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('main img, main script').count()).toBe(0);
  });

  it('draws the national totals, loading the charts only there, each chart with its table', async () => {
    const page = await loggedIn(`/oversikt/?rapport=${seeded.gjovik2.id}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const isChart = (file: string): boolean => {
      const license = join(build.dir, 'web', `${file}.LICENSE.txt`);
      return existsSync(license) && readFileSync(license, 'utf8').includes('Chart.js');
    };
    expect(requested.filter(isChart)).toEqual([]);
    await page.getByRole('link', { name: 'Nasjonale tall' }).click();
    await page.getByRole('heading', { name: 'Nasjonale tall for 2013' }).waitFor();
    await page.locator('canvas').first().waitFor();
    expect(requested.filter(isChart)).toHaveLength(1);
    const charts = await page.locator('canvas[role="img"]').count();
    const tables = await page.getByRole('table').count();
    expect([charts, tables]).toEqual([5, 5]);
    const c1 = page.getByRole('table', { name: 'C.1 Økonomiske virkemidler' });
    expect(await c1.getByRole('row', { name: /Antall fullfinansierte boligkjøp med startlån/ }).innerText()).toBe(
      'Antall fullfinansierte boligkjøp med startlån\t75\t3',
    );
    await expectAccessible(page, 'nasjonalt');
    await shot(page, 'nasjonalt');
  });

  it('downloads the report as the template workbook, which reads back as the report', async () => {
    const page = await loggedIn(`/oversikt/?rapport=${seeded.alna.id}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Last ned som Excel' }).click()]);
    expect(download.suggestedFilename()).toBe('boso-arsrapport-2013-0301-alna-v1.xlsx');
    const read = await readXlsx(readFileSync(await download.path()));
    expect(read.ok && read.payload.values.bydel).toBe('bydel alna');
  });

  it('prints the report on A4, a page per section of the form, without the page’s controls', async () => {
    const page = await loggedIn(`/oversikt/?rapport=${seeded.gjovik2.id}`);
    await page.getByRole('heading', { name: 'Årsrapport 2013 – Gjøvik (0502)' }).waitFor();
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    writeFileSync(join(ARTIFACTS, 'oversikt-rapport.pdf'), pdf);
    const pages = pdfPages(pdf).map(compact);
    expect(pages.length).toBeGreaterThanOrEqual(arsrapport2013.sections.length);
    expect(pages.length).toBeLessThanOrEqual(12);
    expect(pages[0]).toContain(compact('Årsrapport 2013 – Gjøvik (0502)'));
    expect(pages[0]).toContain(compact('Versjon 2'));
    const [first, ...rest] = arsrapport2013.sections;
    expect(pages[0]).toContain(compact(first?.title ?? ''));
    // Every later section begins a page of its own, in the form's order.
    const starts = rest.map((section) => pages.findIndex((p) => p.startsWith(compact(section.title))));
    expect(starts.every((at) => at > 0)).toBe(true);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    const all = pages.join('');
    for (const control of ['Skriv ut', 'Last ned', 'Logg ut', 'Sammenlign med']) expect(all).not.toContain(compact(control));
    expect(all).toContain(compact('Kartlegging av boligbehov'));
  });

  it('has said nothing on the console: no refused styles or scripts, no errors', () => {
    expect(complaints.filter((c) => !/Failed to load resource: the server responded with a status of 40[13]/.test(c))).toEqual([]);
  });
});
