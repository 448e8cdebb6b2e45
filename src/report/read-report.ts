/**
 * A filled report read out of a workbook into payload v1, whichever program holds the workbook: the
 * `.xlsx` reader (src/workbook) and the add-in (src/excel) both give this one function a view of their
 * cells, so the two cannot disagree. Cells are found by defined name and table name, never by position;
 * a table's columns by their header cells; text is kept as typed; a computed cell is sent only when it no
 * longer holds the template's formula (OKO-05), with the formula it must hold.
 */
import { totalColumns } from './compute';
import { inputFields, tables } from './fields';
import { tableCell } from './findings';
import { cellAddress, columnLetters, parseRange, sheetAddress } from './layout/a1';
import { columnSum, formulaA1, normalizeFormula } from './layout/formulas';
import { fieldName, TEMPLATE_ID_NAME, TEMPLATE_VERSION_NAME, tableName } from './layout/names';
import { isEmpty } from './numbers';
import type { PayloadV1, TemplateRef } from './payload';
import { totalCell } from './rules/input';
import type { TableDef, Template } from './template';
import { findTemplate } from './templates';
import type { CellValue } from './values';

export interface CellRead {
  /** What the cell shows: its value, or its formula's result; text exactly as typed. */
  readonly value: CellValue;
  /** The formula without `=`, if the cell holds one. */
  readonly formula: string | undefined;
}

export interface SheetCell {
  readonly sheet: string;
  readonly address: string;
}

/** An Excel table as the workbook defines it. */
export interface TableLocation {
  readonly sheet: string;
  /** Header, body and total row, e.g. `A6:J27`. */
  readonly ref: string;
  readonly headerRows: number;
  readonly totalRows: number;
  /** The table's column names in sheet order, for header cells that are empty. */
  readonly columns: readonly string[];
}

/** What a reader needs of a workbook. */
export interface ReportSource {
  /** The cell a workbook-scoped defined name refers to; undefined when there is no such name or it names no single cell. */
  name(name: string): SheetCell | undefined;
  table(name: string): TableLocation | undefined;
  cell(sheet: string, address: string): CellRead;
  /** The last row of the sheet that holds anything; a table's ref may claim far more rows. */
  lastRow(sheet: string): number;
}

export type ReportReading =
  | {
      readonly ok: true;
      readonly template: Template;
      readonly payload: PayloadV1;
      /** Field id or table cell (`okonomi[3].budsjett`, `okonomi.total.budsjett`) → `'5 Økonomi'!C12`. */
      readonly addresses: Record<string, string>;
      /** The formula each computed cell sent as typed over must hold, by cell. */
      readonly formulas: Record<string, string>;
      /** Defined names and tables of the template that the workbook lacks. */
      readonly missing: readonly string[];
      /** Each table's empty body rows, in order, as input column id → address: where new rows can be written. */
      readonly emptyRows: Readonly<Record<string, readonly EmptyRow[]>>;
    }
  | { readonly ok: false; readonly reason: 'ikkeMal' }
  | { readonly ok: false; readonly reason: 'ukjentMal'; readonly template: TemplateRef };

/** An empty row of a table: input column id → `'5 Økonomi'!C12`. */
export type EmptyRow = Readonly<Record<string, string>>;

/** A table's ref may claim far more rows than anyone fills; this many empty ones are enough to write into. */
const EMPTY_ROWS_KEPT = 50;

interface TableRead {
  readonly rows: Record<string, CellValue>[];
  readonly emptyRows: readonly EmptyRow[];
  readonly totals: Readonly<Record<string, CellValue>>;
  readonly addresses: Readonly<Record<string, string>>;
  readonly formulas: Readonly<Record<string, string>>;
}

const sameName = (a: string, b: string): boolean =>
  a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();

const holds = (cell: CellRead, formula: string): boolean =>
  cell.formula !== undefined && normalizeFormula(cell.formula) === normalizeFormula(formula);

