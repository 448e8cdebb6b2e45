/**
 * One template table read from its Excel table: by the table's ref and its column names, so a table
 * that grew, moved or had its columns reordered reads the same. Computed cells and total cells are
 * reported only when they no longer hold the template's formula, so that OKO-05 can flag them.
 */
import { totalColumns } from '../report/compute';
import { tableCell } from '../report/findings';
import { cellAddress, columnLetters, parseRange, sheetAddress } from '../report/layout/a1';
import { columnSum, formulaA1, normalizeFormula } from '../report/layout/formulas';
import { isEmpty } from '../report/numbers';
import type { CellValue } from '../report/values';
import { totalCell } from '../report/rules/input';
import type { TableDef } from '../report/template';
import type { CellRead } from './cell-value';
import type { TablePart } from './table-part';

export interface SheetReader {
  cell(sheet: string, address: string): CellRead;
  /** The last row of the sheet that holds anything; a table's ref may claim far more rows. */
  lastRow(sheet: string): number;
}

export interface TableRead {
  readonly rows: Record<string, CellValue>[];
  /** Total-row cells that differ from the template's formula. */
  readonly totals: Readonly<Record<string, CellValue>>;
  readonly addresses: Readonly<Record<string, string>>;
}

const sameName = (a: string, b: string): boolean =>
  a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();

const holds = (cell: CellRead, formula: string): boolean =>
  cell.formula !== undefined && normalizeFormula(cell.formula) === normalizeFormula(formula);

export function readTable(table: TableDef, sheet: string, part: TablePart, reader: SheetReader): TableRead {
  const range = parseRange(part.ref);
  if (!range) return { rows: [], totals: {}, addresses: {} };
  const read = (address: string): CellRead => reader.cell(sheet, address);
  // The header cells are what the user sees, and they survive programs that rewrite the table part
  // badly (ExcelJS drops every column from the first calculated one when it saves a file again).
  const names = Array.from({ length: range.right - range.left + 1 }, (_, i) => {
    const header = part.headerRows > 0 ? read(cellAddress(range.left + i, range.top)).value : null;
    return typeof header === 'string' && header.trim() !== '' ? header : (part.columns[i] ?? '');
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
  const firstRow = range.top + part.headerRows;
  const lastRow = range.bottom - part.totalRows;
  const rows: Record<string, CellValue>[] = [];
  const addresses: Record<string, string> = {};

  for (let row = firstRow; row <= Math.min(lastRow, reader.lastRow(sheet)); row++) {
    const cells = table.columns.flatMap((column) => {
      const col = columnOf.get(column.id);
      if (col === undefined) return [];
      const address = cellAddress(col, row);
      const expected = column.formula && formulaA1(column.formula, (id) => `${letter(id)}${row}`);
      return [{ id: column.id, address, cell: read(address), expected }];
    });
    // Inputs that hold something, and computed cells that no longer hold their formula (also emptied ones).
    const changed = cells.filter(({ cell, expected }) => (expected === undefined ? !isEmpty(cell.value) : !holds(cell, expected)));
    if (changed.every(({ cell }) => isEmpty(cell.value))) continue;
    for (const { id, address } of cells) addresses[tableCell(table.id, rows.length, id)] = sheetAddress(sheet, address);
    rows.push(Object.fromEntries(changed.map(({ id, cell }) => [id, cell.value])));
  }

  const totals: Record<string, CellValue> = {};
  if (part.totalRows > 0) {
    for (const id of totalColumns(table)) {
      const col = columnOf.get(id);
      if (col === undefined) continue;
      const address = cellAddress(col, range.bottom);
      addresses[totalCell(table.id, id)] = sheetAddress(sheet, address);
      const cell = read(address);
      if (!holds(cell, columnSum(letter(id), firstRow, lastRow))) totals[id] = cell.value;
    }
  }
  return { rows, totals, addresses };
}
