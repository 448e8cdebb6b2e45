/** «Hent fjorårets tall» against the real server on loopback: last year's accepted report into this year's sheet. */
import { previousReport } from '../../src/submit/client';
import { lastYearFills, unchangedSince } from '../../src/submit/last-year';
import { cellView } from '../../src/excel/simulated';
import { fullReport } from '../fixtures/full-report';
import { ok, readFound, syncsOf, withTemplate } from '../excel/support/workbook';
import { listen, reportForYear, seed, testServer, type TestServer } from '../server/helpers/server';
import { fieldCell, tableCellOf } from '../support/simulated-report';
import { countingFetch } from './support';

let server: TestServer;
let endpoint: string;
beforeAll(async () => {
  server = await testServer();
  endpoint = await listen(server);
  // Gjøvik's accepted report for 2012: its 31.12 and the programme years 2011 and 2012 reported.
  const lastYear = reportForYear(fullReport(), 2012);
  await seed(server.store, {
    ...lastYear,
    values: { ...lastYear.values, h11_a_status3112: 20, h11_b_status3112: 15, h11_c_status3112: 14, h11_barnefamilier_status3112: 10 },
  });
});
afterAll(async () => {
  await server.close();
});

async function lastYear() {
  const reply = await previousReport(countingFetch(), { endpoint, token: server.gjovik }, { kommunenummer: '0502', ar: 2013, bydel: '' });
  if (reply.kind !== 'svar') throw new Error(`Ingen rapport: ${JSON.stringify(reply)}`);
  return reply.value;
}

describe('last year\'s numbers', () => {
  it('fills the empty 01.01 cells from last year\'s 31.12 and the years already reported, asks about a filled one, and undoes in one step', async () => {
    const { excel, api } = await withTemplate();
    const typed = fieldCell(excel, 'h11_b_status0101');
    excel.user.put(typed.sheet, typed.address, 99);
    const fills = lastYearFills(await readFound(api), await lastYear());

    expect(fills.filter((f) => f.cell.startsWith('h11_'))).toEqual([
      { cell: 'h11_a_status0101', address: expect.any(String), value: 20 },
      { cell: 'h11_b_status0101', address: `'${typed.sheet}'!${typed.address}`, value: 15, replaces: 99 },
      { cell: 'h11_c_status0101', address: expect.any(String), value: 14 },
      { cell: 'h11_barnefamilier_status0101', address: expect.any(String), value: 10 },
    ]);
    // 2011 and 2012 were reported last year; 2013 and later were plans then, and are this year's to fill.
    expect(fills.filter((f) => f.cell.startsWith('periode[')).map((f) => f.cell)).toEqual([
      ...['ar', 'tilskudd_hb', 'egenfinansiering', 'annen', 'overfort'].map((c) => `periode[0].${c}`),
      ...['ar', 'tilskudd_hb', 'egenfinansiering', 'annen', 'overfort'].map((c) => `periode[1].${c}`),
    ]);

    const before = excel.snapshot();
    const syncs = await syncsOf(excel, async () => ok(await api.fillCells(Object.fromEntries(fills.map((f) => [f.address, f.value])))));
    expect(syncs).toBe(1);
    const a = fieldCell(excel, 'h11_a_status0101');
    expect(cellView(excel, a.sheet, a.address).value).toBe(20);
    expect(cellView(excel, typed.sheet, typed.address).value).toBe(15);
    const year2012 = tableCellOf(excel, 'periode', 1, 'tilskudd_hb');
    expect(cellView(excel, year2012.sheet, year2012.address).value).toBe(1_500_000);

    expect(excel.undo()).toBe(true);
    expect(excel.snapshot()).toEqual(before);
    expect(cellView(excel, typed.sheet, typed.address).value).toBe(99);
  });

  it('leaves out what the sheet holds already, so asking twice writes nothing new', async () => {
    const { api } = await withTemplate();
    const previous = await lastYear();
    const fills = lastYearFills(await readFound(api), previous);
    ok(await api.fillCells(Object.fromEntries(fills.map((f) => [f.address, f.value]))));
    expect(lastYearFills(await readFound(api), previous)).toEqual([]);
  });

  it('tells when a cell of the list was typed into after the list was shown, so it is asked about again', async () => {
    const { excel, api } = await withTemplate();
    const previous = await lastYear();
    const shown = lastYearFills(await readFound(api), previous);
    expect(unchangedSince(shown, lastYearFills(await readFound(api), previous))).toBe(true);

    const typed = fieldCell(excel, 'h11_a_status0101');
    excel.user.put(typed.sheet, typed.address, 7);
    const fresh = lastYearFills(await readFound(api), previous);
    expect(unchangedSince(shown, fresh)).toBe(false);
    expect(fresh.find((f) => f.cell === 'h11_a_status0101')).toMatchObject({ value: 20, replaces: 7 });
    // Only the empty cells chosen, and none of them typed into: still as shown.
    const others = shown.filter((f) => f.cell !== 'h11_a_status0101');
    expect(unchangedSince(others, fresh)).toBe(true);
  });

  it('says plainly when Husbanken has no report for last year', async () => {
    const reply = await previousReport(countingFetch(), { endpoint, token: server.gjovik }, { kommunenummer: '0502', ar: 2012, bydel: '' });
    expect(reply).toMatchObject({ kind: 'avvist', status: 404, detail: 'Husbanken har ingen godkjent rapport fra 0502 for 2011. Fyll ut status pr. 01.01 selv.' });
  });
});
