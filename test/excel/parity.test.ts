/**
 * The plan drawn into the simulated Excel and the plan drawn into an .xlsx hold the same: cells, values,
 * formulas, styles, names, tables, validations, conditional formats, merges, protection, view and print.
 */
import type { Cell, Worksheet } from 'exceljs';
import { columnWidthPoints, STATUS_NAME } from '../../src/excel/draw-plan';
import { SimulatedExcel } from '../../src/excel/simulated';
import { cellAt, findName, type CellFormat, type SheetModel } from '../../src/excel/simulated/model';
import { columnNames } from '../../src/excel/simulated/tables';
import { createWorkbookApi } from '../../src/excel/workbook-api';
import { cellAddress, parseRange, rangeAddress, sheetAddress } from '../../src/report/layout/a1';
import type { LayoutPlan } from '../../src/report/layout/plan';
import { renderXlsx } from '../../src/workbook/render-xlsx';
import { parseTablePart } from '../../src/workbook/table-part';
import { mapWorkbook, type WorkbookMap } from '../../src/workbook/workbook-map';
import { elements } from '../../src/workbook/xml';
import { readZip, type ZipEntry } from '../../src/workbook/zip-read';
import { open } from '../workbook/fill';
import { planFor } from './support/workbook';

interface Look {
  readonly value: unknown;
  readonly numberFormat: string;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly size: number;
  readonly color: string;
  readonly fill?: string;
  readonly border: string;
  readonly horizontal: string;
  readonly vertical: string;
  readonly wrap: boolean;
  readonly locked: boolean;
}

const POINTS_PER_INCH = 72;
const rgb = (argb: string | undefined): string => (argb ?? 'FF000000').slice(-6).toUpperCase();

/** A border as `style color` on all four sides, 'none', or 'mixed'. */
function sidesLook(sides: readonly (string | undefined)[]): string {
  const [first] = sides;
  if (sides.every((s) => s === undefined)) return 'none';
  return sides.every((s) => s === first) ? (first ?? 'none') : 'mixed';
}

function fileLook(cell: Cell): Look {
  const { font, fill, border, alignment, protection } = cell.style;
  const sides = [border?.top, border?.bottom, border?.left, border?.right].map((b) => (b?.style ? `${b.style} ${rgb(b.color?.argb)}` : undefined));
  return {
    // ExcelJS shows a merged range's value in every cell of it; Excel keeps it in the first.
    value: cell.master !== cell ? '' : cell.formula !== undefined ? `=${cell.formula}` : (cell.value ?? ''),
    numberFormat: cell.numFmt ?? 'General',
    bold: font?.bold === true,
    italic: font?.italic === true,
    size: font?.size ?? 10,
    color: rgb(font?.color?.argb),
    ...(fill?.type === 'pattern' && fill.pattern === 'solid' ? { fill: rgb(fill.fgColor?.argb) } : {}),
    border: sidesLook(sides),
    horizontal: alignment?.horizontal ?? 'general',
    vertical: alignment?.vertical === 'middle' ? 'center' : (alignment?.vertical ?? 'bottom'),
    wrap: alignment?.wrapText === true,
    locked: protection?.locked !== false,
  };
}

const LINES: Readonly<Record<string, string>> = { Continuous: 'thin', Dash: 'dashed' };

function simLook(sheet: SheetModel, row: number, column: number): Look {
  const cell = cellAt(sheet, row, column);
  const format: Partial<CellFormat> = cell?.format ?? {};
  const content = cell?.content;
  const sides = [format.borders?.top, format.borders?.bottom, format.borders?.left, format.borders?.right].map((b) =>
    b && b.weight === 'Thin' ? `${LINES[b.style] ?? b.style} ${b.color.slice(1)}` : undefined,
  );
  return {
    value: typeof content === 'object' && 'formula' in content ? `=${content.formula}` : (content ?? ''),
    numberFormat: format.numberFormat ?? 'General',
    bold: format.font?.bold === true,
    italic: format.font?.italic === true,
    size: format.font?.size ?? 10,
    color: (format.font?.color ?? '#000000').slice(1),
    ...(format.fill ? { fill: format.fill.slice(1) } : {}),
    border: sidesLook(sides),
    horizontal: (format.horizontalAlignment ?? 'General').toLowerCase(),
    vertical: (format.verticalAlignment ?? 'Bottom').toLowerCase(),
    wrap: format.wrapText === true,
    locked: format.locked !== false,
  };
}

