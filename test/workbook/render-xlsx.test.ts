import { findTablePlan } from '../../src/report/layout/lookup';
import { parseRange, sheetAddress } from '../../src/report/layout/a1';
import { buildLayoutPlan } from '../../src/report/layout/build-plan';
import type { LayoutPlan } from '../../src/report/layout/plan';
import { arsrapport2013 } from '../../src/report/templates/arsrapport-2013';
import { renderXlsx } from '../../src/workbook/render-xlsx';
import { parseTablePart } from '../../src/workbook/table-part';
import { mapWorkbook, type WorkbookMap } from '../../src/workbook/workbook-map';
import { fileFormula } from '../../src/workbook/file-formula';
import { elements, unescapeXml } from '../../src/workbook/xml';
import { readZip, type ZipEntry } from '../../src/workbook/zip-read';
import { open } from './fill';

const plan: LayoutPlan = buildLayoutPlan(arsrapport2013, { year: 2013 });
let bytes: Buffer;
let entries: readonly ZipEntry[];
let map: WorkbookMap;

const part = (name: string): string => entries.find((e) => e.name === name)?.data.toString('utf8') ?? '';

/** The sheet part of a sheet, by the workbook's own relationships. */
function sheetPart(sheet: string): string {
  const index = map.sheets.indexOf(sheet);
  return part(`xl/worksheets/sheet${index + 1}.xml`);
}

beforeAll(async () => {
  bytes = await renderXlsx(plan);
  const zip = await readZip(bytes, { maxEntries: 100, maxTotalBytes: 50e6, maxRatio: 1000, ratioFloor: 0 });
  if (!zip.ok) throw new Error(zip.problem);
  entries = zip.entries;
  map = mapWorkbook(entries) as WorkbookMap;
});

