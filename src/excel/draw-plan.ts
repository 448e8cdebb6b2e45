/**
 * The layout plan drawn into the open workbook as one batch of queued operations: each sheet's cells as
 * one `formulas` block and one `numberFormat` block, styles by rectangles of cells that share them (never
 * cell by cell: office-js #12), then merges, names, tables, validations, conditional formats, print
 * setup and, last, protection. The caller syncs once for all of it.
 */
import { cellAddress, columnLetters, parseRange, rangeAddress, sheetAddress, type RangePosition } from '../report/layout/a1';
import { rectangles } from '../report/layout/rectangles';
import type { CellPlan, ConditionalFormatPlan, LayoutPlan, SheetPlan, TablePlan, ValidationPlan } from '../report/layout/plan';
import type { BorderLine, CellStyle, MarkStyle } from '../report/layout/styles';
import type { BorderEdge, Range, RangeFormat, RequestContext, Worksheet } from './office';


const BORDER_COLOR = 'BFBFBF';
const EDGES: readonly BorderEdge[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
const MM_PER_INCH = 25.4;
const POINTS_PER_INCH = 72;
// Arial 10's and Calibri 11's digits are 7 pixels wide on screen, the unit of Excel's column widths.
const DIGIT_PIXELS = 7;
const POINTS_PER_PIXEL = 0.75;

/** A column width in characters (as the plan and the `.xlsx` give it) as the points Office.js sets. */
export function columnWidthPoints(width: number): number {
  return Math.trunc(((256 * width + Math.trunc(128 / DIGIT_PIXELS)) / 256) * DIGIT_PIXELS) * POINTS_PER_PIXEL;
}

const millimetresToPoints = (mm: number): number => (mm / MM_PER_INCH) * POINTS_PER_INCH;

const color = (rgb: string): string => `#${rgb.toUpperCase()}`;

/**
 * Text that Excel would read as something else when written (`2013` a number, `=x` a formula) keeps a
 * leading apostrophe, which Excel takes as "this is text" and does not show.
 */
export function asWritten(text: string): string {
  return /^[\s\d=+\-@'.,:%/]|^(true|false)$/i.test(text) ? `'${text}` : text;
}

function content(cell: CellPlan | undefined): string | number {
  if (!cell) return '';
  if (cell.formula !== undefined) return `=${cell.formula}`;
  if (cell.value === undefined) return '';
  return typeof cell.value === 'number' ? cell.value : asWritten(cell.value);
}

function lineOf(line: BorderLine): { style: 'Continuous' | 'Dash'; color: string } {
  return { style: line.style === 'dash' ? 'Dash' : 'Continuous', color: color(line.color) };
}

const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', center: 'Center', bottom: 'Bottom' } as const;

/** A style on a range; only what differs from a fresh cell in the sheet's font. */
function applyStyle(range: Range, style: CellStyle, font: LayoutPlan['font'], multiRow: boolean, multiColumn: boolean): void {
  const format: RangeFormat = range.format;
  if (style.bold) format.font.bold = true;
  if (style.italic) format.font.italic = true;
  if (style.size !== undefined && style.size !== font.size) format.font.size = style.size;
  if (style.color) format.font.color = color(style.color);
  if (style.fill) format.fill.color = color(style.fill);
  if (style.border) {
    const line = style.border === true ? lineOf({ style: 'continuous', color: BORDER_COLOR }) : lineOf(style.border);
    const edges = [...EDGES, ...(multiRow ? (['InsideHorizontal'] as const) : []), ...(multiColumn ? (['InsideVertical'] as const) : [])];
    for (const edge of edges) {
      const border = format.borders.getItem(edge);
      border.style = line.style;
      border.color = line.color;
      border.weight = 'Thin';
    }
  }
  if (style.horizontal) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical) format.verticalAlignment = VERTICAL[style.vertical];
  if (style.wrap) format.wrapText = true;
  if (!style.locked) format.protection.locked = false;
}

function applyValidation(range: Range, v: ValidationPlan): void {
  const { rule } = v;
  const validation = range.dataValidation;
  switch (rule.type) {
    case 'whole':
    case 'decimal': {
      const limits =
        rule.max === undefined
          ? { formula1: rule.min, operator: 'GreaterThanOrEqualTo' as const }
          : { formula1: rule.min, formula2: rule.max, operator: 'Between' as const };
      validation.rule = rule.type === 'whole' ? { wholeNumber: limits } : { decimal: limits };
      break;
    }
    case 'date':
      validation.rule = { date: { formula1: rule.min, formula2: rule.max, operator: 'Between' } };
      break;
    case 'textLength':
      validation.rule = { textLength: { formula1: rule.equals, operator: 'EqualTo' } };
      break;
  }
  const style = { stop: 'Stop', warning: 'Warning', information: 'Information' } as const;
  validation.errorAlert = { style: style[v.error.style], title: v.error.title, message: v.error.text, showAlert: true };
  validation.prompt = { title: v.prompt.title, message: v.prompt.text, showPrompt: true };
  validation.ignoreBlanks = true;
}

function applyConditionalFormat(range: Range, plan: ConditionalFormatPlan, mark: MarkStyle): void {
  const format = range.conditionalFormats.add('Custom');
  format.custom.rule.formula = `=${plan.formula}`;
  format.custom.format.fill.color = color(mark.fill);
  format.custom.format.font.color = color(mark.fontColor);
  // Set either way: where a feil and an advarsel both hold, the higher priority decides every property.
  format.custom.format.font.bold = mark.bold;
  const line = lineOf(mark.border);
  for (const edge of EDGES) {
    const border = format.custom.format.borders.getItem(edge);
    border.style = line.style;
    border.color = line.color;
  }
}

/** `&L…&C…&R…` (Excel's header and footer codes) → the three sections Office.js sets apart. */
export function footerSections(footer: string): { left: string; center: string; right: string } {
  const sections = { left: '', center: '', right: '' };
  let current: keyof typeof sections = 'center';
  for (const part of footer.split(/(&&|&[LCR])/)) {
    if (part === '&L') current = 'left';
    else if (part === '&C') current = 'center';
    else if (part === '&R') current = 'right';
    else sections[current] += part;
  }
  return sections;
}

function applyPrint(sheet: Worksheet, plan: SheetPlan): void {
  const { print } = plan;
  const page = sheet.pageLayout;
  page.paperSize = 'A4';
  page.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  // The columns fit A4 at 100 % (decision 002): Excel's default zoom stays.
  page.leftMargin = millimetresToPoints(print.margins.left);
  page.rightMargin = millimetresToPoints(print.margins.right);
  page.topMargin = millimetresToPoints(print.margins.top);
  page.bottomMargin = millimetresToPoints(print.margins.bottom);
  page.headerMargin = millimetresToPoints(print.margins.header);
  page.footerMargin = millimetresToPoints(print.margins.footer);
  if (print.titleRows) page.setPrintTitleRows(`$${print.titleRows.first}:$${print.titleRows.last}`);
  for (const row of print.pageBreaks) sheet.horizontalPageBreaks.add(`A${row}`);
  if (print.footer !== '') {
    const { left, center, right } = footerSections(print.footer);
    const footer = page.headersFooters.defaultForAllPages;
    footer.leftFooter = left;
    footer.centerFooter = center;
    footer.rightFooter = right;
  }
}

/** The rows and columns a sheet's content takes, from A1. */
function extent(cells: readonly CellPlan[], merges: readonly string[]): RangePosition {
  const rects = [...cells.map((c) => parseRange(c.address)), ...merges.map((m) => parseRange(m))].filter((r): r is RangePosition => r !== undefined);
  return { top: 1, left: 1, bottom: Math.max(1, ...rects.map((r) => r.bottom)), right: Math.max(1, ...rects.map((r) => r.right)) };
}

function drawTable(sheet: Worksheet, table: TablePlan): void {
  const range = parseRange(table.ref);
  if (!range) return;
  const created = sheet.tables.add(`${columnLetters(range.left)}${table.headerRow}:${columnLetters(range.right)}${table.lastDataRow}`, true);
  created.name = table.name;
  created.style = table.style;
  // The total row takes the planned row under the body; its cells are written with the others below.
  created.showTotals = true;
}

export interface DrawOptions {
  /** Whether the host has the print setup (ExcelApi 1.9). */
  readonly print: boolean;
}

function drawSheet(context: RequestContext, sheet: SheetPlan, plan: LayoutPlan, options: DrawOptions): Worksheet {
  const ws = context.workbook.worksheets.add(sheet.name);
  if (!sheet.visible) ws.visibility = 'Hidden';
  ws.showGridlines = sheet.gridLines;
  if (sheet.frozenRows > 0) ws.freezePanes.freezeRows(sheet.frozenRows);
  sheet.columnWidths.forEach((width, i) => {
    ws.getRange(cellAddress(i + 1, 1)).format.columnWidth = columnWidthPoints(width);
  });
  for (const { row, height } of sheet.rowHeights) ws.getRange(`A${row}`).format.rowHeight = height;
  for (const table of sheet.tables) drawTable(ws, table);

  const { cells, merges } = sheet;
  const box = extent(cells, merges);
  const byAddress = new Map(cells.map((c) => [c.address, c]));
  const block = ws.getRange(rangeAddress(box));
  block.format.font.name = plan.font.name;
  block.format.font.size = plan.font.size;
  const rows = Array.from({ length: box.bottom }, (_, i) => Array.from({ length: box.right }, (__, j) => byAddress.get(cellAddress(j + 1, i + 1))));
  // Formats first: text written into a text-formatted cell stays text (0502 keeps its zero).
  block.numberFormat = rows.map((row) => row.map((c) => (c && plan.styles[c.style].numberFormat) ?? 'General'));
  block.formulas = rows.map((row) => row.map(content));

  // A merged range looks like its first cell throughout, as in the .xlsx.
  const styled = new Map<string, { style: CellStyle; cells: { row: number; column: number }[] }>();
  const styleOf = (c: CellPlan): { name: string; style: CellStyle } => ({ name: c.style, style: plan.styles[c.style] });
  const spread = (c: CellPlan): RangePosition[] => {
    const at = parseRange(c.address);
    const merge = merges.map((m) => parseRange(m)).find((m) => m && at && m.top === at.top && m.left === at.left);
    return merge ? [merge] : at ? [at] : [];
  };
  for (const c of cells) {
    const { name, style } = styleOf(c);
    const entry = styled.get(name) ?? { style, cells: [] };
    for (const r of spread(c)) for (let row = r.top; row <= r.bottom; row++) for (let column = r.left; column <= r.right; column++) entry.cells.push({ row, column });
    styled.set(name, entry);
  }
  for (const { style, cells: covered } of styled.values()) {
    for (const rect of rectangles(covered)) applyStyle(ws.getRange(rangeAddress(rect)), style, plan.font, rect.bottom > rect.top, rect.right > rect.left);
  }
  for (const merge of merges) ws.getRange(merge).merge(false);
  for (const validation of sheet.validations) applyValidation(ws.getRange(validation.range), validation);
  // Each one added goes first; added last to first, they end in the plan's priority order.
  for (const format of [...sheet.conditionalFormats].reverse()) applyConditionalFormat(ws.getRange(format.range), format, plan.marks[format.severity]);
  if (options.print) applyPrint(ws, sheet);
  return ws;
}

/** Queues the whole plan; returns the sheets, first first. Protection comes last: a protected sheet refuses the rest. */
export function drawPlan(context: RequestContext, plan: LayoutPlan, options: DrawOptions): Worksheet[] {
  const sheets = plan.sheets.map((sheet) => drawSheet(context, sheet, plan, options));
  for (const name of plan.names) context.workbook.names.add(name.name, `=${sheetAddress(name.sheet, name.address, true)}`);
  plan.sheets.forEach((sheet, i) => {
    if (!sheet.protection) return;
    const allow = new Set(sheet.protection.allow);
    sheets[i]?.protection.protect({
      allowFormatRows: allow.has('formatRows'),
      allowFormatColumns: allow.has('formatColumns'),
      selectionMode: allow.has('selectLockedCells') ? 'Normal' : allow.has('selectUnlockedCells') ? 'Unlocked' : 'None',
    });
  });
  return sheets;
}
