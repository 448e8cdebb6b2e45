/** Layout plan → .xlsx bytes with ExcelJS (for the CLI and the server's template download). */
import {
  Workbook,
  type Border,
  type CellValue,
  type DataValidation,
  type PageSetup,
  type Style,
  type TableProperties,
  type Worksheet,
} from 'exceljs';
import { cellAddress, parseRange, sheetAddress } from '../report/layout/a1';
import type { CellPlan, LayoutPlan, SheetPlan, TablePlan, ValidationPlan } from '../report/layout/plan';
import type { BorderLine, CellStyle, MarkStyle, StyleName } from '../report/layout/styles';
import type { Severity } from '../report/values';
import { fileFormula } from './file-formula';
import { parseTablePart, renderTablePart } from './table-part';
import { escapeXml } from './xml';
import { readZip } from './zip-read';
import { writeZip } from './zip-write';

// A4 in the OOXML paper size list.
const PAPER_A4 = 9;
const BORDER_COLOR = { argb: 'FFBFBFBF' };
const MM_PER_INCH = 25.4;
const LAST_COLUMN = 16_384;

type Font = LayoutPlan['font'];

const argb = (rgb: string): { argb: string } => ({ argb: `FF${rgb}` });

function borderOf(line: true | BorderLine): Partial<Style['border']> {
  const side: Partial<Border> =
    line === true ? { style: 'thin', color: BORDER_COLOR } : { style: line.style === 'dash' ? 'dashed' : 'thin', color: argb(line.color) };
  return { top: side, left: side, bottom: side, right: side };
}

function excelStyle(style: CellStyle, font: Font): Partial<Style> {
  return {
    font: {
      name: font.name,
      size: style.size ?? font.size,
      ...(style.bold ? { bold: true } : {}),
      ...(style.italic ? { italic: true } : {}),
      ...(style.color ? { color: argb(style.color) } : {}),
    },
    ...(style.fill ? { fill: { type: 'pattern', pattern: 'solid', fgColor: argb(style.fill) } } : {}),
    ...(style.border ? { border: borderOf(style.border) } : {}),
    ...(style.numberFormat ? { numFmt: style.numberFormat } : {}),
    alignment: {
      ...(style.wrap ? { wrapText: true } : {}),
      ...(style.horizontal ? { horizontal: style.horizontal } : {}),
      ...(style.vertical ? { vertical: style.vertical === 'center' ? 'middle' : style.vertical } : {}),
    },
    protection: { locked: style.locked },
  };
}

function excelValue(cell: CellPlan): CellValue {
  if (cell.formula !== undefined) return { formula: cell.formula, ...(cell.result === undefined ? {} : { result: cell.result }) };
  return cell.value ?? null;
}

const isoDate = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

function excelValidation(v: ValidationPlan): DataValidation {
  const common = {
    allowBlank: true,
    showInputMessage: true,
    promptTitle: v.prompt.title,
    prompt: v.prompt.text,
    showErrorMessage: true,
    errorStyle: v.error.style,
    errorTitle: v.error.title,
    error: v.error.text,
  };
  const { rule } = v;
  switch (rule.type) {
    case 'whole':
    case 'decimal':
      return rule.max === undefined
        ? { ...common, type: rule.type, operator: 'greaterThanOrEqual', formulae: [rule.min] }
        : { ...common, type: rule.type, operator: 'between', formulae: [rule.min, rule.max] };
    case 'date':
      return { ...common, type: 'date', operator: 'between', formulae: [isoDate(rule.min), isoDate(rule.max)] };
    case 'textLength':
      return { ...common, type: 'textLength', operator: 'equal', formulae: [rule.equals] };
  }
}

/** ExcelJS writes the table's cells from `rows`; the plan's cells then draw over them. */
function excelTable(table: TablePlan): TableProperties {
  return {
    name: table.name,
    ref: cellAddress(parseRange(table.ref)?.left ?? 1, table.headerRow),
    headerRow: true,
    totalsRow: true,
    columns: table.columns.map((c) => ({ name: c.header, totalsRowFunction: 'none', filterButton: true })),
    rows: Array.from({ length: table.lastDataRow - table.firstDataRow + 1 }, () => table.columns.map(() => null)),
  };
}

/**
 * Validation per range, never per cell: ExcelJS merges per-cell validations with an optimiser that
 * sorts addresses as text and then writes overlapping ranges (B10:F26 and B7:F26). A single cell is
 * given as a one-cell range (`B9:B9`), which the optimiser leaves alone. `dataValidations.add` exists
 * at run time but is missing from ExcelJS's typings.
 */
function addValidation(ws: Worksheet, range: string, validation: DataValidation): void {
  const asRange = range.includes(':') ? range : `${range}:${range}`;
  (ws as unknown as { dataValidations: { add(range: string, validation: DataValidation): void } }).dataValidations.add(asRange, validation);
}

function pageSetup({ print }: SheetPlan): Partial<PageSetup> {
  const inches = (mm: number): number => mm / MM_PER_INCH;
  const { left, right, top, bottom, header, footer } = print.margins;
  return {
    paperSize: PAPER_A4,
    orientation: print.orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: inches(left), right: inches(right), top: inches(top), bottom: inches(bottom), header: inches(header), footer: inches(footer) },
    ...(print.titleRows ? { printTitlesRow: `${print.titleRows.first}:${print.titleRows.last}` } : {}),
  };
}

/** A mark as a conditional format's differential style: only what it changes (fill, font colour and weight, border). */
function markStyle(mark: MarkStyle): Partial<Style> {
  return {
    fill: { type: 'pattern', pattern: 'solid', bgColor: argb(mark.fill) },
    font: { color: argb(mark.fontColor), bold: mark.bold },
    border: borderOf(mark.border),
  };
}