describe('renderXlsx: the .xlsx package', () => {
  it('has the plan sheets in order, the info sheet hidden', () => {
    expect(map.sheets).toEqual(plan.sheets.map((s) => s.name));
    const states = elements(part('xl/workbook.xml'), 'sheet').map((s) => s.attributes.state);
    expect(states).toEqual(['visible', 'visible', 'visible', 'visible', 'visible', 'visible', 'hidden']);
  });

  it('defines every planned name, workbook-scoped, on the planned cell', () => {
    expect(map.names.size).toBe(plan.names.length);
    for (const name of plan.names) expect(map.names.get(name.name)).toEqual({ sheet: name.sheet, address: name.address });
    const written = elements(part('xl/workbook.xml'), 'definedName');
    expect(written.find((n) => n.attributes.name === 'BOSO_c1_fastrente')?.inner).toMatch(/^&apos;2 Delmål&apos;!\$B\$\d+$/);
  });

  it('asks Excel to recalculate everything on open, and records the template in the properties', () => {
    expect(elements(part('xl/workbook.xml'), 'calcPr')[0]?.attributes.fullCalcOnLoad).toBe('1');
    expect(elements(part('docProps/core.xml'), 'keywords')[0]?.inner).toBe('boso-arsrapport 2013');
  });

  it('writes complete table parts: unique names, ref over header, body and total, calculated and total formulas', () => {
    const parts = entries.filter((e) => /^xl\/tables\/.+\.xml$/.test(e.name)).map((e) => e.data.toString('utf8'));
    const planned = plan.sheets.flatMap((s) => s.tables);
    expect(parts.map((p) => parseTablePart(p)?.name).sort()).toEqual(planned.map((t) => t.name).sort());
    expect(new Set(parts.map((p) => elements(p, 'table')[0]?.attributes.id)).size).toBe(parts.length);
    for (const table of planned) {
      const xml = parts.find((p) => parseTablePart(p)?.name === table.name) ?? '';
      const parsed = parseTablePart(xml);
      expect(parsed).toEqual({ name: table.name, ref: table.ref, headerRows: 1, totalRows: 1, columns: table.columns.map((c) => c.header) });
      expect(elements(xml, 'autoFilter')[0]?.attributes.ref).toBe(`A${table.headerRow}:${table.columns.at(-1)?.column}${table.lastDataRow}`);
      const columns = elements(xml, 'tableColumn');
      table.columns.forEach((column, i) => {
        const written = columns[i];
        expect(elements(written?.inner ?? '', 'calculatedColumnFormula')[0]?.inner).toBe(column.formula);
        expect(elements(written?.inner ?? '', 'totalsRowFormula')[0]?.inner).toBe(column.totalFormula);
        expect(written?.attributes.totalsRowFunction).toBe(column.totalFormula ? 'custom' : undefined);
      });
    }
  });

  it('puts the column names in the header cells and the planned formulas with cached results in the cells', async () => {
    const { workbook } = await open(bytes);
    for (const sheet of plan.sheets) {
      const ws = workbook.getWorksheet(sheet.name);
      for (const table of sheet.tables) {
        for (const column of table.columns) expect(ws?.getCell(`${column.column}${table.headerRow}`).value).toBe(column.header);
      }
      for (const cell of sheet.cells.filter((c) => c.formula !== undefined)) {
        expect({ at: sheetAddress(sheet.name, cell.address), formula: ws?.getCell(cell.address).formula, result: ws?.getCell(cell.address).result }).toEqual({
          at: sheetAddress(sheet.name, cell.address),
          formula: cell.formula,
          result: cell.result,
        });
      }
    }
  });

  it('protects every sheet but the economy sheet, without a password', () => {
    for (const sheet of plan.sheets) {
      const protection = elements(sheetPart(sheet.name), 'sheetProtection')[0];
      expect({ sheet: sheet.name, protected: protection?.attributes.sheet === '1' }).toEqual({ sheet: sheet.name, protected: sheet.name !== '5 Økonomi' });
      expect(protection?.attributes.hashValue).toBeUndefined();
    }
  });

  it('writes data validation for the inputs with Norwegian prompts', () => {
    const validations = elements(sheetPart('5 Økonomi'), 'dataValidation');
    const okonomi = findTablePlan(plan, 'okonomi')?.table;
    const budsjett = validations.find((v) => v.attributes.sqref === `B${okonomi?.firstDataRow}:B${okonomi?.lastDataRow}`);
    expect(budsjett?.attributes).toMatchObject({ type: 'decimal', operator: 'greaterThanOrEqual', errorStyle: 'stop', promptTitle: 'Beløp i kroner' });
    const counts = elements(sheetPart('1 Hovedmål'), 'dataValidation').filter((v) => v.attributes.type === 'whole');
    expect(counts.length).toBe(12);
    expect(counts[0]?.attributes.error).toBe('Skriv et helt tall, 0 eller større.');
  });

  it('writes the conditional formats of every sheet: range, formula as files store it, priority, the mark\'s look', () => {
    const dxfs = elements(elements(part('xl/styles.xml'), 'dxfs')[0]?.inner ?? '', 'dxf');
    for (const sheet of plan.sheets) {
      const written = elements(sheetPart(sheet.name), 'conditionalFormatting').map((format) => {
        const rule = elements(format.inner, 'cfRule')[0];
        const dxf = dxfs[Number(rule?.attributes.dxfId)]?.inner ?? '';
        return {
          range: format.attributes.sqref,
          type: rule?.attributes.type,
          priority: Number(rule?.attributes.priority),
          formula: unescapeXml(elements(rule?.inner ?? '', 'formula')[0]?.inner ?? ''),
          fill: elements(dxf, 'bgColor')[0]?.attributes.rgb,
          border: elements(dxf, 'left')[0]?.attributes.style,
          bold: elements(dxf, 'b').length > 0 && elements(dxf, 'b')[0]?.attributes.val !== '0',
        };
      });
      expect(written).toEqual(
        sheet.conditionalFormats.map((format, i) => {
          const mark = plan.marks[format.severity];
          return {
            range: format.range,
            type: 'expression',
            priority: i + 1,
            formula: fileFormula(format.formula),
            fill: `FF${mark.fill}`,
            border: mark.border.style === 'dash' ? 'dashed' : 'thin',
            bold: mark.bold,
          };
        }),
      );
    }
  });

  it('writes validation ranges that do not overlap', () => {
    for (const sheet of plan.sheets) {
      const ranges = elements(sheetPart(sheet.name), 'dataValidation').flatMap((v) => (v.attributes.sqref ?? '').split(' ').map(parseRange));
      ranges.forEach((a, i) =>
        ranges.slice(i + 1).forEach((b) => {
          const overlap = !!a && !!b && a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
          expect(overlap).toBe(false);
        }),
      );
    }
  });

  it('sets A4, fit to width and frozen title rows', () => {
    const xml = sheetPart('5 Økonomi');
    expect(elements(xml, 'pageSetup')[0]?.attributes).toMatchObject({ paperSize: '9', orientation: 'landscape', fitToWidth: '1', fitToHeight: '0' });
    expect(elements(xml, 'pageSetUpPr')[0]?.attributes.fitToPage).toBe('1');
    expect(elements(xml, 'pane')[0]?.attributes).toMatchObject({ ySplit: '2', state: 'frozen' });
  });
});

