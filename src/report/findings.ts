export type { Finding } from './finding-schema';

export function tableCell(table: string, row: number, column: string): string {
  return `${table}[${row}].${column}`;
}

const TABLE_CELL = /^([a-z0-9_]+)\[(\d+)\]\.([a-z0-9_]+)$/;

/** A table cell named as findings name it (`okonomi[3].budsjett`), or undefined for anything else. */
export function parseTableCell(cell: string): { readonly table: string; readonly row: number; readonly column: string } | undefined {
  const [, table, row, column] = TABLE_CELL.exec(cell) ?? [];
  return table === undefined || column === undefined ? undefined : { table, row: Number(row), column };
}
