import { z } from 'zod';
import { cellValueSchema, severitySchema } from './values';

/**
 * One thing validation found. `fields` name field ids (`c1_fastrente`) or table cells
 * (`okonomi[7].avvik_totalt`, 0-based rows) so the add-in can select and mark them; `values` holds
 * what triggered the rule; `message` is the Norwegian sentence rendered from the rest.
 */
export const findingSchema = z.object({
  rule: z.string(),
  severity: severitySchema,
  fields: z.array(z.string()),
  message: z.string(),
  values: z.record(z.string(), cellValueSchema).optional(),
});
export type Finding = z.infer<typeof findingSchema>;

export function tableCell(table: string, row: number, column: string): string {
  return `${table}[${row}].${column}`;
}

const TABLE_CELL = /^([a-z0-9_]+)\[(\d+)\]\.([a-z0-9_]+)$/;

/** A table cell named as findings name it (`okonomi[3].budsjett`), or undefined for anything else. */
export function parseTableCell(cell: string): { readonly table: string; readonly row: number; readonly column: string } | undefined {
  const [, table, row, column] = TABLE_CELL.exec(cell) ?? [];
  return table === undefined || column === undefined ? undefined : { table, row: Number(row), column };
}
