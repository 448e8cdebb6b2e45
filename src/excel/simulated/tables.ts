/**
 * Excel tables as Excel keeps them: column names are the header cells' text, a column whose body holds
 * one formula filled down is a calculated column, and a row added to the table gets the calculated
 * formulas and the row above's formats, while the total row's sums, and the conditional formats and
 * validations over the table's columns, grow to take it in.
 */
import { normalizeFormula } from '../../report/layout/formulas';
import { mapReferences, type Reference } from '../../report/layout/formula-references';
import type { Calculation } from './calculation';
import { toText } from './values';
import { cellAt, findSheet, isFormula, touchCell, type Rect, type SheetModel, type TableModel, type WorkbookModel } from './model';
import { fillFormula, insertRows } from './structure';

export function bodyRows(table: TableModel): { first: number; last: number } {
  return { first: table.rect.top + (table.showHeaders ? 1 : 0), last: table.rect.bottom - (table.showTotals ? 1 : 0) };
}

export function columnNames(sheet: SheetModel, table: TableModel, calculation: Calculation): string[] {
  const names: string[] = [];
  for (let column = table.rect.left; column <= table.rect.right; column++) {
    const header = table.showHeaders ? toText(calculation.value(sheet, table.rect.top, column)) : '';
    names.push(typeof header === 'string' && header !== '' ? header : `Column${column - table.rect.left + 1}`);
  }
  return names;
}

/** Empty header cells get generated column names, as Excel writes them. */
export function nameEmptyHeaders(sheet: SheetModel, table: TableModel): void {
  if (!table.showHeaders) return;
  for (let column = table.rect.left; column <= table.rect.right; column++) {
    const cell = touchCell(sheet, table.rect.top, column);
    if (cell.content === undefined || cell.content === '') cell.content = `Column${column - table.rect.left + 1}`;
  }
}

export function setShowTotals(sheet: SheetModel, table: TableModel, show: boolean): void {
  if (show === table.showTotals) return;
  if (show) {
    table.rect = { ...table.rect, bottom: table.rect.bottom + 1 };
    const label = touchCell(sheet, table.rect.bottom, table.rect.left);
    if (label.content === undefined) label.content = 'Total';
  } else {
    for (let column = table.rect.left; column <= table.rect.right; column++) delete touchCell(sheet, table.rect.bottom, column).content;
    table.rect = { ...table.rect, bottom: table.rect.bottom - 1 };
  }
  table.showTotals = show;
}

/** After cells of `written` changed: a table column whose whole body holds one formula filled down becomes calculated. */
export function detectCalculatedColumns(sheet: SheetModel, written: Rect): void {
  for (const table of sheet.tables) {
    const { first, last } = bodyRows(table);
    if (written.top > first || written.bottom < last) continue;
    for (let column = Math.max(written.left, table.rect.left); column <= Math.min(written.right, table.rect.right); column++) {
      const top = cellAt(sheet, first, column)?.content;
      const offset = column - table.rect.left;
      const filled =
        isFormula(top) &&
        Array.from({ length: last - first + 1 }, (_, i) => cellAt(sheet, first + i, column)?.content).every(
          (content, i) => isFormula(content) && normalizeFormula(content.formula) === normalizeFormula(fillFormula(top.formula, i)),
        );
      if (filled) table.calculated.set(offset, top.formula);
      else table.calculated.delete(offset);
    }
  }
}

/** A reference or range exactly over table columns' old body reaches to the new last row. */
function reachNewRow(rect: Rect, table: TableModel, first: number, oldLast: number): Rect {
  const withinColumns = rect.left >= table.rect.left && rect.right <= table.rect.right;
  return withinColumns && rect.top === first && rect.bottom === oldLast ? { ...rect, bottom: oldLast + 1 } : rect;
}

/** A row added at the end of the table's body, as Tab in its last cell adds one. */
export function addTableRow(workbook: WorkbookModel, sheet: SheetModel, tableId: number): void {
  const before = sheet.tables.find((t) => t.id === tableId);
  if (!before) return;
  const { first, last } = bodyRows(before);
  const row = last + 1;
  insertRows(workbook, sheet, row, 1);
  const table = sheet.tables.find((t) => t.id === tableId);
  if (!table) return;
  // Without a total row the insertion lies below the table, which Excel then widens to take the row in.
  if (!table.showTotals) table.rect = { ...table.rect, bottom: row };
  const grow = (rect: Rect): Rect => reachNewRow(rect, table, first, last);
  for (const s of workbook.sheets) {
    const map = (reference: Reference): Reference => {
      const target = reference.sheet === undefined ? s : findSheet(workbook, reference.sheet);
      if (target !== sheet) return reference;
      const end = reference.end ?? reference.start;
      const rect = grow({ top: reference.start.row, left: reference.start.column, bottom: end.row, right: end.column });
      return reference.end ? { ...reference, end: { ...reference.end, row: rect.bottom } } : reference;
    };
    for (const cell of s.cells.values()) {
      if (isFormula(cell.content)) cell.content = { formula: mapReferences(cell.content.formula, map) };
    }
  }
  for (const format of sheet.conditionalFormats) format.rect = grow(format.rect);
  for (const validation of sheet.validations) validation.rect = grow(validation.rect);
  fillRows(sheet, table, row, 1);
}

/** New rows inside a table take the row above's formats and the calculated columns' formulas. */
export function fillRows(sheet: SheetModel, table: TableModel, from: number, count: number): void {
  const { first } = bodyRows(table);
  for (let row = from; row < from + count; row++) {
    for (let column = table.rect.left; column <= table.rect.right; column++) {
      const cell = touchCell(sheet, row, column);
      cell.format = structuredClone(touchCell(sheet, from - 1, column).format);
      const calculated = table.calculated.get(column - table.rect.left);
      if (calculated !== undefined) cell.content = { formula: fillFormula(calculated, row - first) };
    }
  }
}
