/** Where the values of a payload go in a layout plan's sheets (for filling a plan's cells in tests). */
import { fieldCell, findTablePlan, tableCellAddress } from '../../src/report/layout/lookup';
import type { LayoutPlan } from '../../src/report/layout/plan';
import type { PayloadV1 } from '../../src/report/payload';
import type { CellValue } from '../../src/report/values';

export interface PlacedValue {
  readonly sheet: string;
  readonly address: string;
  readonly value: CellValue;
}

export function placeValues(plan: LayoutPlan, payload: PayloadV1): PlacedValue[] {
  const fields = Object.entries(payload.values).map(([id, value]) => {
    const cell = fieldCell(plan, id);
    if (!cell) throw new Error(`Planen har ikke feltet ${id}.`);
    return { sheet: cell.sheet, address: cell.address, value };
  });
  const rows = Object.entries(payload.tables).flatMap(([tableId, tableRows]) => {
    const found = findTablePlan(plan, tableId);
    if (!found) throw new Error(`Planen har ikke tabellen ${tableId}.`);
    return tableRows.flatMap((row, i) =>
      Object.entries(row).map(([columnId, value]) => {
        const address = tableCellAddress(found.table, i, columnId);
        if (!address || found.table.firstDataRow + i > found.table.lastDataRow) throw new Error(`${tableId}[${i}].${columnId} er utenfor planen.`);
        return { sheet: found.sheet.name, address, value };
      }),
    );
  });
  return [...fields, ...rows];
}
