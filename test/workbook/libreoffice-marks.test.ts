/**
 * Parity of marks and findings through LibreOffice: the filled template gets a sheet that holds every
 * conditional format's condition for every cell of its range as a cell formula; LibreOffice recalculates
 * it with its own functions (NUMBERVALUE, UNICHAR, ISFORMULA …), and the cells that come out TRUE must be
 * the cells that the findings for the file as LibreOffice saved it name (LibreOffice has no truth values:
 * SANN in a number cell becomes the number 1, and the reader reads 1). The saved file must still hold
 * the conditional formats.
 */
import fc from 'fast-check';
import { buildLayoutPlan } from '../../src/report/layout/build-plan';
import { findTablePlan } from '../../src/report/layout/lookup';
import type { PayloadV1 } from '../../src/report/payload';
import { parsePayload } from '../../src/report/parse-payload';
import { arsrapport2013 } from '../../src/report/templates/arsrapport-2013';
import { fileFormula } from '../../src/workbook/file-formula';
import { readXlsx } from '../../src/workbook/read-xlsx';
import { readZip } from '../../src/workbook/zip-read';
import { writeTemplate } from '../../src/workbook/write-template';
import { elements, unescapeXml } from '../../src/workbook/xml';
import { loadCases } from '../fixtures/cases';
import { fullReport } from '../fixtures/full-report';
import { fill } from '../layout/fills';
import { findingMarks, formatCells, withTableRows, type Mark } from '../layout/marks';
import { todayInOslo } from '../layout/today';
import { reportWith } from '../report/support';
import { filled, open, save } from './fill';
import { describeWithLibreOffice, recalculated } from './libreoffice';

const template = withTableRows(arsrapport2013, { okonomi: 20, periode: 8 });
const plan = buildLayoutPlan(template);
const cells = formatCells(plan);
const context = { today: todayInOslo() };
const MARKS_SHEET = 'Merker';

/** Counts and amounts that Excel shows as dates, as Norwegian Excel makes `1.5` the 1st of May. */
const DATES_IN_NUMBER_CELLS = 'datoer-i-tallceller';

const reports: ReadonlyMap<string, PayloadV1> = new Map([
  ['full', fullReport()],
  ...loadCases().flatMap((c) => {
    const parsed = parsePayload(c.payload);
    return parsed.ok ? [[c.file.replace('.json', ''), parsed.payload] as const] : [];
  }),
  ...fc.sample(fill(template, { okonomi: 6, periode: 4 }), { numRuns: 10, seed: 20131231 }).map((p, i) => [`tilfeldig-${i}`, p] as const),
  [DATES_IN_NUMBER_CELLS, reportWith({}, { okonomi: { 0: { aktivitet: 'Kartlegging' } } })],
]);

/** The filled template with one more sheet: the condition of every format at every cell it covers. */
async function withConditions(base: Buffer, name: string, payload: PayloadV1): Promise<Buffer> {
  const opened = await open(await filled(base, payload));
  if (name === DATES_IN_NUMBER_CELLS) {
    for (const [id, row] of [['c1_tilpasning', undefined], ['c1_fastrente', undefined], ['okonomi', 0]] as const) {
      const cell = row === undefined ? opened.map.names.get(`BOSO_${id}`) : undefined;
      const target = cell ? opened.workbook.getWorksheet(cell.sheet)?.getCell(cell.address) : opened.workbook.getWorksheet('5 Økonomi')?.getCell(`B${findTablePlan(plan, id)?.table.firstDataRow}`);
      if (!target) throw new Error(`fant ikke ${id}`);
      target.value = new Date('2013-05-01T00:00:00Z');
      // A style of its own: ExcelJS shares one style object between the cells of a style.
      target.style = { ...target.style, numFmt: 'dd.mm.yyyy' };
    }
  }
  const sheet = opened.workbook.addWorksheet(MARKS_SHEET);
  cells.forEach((cell, i) => {
    sheet.getCell(i + 1, 1).value = { formula: fileFormula(cell.formula) };
  });
  return save(opened.workbook);
}

describeWithLibreOffice('LibreOffice: the sheet marks what the validator finds', () => {
  let converted = new Map<string, Buffer>();
  let rendered: Buffer = Buffer.alloc(0);

  beforeAll(async () => {
    const base = await writeTemplate(template);
    const files = new Map(await Promise.all([...reports].map(async ([name, payload]) => [name, await withConditions(base, name, payload)] as const)));
    rendered = base;
    converted = await recalculated(new Map([...files, ['mal', base]]));
  }, 300_000);

  it.each([...reports.keys()])('marks exactly the cells the findings name: %s', async (name) => {
    const { workbook } = await open(converted.get(name) ?? Buffer.alloc(0));
    const sheet = workbook.getWorksheet(MARKS_SHEET);
    const marks: Mark[] = cells.flatMap((cell, i) => {
      const value = sheet?.getCell(i + 1, 1).result ?? sheet?.getCell(i + 1, 1).value;
      return value === true ? [`'${cell.sheet}'!${cell.address} ${cell.format.rule} ${cell.format.severity}`] : [];
    });
    const read = await readXlsx(converted.get(name) ?? Buffer.alloc(0));
    if (!read.ok) throw new Error(read.message);
    const found = findingMarks(template, plan, read.payload, context);
    if (name !== DATES_IN_NUMBER_CELLS) {
      expect([...new Set(marks)].sort()).toEqual(found);
      return;
    }
    // The documented edge (docs/sheet-marks.md): the readers read a date, not a number; the sheet sees a number.
    const notNumbers = (list: readonly string[]) => list.filter((m) => / (NUM|OKO)-01 /.test(m));
    expect(notNumbers(found)).toHaveLength(3);
    expect(notNumbers(marks)).toEqual([]);
  });

  it('keeps the conditional formats when it saves the template again', async () => {
    /** Each range a file's formats cover, with its formula. */
    const formatsOf = async (bytes: Buffer): Promise<string[]> => {
      const zip = await readZip(bytes, { maxEntries: 1000, maxTotalBytes: 1024 ** 3, maxRatio: Infinity, ratioFloor: 0 });
      if (!zip.ok) throw new Error('ikke en zip-fil');
      return zip.entries
        .filter((e) => /^xl\/worksheets\/sheet\d+\.xml$/.test(e.name))
        .flatMap((e) => elements(e.data.toString('utf8'), 'conditionalFormatting'))
        .flatMap((f) => {
          const formula = unescapeXml(elements(elements(f.inner, 'cfRule')[0]?.inner ?? '', 'formula')[0]?.inner ?? '');
          // LibreOffice may join formats of the same condition and look into one with several ranges.
          return (f.attributes.sqref ?? '').split(' ').map((range) => `${range} ${formula}`);
        })
        .sort();
    };
    const planned = plan.sheets.flatMap((s) => s.conditionalFormats.map((f) => `${f.range} ${fileFormula(f.formula)}`)).sort();
    expect(await formatsOf(rendered)).toEqual(planned);
    expect(await formatsOf(converted.get('mal') ?? Buffer.alloc(0))).toEqual(planned);
  });
});