/** Every address the plan draws on a sheet: its cells and the cells its merges and tables cover. */
function drawnAddresses(plan: LayoutPlan, name: string): string[] {
  const sheet = plan.sheets.find((s) => s.name === name);
  const rects = [...(sheet?.merges ?? []), ...(sheet?.tables.map((t) => t.ref) ?? [])].map((r) => parseRange(r));
  const covered = rects.flatMap((r) => {
    if (!r) return [];
    const out: string[] = [];
    for (let row = r.top; row <= r.bottom; row++) for (let column = r.left; column <= r.right; column++) out.push(cellAddress(column, row));
    return out;
  });
  return [...new Set([...(sheet?.cells.map((c) => c.address) ?? []), ...covered])];
}

let plan: LayoutPlan;
let excel: SimulatedExcel;
let entries: readonly ZipEntry[];
let map: WorkbookMap;
let worksheets: Map<string, Worksheet>;

const part = (name: string): string => entries.find((e) => e.name === name)?.data.toString('utf8') ?? '';
const sheetXml = (name: string): string => part(`xl/worksheets/sheet${map.sheets.indexOf(name) + 1}.xml`);
const simSheet = (name: string): SheetModel => {
  const sheet = excel.model.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`Ingen ark ${name}`);
  return sheet;
};

beforeAll(async () => {
  plan = planFor();
  excel = new SimulatedExcel();
  const inserted = await createWorkbookApi(excel.host).insertTemplate(plan);
  if (!inserted.ok) throw new Error(inserted.message);
  const bytes = await renderXlsx(plan);
  const zip = await readZip(bytes, { maxEntries: 100, maxTotalBytes: 50e6, maxRatio: 1000, ratioFloor: 0 });
  if (!zip.ok) throw new Error(zip.problem);
  entries = zip.entries;
  map = mapWorkbook(entries) as WorkbookMap;
  const opened = await open(bytes);
  worksheets = new Map(plan.sheets.map((s) => [s.name, opened.workbook.getWorksheet(s.name) as Worksheet]));
});

