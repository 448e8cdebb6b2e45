/**
 * Where the template's cells are in the simulated Excel, found as the add-in finds them (defined names,
 * table names), and a report's values put there as a user's saved workbook holds them.
 */
import type { SimulatedExcel } from '../../src/excel/simulated';
import { tables } from '../../src/report/fields';
import { cellAddress } from '../../src/report/layout/a1';
import { fieldName, tableName } from '../../src/report/layout/names';
import type { PayloadV1 } from '../../src/report/payload';
import { defaultTemplate, findTemplate } from '../../src/report/templates';

export interface SheetCell {
  readonly sheet: string;
  readonly address: string;
}

/** The cell of a field: `c1_fastrente` → `{ sheet: '2 Delmål', address: 'C12' }`. */
export function fieldCell(excel: SimulatedExcel, field: string): SheetCell {
  const target = excel.model.names.find((n) => n.name === fieldName(field))?.target;
  if (target === undefined || 'error' in target) throw new Error(`Arbeidsboken har ikke navnet ${fieldName(field)}`);
  const sheet = excel.model.sheets.find((s) => s.id === target.sheetId);
  if (sheet === undefined) throw new Error(`Ingen ark for ${fieldName(field)}`);
  return { sheet: sheet.name, address: cellAddress(target.rect.left, target.rect.top) };
}

function tableOf(excel: SimulatedExcel, table: string) {
  const found = excel.model.sheets.flatMap((sheet) => sheet.tables.map((t) => ({ sheet, table: t }))).find((f) => f.table.name === tableName(table));
  if (found === undefined) throw new Error(`Arbeidsboken har ikke tabellen ${tableName(table)}`);
  return found;
}

/** A cell of a table's body, by 0-based row and the template's column id; `'total'` is the total row. */
export function tableCellOf(excel: SimulatedExcel, table: string, row: number | 'total', column: string): SheetCell {
  const { sheet, table: model } = tableOf(excel, table);
  const def = tables(defaultTemplate).find((t) => t.id === table);
  const offset = def?.columns.findIndex((c) => c.id === column) ?? -1;
  if (offset < 0) throw new Error(`Tabellen ${table} har ikke kolonnen ${column}`);
  const sheetRow = row === 'total' ? model.rect.bottom : model.rect.top + 1 + row;
  return { sheet: sheet.name, address: cellAddress(model.rect.left + offset, sheetRow) };
}

function never(): never {
  throw new Error('Malen finnes ikke');
}

export function fillWorkbook(excel: SimulatedExcel, payload: PayloadV1): void {
  const template = findTemplate(payload.template.id, payload.template.version) ?? never();
  for (const [field, value] of Object.entries(payload.values)) {
    const { sheet, address } = fieldCell(excel, field);
    excel.user.put(sheet, address, value);
  }
  for (const table of tables(template)) {
    const rows = payload.tables[table.id] ?? [];
    const bodyRows = (): number => tableOf(excel, table.id).table.rect.bottom - tableOf(excel, table.id).table.rect.top - 1;
    while (bodyRows() < rows.length) excel.user.addTableRow(tableName(table.id));
    rows.forEach((row, i) => {
      for (const column of table.columns) {
        const value = row[column.id];
        if (value === undefined) continue;
        const { sheet, address } = tableCellOf(excel, table.id, i, column.id);
        excel.user.put(sheet, address, value);
      }
    });
  }
}
