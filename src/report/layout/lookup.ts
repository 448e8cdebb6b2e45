/** Where a field or a table cell sits in a layout plan, for renderers and for filling a plan's cells. */
import { fieldName, tableName } from './names';
import type { LayoutPlan, NamePlan, SheetPlan, TablePlan } from './plan';

/** The part of a plan that says where cells are: enough while the plan is still being built. */
export type PlanCells = Pick<LayoutPlan, 'names'> & { readonly sheets: readonly Pick<SheetPlan, 'name' | 'tables'>[] };

/** The cell a field (typed or computed) is named in. */
export function fieldCell(plan: PlanCells, fieldId: string): NamePlan | undefined {
  const name = fieldName(fieldId);
  return plan.names.find((n) => n.name === name);
}

export function findTablePlan<S extends Pick<SheetPlan, 'name' | 'tables'>>(
  plan: { readonly sheets: readonly S[] },
  tableId: string,
): { readonly sheet: S; readonly table: TablePlan } | undefined {
  const name = tableName(tableId);
  for (const sheet of plan.sheets) {
    const table = sheet.tables.find((t) => t.name === name);
    if (table) return { sheet, table };
  }
  return undefined;
}

/** The address of a column in a 0-based data row of a planned table (rows past the plan's are where the table grows). */
export function tableCellAddress(table: TablePlan, rowIndex: number, columnId: string): string | undefined {
  const column = table.columns.find((c) => c.id === columnId);
  return column && `${column.column}${table.firstDataRow + rowIndex}`;
}