describe('the plan in Excel and the plan in the .xlsx', () => {
  const sheets = planFor().sheets.map((s) => s.name);

  it('have the same sheets in the same order, the same hidden', () => {
    expect(excel.model.sheets.map((s) => [s.name, s.visibility === 'Visible'])).toEqual(map.sheets.map((n) => [n, worksheets.get(n)?.state === 'visible']));
  });

  it.each(sheets)('%s: every drawn cell holds the same value or formula and looks the same', (name) => {
    const ws = worksheets.get(name) as Worksheet;
    const sim = simSheet(name);
    const looks = drawnAddresses(plan, name).map((address) => {
      const at = parseRange(address);
      const [row, column] = at ? [at.top, at.left] : [0, 0];
      return { address, file: fileLook(ws.getCell(address)), excel: simLook(sim, row, column) };
    });
    for (const { address, file, excel: inExcel } of looks) expect({ address, look: inExcel }).toEqual({ address, look: file });
  });

  it('have the same defined names on the same cells (and Excel one more: the status line)', () => {
    const names = Object.fromEntries(
      excel.model.names.flatMap((n) => {
        const target = n.target;
        const sheet = 'error' in target ? undefined : excel.model.sheets.find((s) => s.id === target.sheetId);
        return sheet && !('error' in target) ? [[n.name, sheetAddress(sheet.name, rangeAddress(target.rect))]] : [];
      }),
    );
    const status = names[STATUS_NAME];
    delete names[STATUS_NAME];
    expect(names).toEqual(Object.fromEntries([...map.names].map(([n, c]) => [n, sheetAddress(c.sheet, c.address)])));
    expect(status).toMatch(/^'0 Generelt'!A\d+$/);
  });

  it.each(sheets)('%s: the same merges (and the status line\'s on the first sheet)', (name) => {
    const status = findName(excel.model, STATUS_NAME)?.target;
    const statusRow = status && !('error' in status) && status.sheetId === simSheet(name).id ? status.rect.top : undefined;
    const merges = simSheet(name).merges.filter((m) => m.top !== statusRow).map(rangeAddress).sort();
    expect(merges).toEqual([...((worksheets.get(name)?.model as { merges?: string[] }).merges ?? [])].sort());
  });

  it.each(sheets)('%s: the same tables, calculated columns and total rows', (name) => {
    const inFile = [...map.tables.values()].filter((t) => t.sheet === name).map((t) => {
      const xml = entries.map((e) => e.data.toString('utf8')).find((x) => parseTablePart(x)?.name === t.part.name) ?? '';
      const calculated = elements(xml, 'tableColumn').map((c) => elements(c.inner, 'calculatedColumnFormula')[0]?.inner);
      return { name: t.part.name, ref: t.part.ref, columns: t.part.columns, calculated };
    });
    const sim = simSheet(name);
    const inExcel = sim.tables.map((t) => ({
      name: t.name,
      ref: rangeAddress(t.rect),
      columns: columnNames(sim, t, excel.calculation),
      calculated: columnNames(sim, t, excel.calculation).map((_, i) => t.calculated.get(i)),
    }));
    expect(inExcel).toEqual(inFile);
  });

  it.each(sheets)('%s: the same data validations', (name) => {
    const inFile = elements(sheetXml(name), 'dataValidation').map((v) => ({
      range: rangeAddress(parseRange(v.attributes.sqref ?? '') ?? { top: 0, left: 0, bottom: 0, right: 0 }),
      type: v.attributes.type,
      // Between is the file format's default operator.
      operator: v.attributes.operator ?? 'between',
      limits: elements(v.inner, 'formula1').concat(elements(v.inner, 'formula2')).map((f) => (/^\d+$/.test(f.inner) && Number(f.inner) > 30000 ? 'date' : f.inner)),
      prompt: [v.attributes.promptTitle, v.attributes.prompt],
      error: [v.attributes.errorStyle, v.attributes.errorTitle, v.attributes.error],
    }));
    const types = { wholeNumber: 'whole', decimal: 'decimal', date: 'date', textLength: 'textLength' } as const;
    const operators: Record<string, string> = { GreaterThanOrEqualTo: 'greaterThanOrEqual', Between: 'between', EqualTo: 'equal' };
    const inExcel = simSheet(name).validations.map((v) => {
      const [kind, check] = Object.entries(v.rule ?? {})[0] as [keyof typeof types, { formula1?: unknown; formula2?: unknown; operator: string }];
      return {
        range: rangeAddress(v.rect),
        type: types[kind],
        operator: operators[check.operator],
        limits: [check.formula1, check.formula2].filter((f) => f !== undefined).map((f) => (kind === 'date' ? 'date' : String(f))),
        prompt: [v.prompt?.title, v.prompt?.message],
        error: [v.errorAlert?.style.toLowerCase(), v.errorAlert?.title, v.errorAlert?.message],
      };
    });
    expect(inExcel.sort((a, b) => a.range.localeCompare(b.range))).toEqual(inFile.sort((a, b) => a.range.localeCompare(b.range)));
  });

  it.each(sheets)('%s: the same conditional formats, with the same marks, in the same order of priority', (name) => {
    const dxfs = elements(elements(part('xl/styles.xml'), 'dxfs')[0]?.inner ?? '', 'dxf');
    const mark = (dxfId: string | undefined) => {
      const dxf = dxfs[Number(dxfId)]?.inner ?? '';
      const font = elements(dxf, 'font')[0]?.inner ?? '';
      const side = elements(dxf, 'left')[0];
      return {
        fill: rgb(elements(dxf, 'bgColor')[0]?.attributes.rgb),
        fontColor: rgb(elements(font, 'color')[0]?.attributes.rgb),
        bold: (elements(font, 'b')[0]?.attributes.val ?? '1') !== '0' && elements(font, 'b').length > 0,
        border: `${side?.attributes.style} ${rgb(elements(side?.inner ?? '', 'color')[0]?.attributes.rgb)}`,
      };
    };
    const unescape = (xml: string): string => xml.replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
    const inFile = elements(sheetXml(name), 'conditionalFormatting')
      .flatMap((f) =>
        elements(f.inner, 'cfRule').map((rule) => ({
          priority: Number(rule.attributes.priority),
          range: f.attributes.sqref,
          // The file writes functions newer than its format with `_xlfn.`; Excel's API and the plan without.
          formula: unescape(elements(rule.inner, 'formula')[0]?.inner ?? '').replace(/_xlfn\./g, ''),
          mark: mark(rule.attributes.dxfId),
        })),
      )
      .sort((a, b) => a.priority - b.priority)
      .map(({ priority: _priority, ...format }) => format);
    const inExcel = simSheet(name).conditionalFormats.map((f) => ({
      range: rangeAddress(f.rect),
      formula: f.formula,
      mark: { fill: f.fill?.slice(1), fontColor: f.fontColor?.slice(1), bold: f.bold, border: `${LINES[f.borders.left?.style ?? ''] ?? ''} ${f.borders.left?.color.slice(1)}` },
    }));
    expect(inExcel).toEqual(inFile);
    expect(inExcel.length).toBe(plan.sheets.find((s) => s.name === name)?.conditionalFormats.length);
  });

  it.each(sheets)('%s: the same protection, frozen rows, grid lines, column widths and row heights', (name) => {
    const xml = sheetXml(name);
    const sim = simSheet(name);
    const ws = worksheets.get(name) as Worksheet;
    const protection = elements(xml, 'sheetProtection')[0]?.attributes;
    expect({
      protected: sim.protection !== undefined,
      formatRows: sim.protection?.allowFormatRows ?? false,
      formatColumns: sim.protection?.allowFormatColumns ?? false,
    }).toEqual({ protected: protection?.sheet === '1', formatRows: protection?.formatRows === '0', formatColumns: protection?.formatColumns === '0' });
    expect(sim.frozenRows).toBe(Number(elements(xml, 'pane')[0]?.attributes.ySplit ?? 0));
    expect(sim.showGridlines).toBe(elements(xml, 'sheetView')[0]?.attributes.showGridLines !== '0');
    const widths = Array.from({ length: ws.columnCount }, (_, i) => ws.getColumn(i + 1).width).filter((w): w is number => w !== undefined);
    expect([...sim.columnWidths.values()]).toEqual(widths.map(columnWidthPoints));
    const planned = plan.sheets.find((s) => s.name === name)?.rowHeights ?? [];
    for (const { row } of planned) expect({ row, height: sim.rowHeights.get(row) }).toEqual({ row, height: ws.getRow(row).height });
  });

  it.each(sheets)('%s: the same print setup: A4, orientation, margins, title rows, page breaks, footer', (name) => {
    const xml = sheetXml(name);
    const page = simSheet(name).page;
    const setup = elements(xml, 'pageSetup')[0]?.attributes ?? {};
    const margins = elements(xml, 'pageMargins')[0]?.attributes ?? {};
    const points = (inches: string | undefined): number => Math.round(Number(inches) * POINTS_PER_INCH * 1000) / 1000;
    const titles = elements(part('xl/workbook.xml'), 'definedName').find((n) => n.attributes.name === '_xlnm.Print_Titles' && n.inner.includes(name))?.inner.replace(/^.*!/, '');
    const round = (n: number | undefined): number => Math.round((n ?? 0) * 1000) / 1000;
    expect({
      paper: page.paperSize,
      orientation: page.orientation?.toLowerCase(),
      margins: [page.margins.left, page.margins.right, page.margins.top, page.margins.bottom, page.margins.header, page.margins.footer].map(round),
      titles: page.printTitleRows,
      breaks: page.breaks,
      footer: [page.footer.left ?? '', page.footer.center ?? '', page.footer.right ?? ''].join('|'),
    }).toEqual({
      paper: setup.paperSize === '9' ? 'A4' : setup.paperSize,
      orientation: setup.orientation,
      margins: [margins.left, margins.right, margins.top, margins.bottom, margins.header, margins.footer].map(points),
      titles,
      breaks: elements(xml, 'brk').map((b) => Number(b.attributes.id) + 1),
      footer: footerParts(elements(xml, 'oddFooter')[0]?.inner ?? ''),
    });
  });
});

function footerParts(xmlText: string): string {
  const text = xmlText.replace(/&amp;/g, '&');
  const left = /&L(.*?)(?=&[CR]|$)/.exec(text)?.[1] ?? '';
  const center = /&C(.*?)(?=&[LR]|$)/.exec(text)?.[1] ?? '';
  const right = /&R(.*?)(?=&[LC]|$)/.exec(text)?.[1] ?? '';
  return [left, center, right].join('|');
}
