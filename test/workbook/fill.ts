/**
 * Fills a workbook as a user would, with ExcelJS: values go into the cells the file's own defined
 * names and tables point at (not where the plan put them), so moved workbooks are filled correctly.
 */
import type { CellValue as ExcelValue, Workbook } from 'exceljs';
import { cellAddress, parseRange } from '../../src/report/layout/a1';
import { fieldName, tableName } from '../../src/report/layout/names';
import type { PayloadV1 } from '../../src/report/payload';
import type { CellValue } from '../../src/report/values';
import { openXlsx } from '../../src/workbook/open-xlsx';
import type { WorkbookMap } from '../../src/workbook/workbook-map';
import { arsrapport2013 } from '../../src/report/templates/arsrapport-2013';
import { findTable } from '../../src/report/fields';

export interface Opened {
  readonly workbook: Workbook;
  readonly map: WorkbookMap;
}

export async function open(bytes: Uint8Array): Promise<Opened> {
  const opened = await openXlsx(bytes);
  if (!opened.ok) throw new Error(opened.message);
  return opened;
}

export async function save(workbook: Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** ISO dates become real date cells, as when a user types 19.02.2014 in Excel. */
const excelValue = (value: CellValue | ExcelValue): ExcelValue =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : (value as ExcelValue);

function setCell(workbook: Workbook, sheet: string, address: string, value: CellValue | ExcelValue): void {
  const worksheet = workbook.getWorksheet(sheet);
  if (!worksheet) throw new Error(`Arbeidsboken mangler arket ${sheet}`);
  worksheet.getCell(address).value = excelValue(value);
}

export function setField({ workbook, map }: Opened, id: string, value: CellValue | ExcelValue): void {
  const cell = map.names.get(fieldName(id));
  if (!cell) throw new Error(`Arbeidsboken mangler navnet for ${id}`);
  setCell(workbook, cell.sheet, cell.address, value);
}

/** The sheet cell of a table column in a 0-based data row, or of the total row with `row` 'total'. */
export function tableCellOf({ map }: Opened, tableId: string, row: number | 'total', columnId: string): { sheet: string; address: string } {
  const table = map.tables.get(tableName(tableId));
  const header = findTable(arsrapport2013, tableId)?.columns.find((c) => c.id === columnId)?.header;
  const range = table && parseRange(table.part.ref);
  const index = table?.part.columns.indexOf(header ?? '') ?? -1;
  if (!table || !range || index < 0) throw new Error(`Fant ikke ${tableId}.${columnId}`);
  const sheetRow = row === 'total' ? range.bottom : range.top + table.part.headerRows + row;
  return { sheet: table.sheet, address: cellAddress(range.left + index, sheetRow) };
}

export function setTableCell(opened: Opened, tableId: string, row: number | 'total', columnId: string, value: CellValue | ExcelValue): void {
  const { sheet, address } = tableCellOf(opened, tableId, row, columnId);
  setCell(opened.workbook, sheet, address, value);
}

export function fillPayload(opened: Opened, payload: PayloadV1): void {
  for (const [id, value] of Object.entries(payload.values)) setField(opened, id, value);
  for (const [tableId, rows] of Object.entries(payload.tables)) {
    rows.forEach((row, i) => {
      for (const [columnId, value] of Object.entries(row)) setTableCell(opened, tableId, i, columnId, value);
    });
  }
}

/** The template's bytes filled with a payload. */
export async function filled(template: Uint8Array, payload: PayloadV1): Promise<Buffer> {
  const opened = await open(template);
  fillPayload(opened, payload);
  return save(opened.workbook);
}

/** What reading gives back for a payload: empty cells are not sent. */
export function withoutEmpty(payload: PayloadV1): PayloadV1 {
  const keep = (v: CellValue): boolean => v !== null && !(typeof v === 'string' && v.trim() === '');
  const clean = (record: Record<string, CellValue>): Record<string, CellValue> =>
    Object.fromEntries(Object.entries(record).filter(([, v]) => keep(v)));
  return {
    template: payload.template,
    values: clean(payload.values),
    tables: Object.fromEntries(Object.entries(payload.tables).map(([id, rows]) => [id, rows.map(clean)])),
  };
}