describe('renderXlsx: the printed form', () => {
  it('makes Arial 10 the Normal font, whose digit width is the unit of the planned column widths, and the font of every style', () => {
    // The cell fonts; the conditional formats' differential fonts (dxfs) change only colour and weight.
    const fonts = elements(elements(part('xl/styles.xml'), 'fonts')[0]?.inner ?? '', 'font');
    expect(elements(fonts[0]?.inner ?? '', 'name')[0]?.attributes.val).toBe('Arial');
    expect(elements(fonts[0]?.inner ?? '', 'sz')[0]?.attributes.val).toBe('10');
    expect(elements(fonts[0]?.inner ?? '', 'scheme')).toEqual([]);
    expect(new Set(fonts.map((f) => elements(f.inner, 'name')[0]?.attributes.val))).toEqual(new Set(['Arial']));
  });

  it('writes the planned column widths, margins, footer and page breaks of every sheet', () => {
    for (const sheet of plan.sheets) {
      const xml = sheetPart(sheet.name);
      const widths = elements(xml, 'col').flatMap((c) => {
        const { min = '0', max = '0', width = '0' } = c.attributes;
        return Array.from({ length: Number(max) - Number(min) + 1 }, () => Number(width));
      });
      expect({ sheet: sheet.name, widths }).toEqual({ sheet: sheet.name, widths: sheet.columnWidths });
      const margins = elements(xml, 'pageMargins')[0]?.attributes ?? {};
      expect(Number(margins.left) * 25.4).toBeCloseTo(sheet.print.margins.left, 6);
      expect(Number(margins.top) * 25.4).toBeCloseTo(sheet.print.margins.top, 6);
      const breaks = elements(xml, 'brk').map((b) => Number(b.attributes.id) + 1);
      expect({ sheet: sheet.name, breaks }).toEqual({ sheet: sheet.name, breaks: sheet.print.pageBreaks });
      expect(elements(xml, 'brk').every((b) => b.attributes.max === '16383' && b.attributes.man === '1')).toBe(true);
    }
    expect(plan.sheets.some((s) => s.print.pageBreaks.length > 0)).toBe(true);
    expect(elements(sheetPart('2 Delmål'), 'oddFooter')[0]?.inner).toContain('&amp;A');
  });

  it('hides the cell grid on the form sheets, so only the form’s own boxes show', () => {
    for (const sheet of plan.sheets) {
      const view = elements(sheetPart(sheet.name), 'sheetView')[0]?.attributes ?? {};
      expect({ sheet: sheet.name, grid: view.showGridLines !== '0' }).toEqual({ sheet: sheet.name, grid: sheet.gridLines });
    }
    expect(plan.sheets.filter((s) => s.visible).every((s) => !s.gridLines)).toBe(true);
  });

  it('repeats planned header rows on every printed page, and none where the plan has none', async () => {
    const names = (xml: string): string[] => elements(xml, 'definedName').filter((n) => n.attributes.name === '_xlnm.Print_Titles').map((n) => n.inner);
    expect(names(part('xl/workbook.xml'))).toEqual([]);
    const withTitles: LayoutPlan = {
      ...plan,
      sheets: plan.sheets.map((s) => (s.name === '5 Økonomi' ? { ...s, print: { ...s.print, titleRows: { first: 6, last: 6 } } } : s)),
    };
    const zip = await readZip(await renderXlsx(withTitles), { maxEntries: 100, maxTotalBytes: 50e6, maxRatio: 1000, ratioFloor: 0 });
    if (!zip.ok) throw new Error(zip.problem);
    const workbook = zip.entries.find((e) => e.name === 'xl/workbook.xml')?.data.toString('utf8') ?? '';
    expect(names(workbook)).toEqual(['&apos;5 Økonomi&apos;!$6:$6']);
  });
});
