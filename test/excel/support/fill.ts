/**
 * Fills the simulated workbook as a user would: each value into the cell the workbook's own names and
 * tables point at, rows added to a table (Tab in its last cell) when the report has more.
 */
import { cellAddress, columnLetters } from '../../../src/report/layout/a1';
import { findTable } from '../../../src/report/fields';
import { fieldName, tableName } from '../../../src/report/layout/names';
import type { PayloadV1 } from '../../../src/report/payload';
import type { CellValue } from '../../../src/report/values';
import { arsrapport2013 } from '../../../src/report/templates/arsrapport-2013';
import type { SimulatedExcel } from '../../../src/excel/simulated';
import { findName, findTable as findSheetTable } from '../../../src/excel/simulated/model';
import { bodyRows, columnNames } from '../../../src/excel/simulated/tables';

export function fieldCellOf(excel: SimulatedExcel, id: string): { sheet: string; address: string } {
  const target = findName(excel.model, fieldName(id))?.target;
  const sheet = target && !('error' in target) ? excel.model.sheets.find((s) => s.id === target.sheetId) : undefined;
  if (!sheet || !target || 'error' in target) throw new Error(`Arbeidsboken har ikke navnet for ${id}`);
  return { sheet: sheet.name, address: cellAddress(target.rect.left, target.rect.top) };
}

/** The cell of a table column in a 0-based data row, or in the total row. */
export function tableCellOf(excel: SimulatedExcel, tableId: string, row: number | 'total', columnId: string): { sheet: string; address: string } {
  const found = findSheetTable(excel.model, tableName(tableId));
  const header = findTable(arsrapport2013, tableId)?.columns.find((c) => c.id === columnId)?.header;
  if (!found || header === undefined) throw new Error(`Fant ikke ${tableId}.${columnId}`);
  const index = columnNames(found.sheet, found.table, excel.calculation).indexOf(header);
  if (index < 0) throw new Error(`Tabellen ${tableId} har ikke kolonnen ${header}`);
  const sheetRow = row === 'total' ? found.table.rect.bottom : bodyRows(found.table).first + row;
  return { sheet: found.sheet.name, address: `${columnLetters(found.table.rect.left + index)}${sheetRow}` };
}

function put(excel: SimulatedExcel, at: { sheet: string; address: string }, value: CellValue): void {
  const done = excel.user.put(at.sheet, at.address, value);
  if (!done.accepted) throw new Error(`${at.sheet}!${at.address}: ${done.message}`);
}

export function fillSimulated(excel: SimulatedExcel, payload: PayloadV1): void {
  for (const [id, value] of Object.entries(payload.values)) put(excel, fieldCellOf(excel, id), value);
  for (const [tableId, rows] of Object.entries(payload.tables)) {
    const name = tableName(tableId);
    const size = (): number => {
      const found = findSheetTable(excel.model, name);
      const body = found && bodyRows(found.table);
      return body ? body.last - body.first + 1 : 0;
    };
    while (size() < rows.length) excel.user.addTableRow(name);
    rows.forEach((row, i) => {
      for (const [columnId, value] of Object.entries(row)) put(excel, tableCellOf(excel, tableId, i, columnId), value);
    });
  }
  for (const [tableId, totals] of Object.entries(payload.totals ?? {})) {
    for (const [columnId, value] of Object.entries(totals)) put(excel, tableCellOf(excel, tableId, 'total', columnId), value);
  }
}
