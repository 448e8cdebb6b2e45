import ExcelJS from 'exceljs';
import { filledPlan } from '../../src/report/filled-plan';
import { findTablePlan, tableCellAddress } from '../../src/report/layout/lookup';
import type { PayloadV1 } from '../../src/report/payload';
import { arsrapport2013 } from '../../src/report/templates/arsrapport-2013';
import { readXlsx } from '../../src/workbook/read-xlsx';
import { renderXlsx } from '../../src/workbook/render-xlsx';
import { readZip } from '../../src/workbook/zip-read';
import { fullReport } from '../fixtures/full-report';
import { samples } from '../layout/samples';
import { open, withoutEmpty } from './fill';

const rendered = (payload: PayloadV1): Promise<Buffer> => renderXlsx(filledPlan(arsrapport2013, payload));

async function readBack(payload: PayloadV1): Promise<PayloadV1> {
  const result = await readXlsx(await rendered(payload));
  if (!result.ok) throw new Error(result.message);
  return result.payload;
}

function withValues(values: PayloadV1['values'], report: PayloadV1 = fullReport()): PayloadV1 {
  return { ...report, values: { ...report.values, ...values } };
}

const HOSTILE = ['=HYPERLINK("http://x","klikk")', '+47 1', '-2+3', '@SUM(A1)', '\tTAB', '\rCR', '<script>alert(1)</script>'];

describe('filledPlan read back by the reader', () => {
  it.each(['full', 'workedRow', 'ore', 'negativeAndText', 'empty'])('gives the payload it was filled with: %s', async (name) => {
    const payload = name === 'full' ? fullReport() : (samples[name]?.() as PayloadV1);
    expect(await readBack(payload)).toEqual(withoutEmpty(payload));
  });

  it('grows a table to every row of the report, and its totals sum them all', async () => {
    const report = fullReport();
    const okonomi = Array.from({ length: 33 }, (_, i) => ({ aktivitet: `Aktivitet ${i + 1}`, budsjett: 1000 * (i + 1), regnskap_hb: i }));
    const payload = { ...report, tables: { ...report.tables, okonomi } };
    const plan = filledPlan(arsrapport2013, payload);
    const table = findTablePlan(plan, 'okonomi')?.table;
    expect(table && table.lastDataRow - table.firstDataRow + 1).toBe(33);
    expect(table?.columns.find((c) => c.id === 'budsjett')?.totalFormula).toBe(`SUM(B${table?.firstDataRow}:B${table?.lastDataRow})`);
    expect((await readBack(payload)).tables.okonomi).toEqual(okonomi);
  });

  it('keeps an empty row inside a table where it was, so findings’ row numbers still point at the same rows', async () => {
    const report = fullReport();
    const periode: PayloadV1['tables'][string] = [{ ar: 2012, tilskudd_hb: 1 }, {}, { ar: 2013, annen: 5 }];
    const payload = { ...report, tables: { ...report.tables, periode } };
    const { workbook } = await open(await rendered(payload));
    const sheet = workbook.getWorksheet('5 Økonomi');
    const table = findTablePlan(filledPlan(arsrapport2013, payload), 'periode')?.table;
    expect(sheet?.getCell(`A${(table?.firstDataRow ?? 0) + 2}`).value).toBe(2013);
  });

  it('writes a date as an Excel date that reads back as the same ISO date, and other date text as typed', async () => {
    for (const rapporteringsdato of ['2014-02-19', '19.02.2014', '19.02.14']) {
      expect((await readBack(withValues({ rapporteringsdato }))).values.rapporteringsdato).toBe(rapporteringsdato);
    }
    const { workbook, map } = await open(await rendered(withValues({ rapporteringsdato: '2014-02-19' })));
    const cell = map.names.get('BOSO_rapporteringsdato');
    expect(workbook.getWorksheet(cell?.sheet ?? '')?.getCell(cell?.address ?? '').value).toEqual(new Date('2014-02-19T00:00:00Z'));
  });

  it('keeps number text as text, and computed cells typed over as the values typed', async () => {
    const report = fullReport();
    const [first, ...rest] = report.tables.okonomi ?? [];
    const payload: PayloadV1 = {
      ...withValues({ c1_fastrente: '10?', h11_a_status0101: '2.265.000' }, report),
      tables: { ...report.tables, okonomi: [{ ...first, regnskap_totalt: 5 }, ...rest] },
      totals: { okonomi: { budsjett: 1 } },
    };
    expect(await readBack(payload)).toEqual({ ...withoutEmpty(payload), totals: { okonomi: { budsjett: 1 } } });
  });

  it('caches the results the domain computes, for programs that show a file without recalculating', async () => {
    const { workbook, map } = await open(await rendered(fullReport()));
    const result = (name: string) => {
      const cell = map.names.get(name);
      return workbook.getWorksheet(cell?.sheet ?? '')?.getCell(cell?.address ?? '').result;
    };
    expect(result('BOSO_c1_sum_startlan')).toBe(85);
    expect(result('BOSO_h11_sum_status0101')).toBe(49);
    expect(result('BOSO_h11_a_endring')).toBe(-6);
    const okonomi = map.tables.get('BOSO_okonomi');
    const sheet = workbook.getWorksheet(okonomi?.sheet ?? '');
    const planned = findTablePlan(filledPlan(arsrapport2013, fullReport()), 'okonomi')?.table;
    // The second row is the worked row of the spec: avvik totalt −156 752.
    expect(planned && sheet?.getCell(tableCellAddress(planned, 1, 'avvik_totalt') ?? '').result).toBe(-156_752);
    const totalRow = Number(/\d+$/.exec(okonomi?.part.ref ?? '')?.[0]);
    expect(sheet?.getCell(`G${totalRow}`).result).toBe(3_604_248);
  });

  it('shows the report year in the column headers that name it', async () => {
    const { workbook } = await open(await rendered(fullReport()));
    const texts = workbook.getWorksheet('1 Hovedmål')?.getSheetValues().flat().map((v) => (v && typeof v === 'object' && 'result' in v ? v.result : v));
    expect(texts).toContain('Status behov pr. 01.01.2013');
  });
});