function addConditionalFormats(ws: Worksheet, sheet: SheetPlan, marks: Readonly<Record<Severity, Partial<Style>>>): void {
  sheet.conditionalFormats.forEach((format, i) => {
    ws.addConditionalFormatting({
      ref: format.range,
      rules: [{ type: 'expression', priority: i + 1, formulae: [fileFormula(format.formula)], style: marks[format.severity] }],
    });
  });
}

async function renderSheet(
  workbook: Workbook,
  sheet: SheetPlan,
  styles: Readonly<Record<StyleName, Partial<Style>>>,
  marks: Readonly<Record<Severity, Partial<Style>>>,
): Promise<Worksheet> {
  const ws = workbook.addWorksheet(sheet.name, {
    state: sheet.visible ? 'visible' : 'hidden',
    views: [
      {
        showGridLines: sheet.gridLines,
        ...(sheet.frozenRows > 0 ? { state: 'frozen', ySplit: sheet.frozenRows, topLeftCell: `A${sheet.frozenRows + 1}` } : {}),
      },
    ],
    pageSetup: pageSetup(sheet),
    ...(sheet.print.footer === '' ? {} : { headerFooter: { oddFooter: sheet.print.footer } }),
  });
  sheet.columnWidths.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  for (const table of sheet.tables) ws.addTable(excelTable(table));
  for (const cell of sheet.cells) {
    const target = ws.getCell(cell.address);
    target.value = excelValue(cell);
    target.style = styles[cell.style];
  }
  // After the cells: a merged cell takes the style of the range's first cell.
  for (const range of sheet.merges) ws.mergeCells(range);
  for (const { row, height } of sheet.rowHeights) ws.getRow(row).height = height;
  // A break is written under the row before the page it starts, across every column (A to XFD): ExcelJS's
  // default right edge lies past Excel's last column.
  for (const row of sheet.print.pageBreaks) ws.getRow(row - 1).addPageBreak(1, LAST_COLUMN);
  for (const validation of sheet.validations) addValidation(ws, validation.range, excelValidation(validation));
  addConditionalFormats(ws, sheet, marks);
  if (sheet.protection) await ws.protect('', Object.fromEntries(sheet.protection.allow.map((a) => [a, true])));
  return ws;
}

const TABLE_PART = /^xl\/tables\/[^/]+\.xml$/;
const STYLES_PART = 'xl/styles.xml';
// ExcelJS writes its Normal font first: Calibri 11 in the theme's font scheme.
const FIRST_FONT = /<font>[\s\S]*?<\/font>/;
// Generous: this only reads what ExcelJS has just written.
const OWN_OUTPUT_LIMITS = { maxEntries: 10_000, maxTotalBytes: 1024 ** 3, maxRatio: Infinity, ratioFloor: 0 };

/**
 * The Normal style's font, which ExcelJS cannot set: column widths are counted in its digit width, so it
 * must be the plan's font for the widths to print as planned. No theme scheme, or Excel would use the theme's.
 */
function withNormalFont(stylesXml: string, font: Font): string {
  if (!FIRST_FONT.test(stylesXml)) throw new Error('ExcelJS skrev styles.xml uten skrift.');
  return stylesXml.replace(FIRST_FONT, `<font><sz val="${font.size}"/><name val="${escapeXml(font.name)}"/><family val="2"/></font>`);
}

/** Replaces ExcelJS's table parts with complete ones (see table-part.ts) and sets the Normal font. */
async function finishPackage(bytes: Buffer, plan: LayoutPlan): Promise<Buffer> {
  const zip = await readZip(bytes, OWN_OUTPUT_LIMITS);
  if (!zip.ok) throw new Error('ExcelJS skrev en ugyldig zip-fil.');
  const planned = new Map(plan.sheets.flatMap((s) => s.tables).map((t) => [t.name, t]));
  let id = 0;
  const entries = zip.entries.map((entry) => {
    if (entry.name === STYLES_PART) return { name: entry.name, data: Buffer.from(withNormalFont(entry.data.toString('utf8'), plan.font), 'utf8') };
    if (!TABLE_PART.test(entry.name)) return entry;
    const table = planned.get(parseTablePart(entry.data.toString('utf8'))?.name ?? '');
    if (!table) throw new Error(`Tabelldelen ${entry.name} finnes ikke i planen.`);
    return { name: entry.name, data: Buffer.from(renderTablePart(table, ++id), 'utf8') };
  });
  return writeZip(entries, true);
}

export async function renderXlsx(plan: LayoutPlan): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = 'BOSO-rapport';
  workbook.title = plan.properties.title;
  workbook.subject = plan.properties.subject;
  workbook.keywords = plan.properties.keywords;
  // The cached results are those of an empty form; Excel recomputes everything when it opens the file.
  workbook.calcProperties.fullCalcOnLoad = true;
  const styles = Object.fromEntries(Object.entries(plan.styles).map(([name, style]) => [name, excelStyle(style, plan.font)])) as Record<
    StyleName,
    Partial<Style>
  >;
  const marks = { feil: markStyle(plan.marks.feil), advarsel: markStyle(plan.marks.advarsel) };
  for (const sheet of plan.sheets) await renderSheet(workbook, sheet, styles, marks);
  for (const name of plan.names) workbook.definedNames.add(sheetAddress(name.sheet, name.address, true), name.name);
  const written = Buffer.from(await workbook.xlsx.writeBuffer());
  return finishPackage(written, plan);
}
