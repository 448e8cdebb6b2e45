/**
 * The simulated workbook's state as plain data, so that one `structuredClone` is an undo record. The
 * proxies (proxies.ts) and the user's actions (user-actions.ts) change it; calculation.ts reads it.
 */
import type { RangePosition } from '../../report/layout/a1';

export type Rect = RangePosition;

export interface ErrorValue {
  readonly error: string;
}

/** What a cell holds: a constant, an error value, or a formula (without `=`). */
export type Content = number | string | boolean | ErrorValue | { readonly formula: string };

export interface BorderModel {
  readonly style: string;
  readonly color: string;
  readonly weight: string;
}

export interface CellFormat {
  numberFormat: string;
  /** `#RRGGBB`; absent for no fill. */
  fill?: string;
  font: { name: string; size: number; bold: boolean; italic: boolean; color: string };
  borders: { top?: BorderModel; bottom?: BorderModel; left?: BorderModel; right?: BorderModel };
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
  locked: boolean;
}

export interface CellModel {
  content?: Content;
  format: CellFormat;
}

export interface TableModel {
  readonly id: number;
  name: string;
  /** Header, body and total row. */
  rect: Rect;
  showHeaders: boolean;
  showTotals: boolean;
  style: string;
  /** Calculated columns: column offset in the table → the formula of the first data row. */
  calculated: Map<number, string>;
}

export interface ValidationModel {
  rect: Rect;
  rule?: Excel.DataValidationRule;
  errorAlert?: Excel.DataValidationErrorAlert;
  prompt?: Excel.DataValidationPrompt;
  ignoreBlanks: boolean;
}

export interface ConditionalFormatModel {
  readonly id: number;
  rect: Rect;
  /** Relative to the range's top-left cell, without `=`. */
  formula: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  borders: { top?: Omit<BorderModel, 'weight'>; bottom?: Omit<BorderModel, 'weight'>; left?: Omit<BorderModel, 'weight'>; right?: Omit<BorderModel, 'weight'> };
}

export interface PageModel {
  paperSize?: string;
  orientation?: string;
  margins: { left?: number; right?: number; top?: number; bottom?: number; header?: number; footer?: number };
  printTitleRows?: string;
  footer: { left?: string; center?: string; right?: string };
  /** Rows that start a printed page. */
  breaks: number[];
}

export interface SheetModel {
  readonly id: string;
  name: string;
  visibility: string;
  showGridlines: boolean;
  frozenRows: number;
  /** By `row:column`. */
  cells: Map<string, CellModel>;
  /** Points. */
  columnWidths: Map<number, number>;
  /** Points. */
  rowHeights: Map<number, number>;
  merges: Rect[];
  tables: TableModel[];
  validations: ValidationModel[];
  /** Highest priority first. */
  conditionalFormats: ConditionalFormatModel[];
  /** Present while the sheet is protected. */
  protection?: Excel.WorksheetProtectionOptions;
  page: PageModel;
}

export type NameTarget = { readonly sheetId: string; readonly rect: Rect } | { readonly error: string };

export interface NameModel {
  name: string;
  target: NameTarget;
}

export interface WorkbookModel {
  sheets: SheetModel[];
  names: NameModel[];
  /** The next id of a sheet, table or conditional format: ids survive renaming, moving and undo. */
  nextId: number;
  activeSheetId?: string;
  selection?: { readonly sheetId: string; readonly rect: Rect };
}

/** Excel's defaults for a cell nobody formatted. */
export function defaultFormat(): CellFormat {
  return {
    numberFormat: 'General',
    font: { name: 'Calibri', size: 11, bold: false, italic: false, color: '#000000' },
    borders: {},
    horizontalAlignment: 'General',
    verticalAlignment: 'Bottom',
    wrapText: false,
    locked: true,
  };
}

export const cellKey = (row: number, column: number): string => `${row}:${column}`;

export function parseCellKey(key: string): { row: number; column: number } {
  const [row = 0, column = 0] = key.split(':').map(Number);
  return { row, column };
}

export function cellAt(sheet: SheetModel, row: number, column: number): CellModel | undefined {
  return sheet.cells.get(cellKey(row, column));
}

/** The cell, created with the default format if nobody touched it yet. */
export function touchCell(sheet: SheetModel, row: number, column: number): CellModel {
  const key = cellKey(row, column);
  const known = sheet.cells.get(key);
  if (known) return known;
  const created: CellModel = { format: defaultFormat() };
  sheet.cells.set(key, created);
  return created;
}

export function* cellsOf(rect: Rect): Generator<{ row: number; column: number }> {
  for (let row = rect.top; row <= rect.bottom; row++) {
    for (let column = rect.left; column <= rect.right; column++) yield { row, column };
  }
}

export function contains(rect: Rect, row: number, column: number): boolean {
  return row >= rect.top && row <= rect.bottom && column >= rect.left && column <= rect.right;
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function sameRect(a: Rect, b: Rect): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}

export function newSheet(id: string, name: string): SheetModel {
  return {
    id,
    name,
    visibility: 'Visible',
    showGridlines: true,
    frozenRows: 0,
    cells: new Map(),
    columnWidths: new Map(),
    rowHeights: new Map(),
    merges: [],
    tables: [],
    validations: [],
    conditionalFormats: [],
    page: { margins: {}, footer: {}, breaks: [] },
  };
}

export function findSheet(workbook: WorkbookModel, name: string): SheetModel | undefined {
  const key = name.toUpperCase();
  return workbook.sheets.find((s) => s.name.toUpperCase() === key);
}

export function findName(workbook: WorkbookModel, name: string): NameModel | undefined {
  const key = name.toUpperCase();
  return workbook.names.find((n) => n.name.toUpperCase() === key);
}

export function findTable(workbook: WorkbookModel, name: string): { sheet: SheetModel; table: TableModel } | undefined {
  const key = name.toUpperCase();
  for (const sheet of workbook.sheets) {
    const table = sheet.tables.find((t) => t.name.toUpperCase() === key);
    if (table) return { sheet, table };
  }
  return undefined;
}

export function isFormula(content: Content | undefined): content is { readonly formula: string } {
  return typeof content === 'object' && 'formula' in content;
}