describe('filledPlan and hostile text', () => {
  it('writes text that Excel would run as a formula as plain text, and reads it back as sent (line ends as Excel writes them)', async () => {
    const payload = withValues({ kommunenavn: HOSTILE[0] ?? '', programleder: HOSTILE[1] ?? '', a1: HOSTILE.join('\n') });
    const report = fullReport();
    const hostile = { ...payload, tables: { ...report.tables, okonomi: HOSTILE.map((aktivitet) => ({ aktivitet, budsjett: 1 })) } };
    const bytes = await rendered(hostile);
    // XML reads a carriage return as a line feed, which is how Excel stores a line break anyway.
    const lineFeeds = (payload: PayloadV1): PayloadV1 => JSON.parse(JSON.stringify(payload).replace(/\\r(\\n)?/g, '\\n'));
    expect(await readBack(hostile)).toEqual(lineFeeds(withoutEmpty(hostile)));

    const zip = await readZip(bytes, { maxEntries: 100, maxTotalBytes: 50e6, maxRatio: Infinity, ratioFloor: 0 });
    if (!zip.ok) throw new Error('ikke zip');
    const formulas = zip.entries
      .filter((e) => /^xl\/worksheets\/.*\.xml$/.test(e.name))
      .flatMap((e) => [...e.data.toString('utf8').matchAll(/<f>([^<]*)<\/f>/g)].map((m) => m[1] ?? ''));
    expect(formulas.length).toBeGreaterThan(0);
    expect(formulas.filter((f) => /HYPERLINK|SUM\(A1\)|TAB|script/i.test(f))).toEqual([]);
    const { workbook, map } = await open(bytes);
    const named = map.names.get('BOSO_kommunenavn');
    const cell = workbook.getWorksheet(named?.sheet ?? '')?.getCell(named?.address ?? '');
    expect([cell?.type, cell?.value]).toEqual([ExcelJS.ValueType.String, HOSTILE[0]]);
  });
});
