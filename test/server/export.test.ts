import ExcelJS from 'exceljs';
import { csvNumber, csvText } from '../../src/server/csv-export';
import { readZip } from '../../src/workbook/zip-read';
import { open } from '../workbook/fill';
import { fullReport } from '../fixtures/full-report';
import { bearer, osloReport, postJson, seed, testServer, type TestServer } from './helpers/server';

let server: TestServer;

async function exported(query = ''): Promise<{ raw: string; header: string[]; rows: string[][] }> {
  const res = await server.app.inject({ url: `/api/v1/eksport.csv${query}`, headers: bearer(server.admin) });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
  const raw = res.rawPayload.toString('utf8');
  const [header = [], ...rows] = raw
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => line.split(';'));
  return { raw, header, rows };
}

const column = (header: readonly string[], rows: readonly string[][], id: string): string[] => rows.map((r) => r[header.indexOf(id)] ?? '');

describe('CSV export', () => {
  beforeEach(async () => {
    server = await testServer();
  });
  afterEach(async () => {
    await server.close();
  });

  it('starts with a BOM, separates with ; and ends lines with CRLF', async () => {
    await postJson(server, server.gjovik, fullReport());
    const { raw, header, rows } = await exported();
    expect(raw.charCodeAt(0)).toBe(0xfeff);
    expect(raw.split('\r\n')).toHaveLength(3);
    expect(raw.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(rows[0]).toHaveLength(header.length);
  });

  it('has a column for every numeric field and computed total, headed by its id', async () => {
    await postJson(server, server.gjovik, fullReport());
    const { header, rows } = await exported();
    expect(header.slice(0, 4)).toEqual(['kommunenummer', 'kommunenavn', 'bydel', 'ar']);
    expect(header).toEqual(expect.arrayContaining(['h11_a_status0101', 'c1_fastrente', 'c2_nye_tildelinger', 'h11.sum.status0101', 'c1_sum_startlan', 'okonomi.total.regnskap_totalt', 'periode.total.sum']));
    expect(header).not.toContain('a1');
    expect(column(header, rows, 'h11_a_status0101')).toEqual(['20']);
    expect(column(header, rows, 'h11.sum.status0101')).toEqual(['49']);
    expect(column(header, rows, 'c1_sum_startlan')).toEqual(['85']);
  });

  it('writes decimals with a comma and keeps æøå', async () => {
    const report = fullReport();
    const okonomi = [{ aktivitet: 'Økt kvalitet på bistand', budsjett: 1000.5, budsjett_hb: 0, regnskap_hb: 0, regnskap_egen: 1000.25, regnskap_annen: 0, kommentar: '' }];
    const withDecimals = { ...report, values: { ...report.values, kommunenavn: 'Gjøvik kommune – Bydel Øst' }, tables: { ...report.tables, okonomi } };
    expect((await postJson(server, server.gjovik, withDecimals)).statusCode).toBe(201);
    const { header, rows } = await exported();
    expect(column(header, rows, 'okonomi.total.budsjett')).toEqual(['1000,5']);
    expect(column(header, rows, 'okonomi.total.avvik_totalt')).toEqual(['-0,25']);
    expect(column(header, rows, 'kommunenavn')).toEqual(['Gjøvik kommune – Bydel Øst']);
  });

  it('defuses text from the report that Excel would run as a formula', async () => {
    const report = fullReport();
    // Kept from before GEN-10, which would now refuse such a bydel.
    await seed(server.store, { ...report, values: { ...report.values, kommunenavn: '=HYPERLINK("http://x")', bydel: '@SUM(1)' } });
    const { raw } = await exported();
    const cells = raw.split(/[;\r\n]/);
    // Negative numbers are numbers to Excel, not formulas.
    expect(cells.filter((c) => /^"?([=+@]|-(?!\d))/.test(c))).toEqual([]);
    expect(cells).toContain("'@SUM(1)");
  });

  it('has one row per municipality, bydel and year: the latest version only', async () => {
    const report = fullReport();
    await postJson(server, server.gjovik, { ...report, values: { ...report.values, c1_fullfinansierte: 21 } });
    await postJson(server, server.gjovik, { ...report, values: { ...report.values, c1_fullfinansierte: 22 } });
    await postJson(server, server.admin, osloReport('Bydel Alna', { ...report, values: { ...report.values, c1_fullfinansierte: 23 } }));
    const { header, rows } = await exported('?ar=2013');
    expect(rows.map((r) => [r[header.indexOf('kommunenummer')], r[header.indexOf('bydel')], r[header.indexOf('versjon')], r[header.indexOf('c1_fullfinansierte')]])).toEqual([
      ['0301', 'Alna', '1', '23'],
      ['0502', '', '2', '22'],
    ]);
    expect((await exported('?ar=2012')).rows).toEqual([]);
  });
});

describe('Excel export', () => {
  beforeEach(async () => {
    server = await testServer();
  });
  afterEach(async () => {
    await server.close();
  });

  async function workbook(query = ''): Promise<{ bytes: Buffer; sheet: ExcelJS.Worksheet; about: ExcelJS.Worksheet; titles: string[] }> {
    const res = await server.app.inject({ url: `/api/v1/eksport.xlsx${query}`, headers: bearer(server.admin) });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const { workbook: book } = await open(res.rawPayload);
    const sheet = book.getWorksheet('Rapporter');
    const about = book.getWorksheet('Kolonner');
    if (!sheet || !about) throw new Error('mangler ark');
    const titles = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    return { bytes: res.rawPayload, sheet, about, titles };
  }

  const cellOf = (sheet: ExcelJS.Worksheet, titles: string[], title: string, row = 2): ExcelJS.Cell => {
    const index = titles.indexOf(title);
    if (index < 0) throw new Error(`ingen kolonne «${title}»`);
    return sheet.getRow(row).getCell(index + 1);
  };

  it('has one row per report with readable titles, a frozen header and a filter', async () => {
    await postJson(server, server.admin, osloReport('Alna'));
    await postJson(server, server.gjovik, fullReport());
    const { sheet, titles } = await workbook('?ar=2013');
    expect(titles.slice(0, 4)).toEqual(['Kommunenummer', 'Kommune', 'Bydel', 'Rapporteringsår']);
    expect(titles).toContain('A. Antall husstander uten eid eller leid bolig: Status behov pr. 01.01');
    expect(titles).toContain('Sum A–C: Status behov pr. 01.01');
    expect(titles).toContain('5.1 Pr. aktivitet og totalt, sum: Regnskap: TOTALT');
    expect(sheet.rowCount).toBe(3);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, xSplit: 2 });
    expect(sheet.autoFilter).toBe(`A1:${sheet.getRow(1).getCell(titles.length).address.replace(/\d+$/, '')}3`);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
  });

  it('keeps municipality numbers as text and numbers as numbers in Norwegian formats', async () => {
    await postJson(server, server.admin, osloReport('Alna'));
    const { sheet, titles } = await workbook();
    const nummer = cellOf(sheet, titles, 'Kommunenummer');
    expect([nummer.value, nummer.type, nummer.numFmt]).toEqual(['0301', ExcelJS.ValueType.String, '@']);
    expect(cellOf(sheet, titles, 'Bydel').value).toBe('Alna');
    expect([cellOf(sheet, titles, 'Rapporteringsår').value, cellOf(sheet, titles, 'Rapporteringsår').numFmt]).toEqual([2013, '0']);
    const count = cellOf(sheet, titles, 'Antall fullfinansierte boligkjøp med startlån');
    expect([count.value, count.type, count.numFmt]).toEqual([25, ExcelJS.ValueType.Number, '#,##0']);
    const amount = cellOf(sheet, titles, '5.1 Pr. aktivitet og totalt, sum: Avvik totalt (+/−)');
    expect([amount.value, amount.numFmt]).toEqual([-225_752, '#,##0.00']);
    // Received 2014-02-20 10:00 UTC: 11:00 in Norway.
    const mottatt = cellOf(sheet, titles, 'Mottatt');
    expect([mottatt.value, mottatt.numFmt]).toEqual([new Date('2014-02-20T11:00:00Z'), 'dd.mm.yyyy hh:mm']);
  });

  it('says which CSV id each column has', async () => {
    await postJson(server, server.gjovik, fullReport());
    const { about, titles } = await workbook();
    const ids = about.getColumn(2).values.slice(4);
    expect(ids.slice(0, 3)).toEqual(['kommunenummer', 'kommunenavn', 'bydel']);
    expect(ids).toHaveLength(titles.length);
    expect(ids).toContain('okonomi.total.regnskap_totalt');
  });

  it('writes hostile text as text cells, never as formulas', async () => {
    const report = fullReport();
    await seed(server.store, { ...report, values: { ...report.values, kommunenavn: '=HYPERLINK("http://x","klikk")', bydel: '@SUM(1)+cmd|' } });
    const { bytes, sheet, titles } = await workbook();
    const name = cellOf(sheet, titles, 'Kommune');
    expect([name.type, name.value]).toEqual([ExcelJS.ValueType.String, '=HYPERLINK("http://x","klikk")']);
    expect(cellOf(sheet, titles, 'Bydel').type).toBe(ExcelJS.ValueType.String);
    const zip = await readZip(bytes, { maxEntries: 100, maxTotalBytes: 50e6, maxRatio: Infinity, ratioFloor: 0 });
    if (!zip.ok) throw new Error('ikke zip');
    expect(zip.entries.filter((e) => /<f>/.test(e.data.toString('utf8')))).toEqual([]);
  });

  it('has only the header for a year without reports', async () => {
    await postJson(server, server.gjovik, fullReport());
    expect((await workbook('?ar=2012')).sheet.rowCount).toBe(1);
  });
});

describe('CSV cells', () => {
  it.each([
    [48581, '48581'],
    [-156752.5, '-156752,5'],
    [0.25, '0,25'],
    [0, '0'],
  ])('writes %p as %p', (value, text) => {
    expect(csvNumber(value)).toBe(text);
  });

  it.each([
    ['Gjøvik', 'Gjøvik'],
    ['A; B', '"A; B"'],
    ['Sa "hei"', '"Sa ""hei"""'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
  ])('writes %p as %p', (value, text) => {
    expect(csvText(value)).toBe(text);
  });
});