/** One template table read from its Excel table: a table that grew, moved or had its columns reordered reads the same. */
function readTable(table: TableDef, location: TableLocation, source: ReportSource): TableRead {
  const range = parseRange(location.ref);
  if (!range) return { rows: [], emptyRows: [], totals: {}, addresses: {}, formulas: {} };
  const { sheet } = location;
  const read = (address: string): CellRead => source.cell(sheet, address);
  // The header cells are what the user sees, and they survive programs that rewrite the table part
  // badly (ExcelJS drops every column from the first calculated one when it saves a file again).
  const names = Array.from({ length: range.right - range.left + 1 }, (_, i) => {
    const header = location.headerRows > 0 ? read(cellAddress(range.left + i, range.top)).value : null;
    return typeof header === 'string' && header.trim() !== '' ? header : (location.columns[i] ?? '');
  });
  const columnOf = new Map(
    table.columns.flatMap((column) => {
      const index = names.findIndex((name) => sameName(name, column.header));
      return index < 0 ? [] : [[column.id, range.left + index] as const];
    }),
  );
  // A column that is gone makes the expected formula one no cell can hold.
  const letter = (id: string): string => {
    const column = columnOf.get(id);
    return column === undefined ? '#REF!' : columnLetters(column);
  };
  const firstRow = range.top + location.headerRows;
  const lastRow = range.bottom - location.totalRows;
  const rows: Record<string, CellValue>[] = [];
  const addresses: Record<string, string> = {};
  const formulas: Record<string, string> = {};
  const emptyRows: EmptyRow[] = [];
  const keepEmpty = (row: number): void => {
    if (emptyRows.length >= EMPTY_ROWS_KEPT) return;
    const inputs = table.columns.filter((c) => c.formula === undefined && columnOf.has(c.id));
    emptyRows.push(Object.fromEntries(inputs.map((c) => [c.id, sheetAddress(sheet, cellAddress(columnOf.get(c.id) ?? 0, row))])));
  };

  const lastUsed = Math.min(lastRow, source.lastRow(sheet));
  for (let row = lastUsed + 1; row <= lastRow && row - lastUsed <= EMPTY_ROWS_KEPT; row++) keepEmpty(row);
  const emptyBelow = emptyRows.splice(0);
  for (let row = firstRow; row <= lastUsed; row++) {
    const cells = table.columns.flatMap((column) => {
      const col = columnOf.get(column.id);
      if (col === undefined) return [];
      const address = cellAddress(col, row);
      const expected = column.formula && formulaA1(column.formula, (id) => `${letter(id)}${row}`);
      return [{ id: column.id, address, cell: read(address), expected }];
    });
    // Inputs that hold something, and computed cells that no longer hold their formula (also emptied ones).
    const changed = cells.filter(({ cell, expected }) => (expected === undefined ? !isEmpty(cell.value) : !holds(cell, expected)));
    if (changed.every(({ cell }) => isEmpty(cell.value))) {
      keepEmpty(row);
      continue;
    }
    for (const { id, address, expected } of cells) {
      const cellId = tableCell(table.id, rows.length, id);
      addresses[cellId] = sheetAddress(sheet, address);
      if (expected !== undefined && changed.some((c) => c.id === id)) formulas[cellId] = expected;
    }
    rows.push(Object.fromEntries(changed.map(({ id, cell }) => [id, cell.value])));
  }

  const totals: Record<string, CellValue> = {};
  if (location.totalRows > 0) {
    for (const id of totalColumns(table)) {
      const col = columnOf.get(id);
      if (col === undefined) continue;
      const address = cellAddress(col, range.bottom);
      const cellId = totalCell(table.id, id);
      addresses[cellId] = sheetAddress(sheet, address);
      const cell = read(address);
      const expected = columnSum(letter(id), firstRow, lastRow);
      if (!holds(cell, expected)) {
        totals[id] = cell.value;
        formulas[cellId] = expected;
      }
    }
  }
  emptyRows.push(...emptyBelow.slice(0, EMPTY_ROWS_KEPT - emptyRows.length));
  return { rows, emptyRows, totals, addresses, formulas };
}

function namedValue(source: ReportSource, name: string): CellValue | undefined {
  const location = source.name(name);
  return location && source.cell(location.sheet, location.address).value;
}

/** The template the workbook names in its cells, or else the one `recorded` elsewhere (Excel's workbook settings). */
function identify(source: ReportSource, recorded: TemplateRef | undefined): Template | Exclude<ReportReading, { ok: true }> {
  const id = namedValue(source, TEMPLATE_ID_NAME);
  const version = namedValue(source, TEMPLATE_VERSION_NAME);
  const named = isEmpty(id) || isEmpty(version) ? recorded : { id: String(id), version: String(version) };
  if (!named) return { ok: false, reason: 'ikkeMal' };
  return findTemplate(named.id, named.version) ?? { ok: false, reason: 'ukjentMal', template: named };
}

export function readReport(source: ReportSource, recorded?: TemplateRef): ReportReading {
  const template = identify(source, recorded);
  if ('ok' in template) return template;

  const addresses: Record<string, string> = {};
  const formulas: Record<string, string> = {};
  const values: Record<string, CellValue> = {};
  const missing: string[] = [];
  for (const field of inputFields(template)) {
    const location = source.name(fieldName(field.id));
    if (!location) {
      missing.push(fieldName(field.id));
      continue;
    }
    addresses[field.id] = sheetAddress(location.sheet, location.address);
    const { value } = source.cell(location.sheet, location.address);
    if (!isEmpty(value)) values[field.id] = value;
  }

  const tableRows: PayloadV1['tables'] = {};
  const emptyRows: Record<string, readonly EmptyRow[]> = {};
  const totals: NonNullable<PayloadV1['totals']> = {};
  for (const table of tables(template)) {
    const location = source.table(tableName(table.id));
    if (!location) {
      missing.push(tableName(table.id));
      continue;
    }
    const result = readTable(table, location, source);
    tableRows[table.id] = result.rows;
    emptyRows[table.id] = result.emptyRows;
    if (Object.keys(result.totals).length > 0) totals[table.id] = { ...result.totals };
    Object.assign(addresses, result.addresses);
    Object.assign(formulas, result.formulas);
  }

  const payload: PayloadV1 = {
    template: { id: template.id, version: template.version },
    values,
    tables: tableRows,
    ...(Object.keys(totals).length > 0 ? { totals } : {}),
  };
  return { ok: true, template, payload, addresses, formulas, missing, emptyRows };
}
