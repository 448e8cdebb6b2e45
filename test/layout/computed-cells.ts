/** Every value `computeAll` computes, side by side with what a spreadsheet engine shows in the plan's cell for it. */
import { computeAll, totalColumns } from '../../src/report/compute';
import { countBlocks, gridFieldId, grids, tables } from '../../src/report/fields';
import { fieldCell, findTablePlan, tableCellAddress } from '../../src/report/layout/lookup';
import type { LayoutPlan } from '../../src/report/layout/plan';
import { toOre } from '../../src/report/numbers';
import type { PayloadV1 } from '../../src/report/payload';
import type { Template } from '../../src/report/template';

/** A cell's value as a spreadsheet engine gives it. */
export type Evaluated = (sheet: string, address: string) => unknown;

export interface Comparison {
  readonly where: string;
  readonly sheet: number | null;
  readonly domain: number | null;
}

/** A sheet value as the domain states it: amounts to the øre, errors as null. */
const asDomain = (value: unknown): number | null => (typeof value === 'number' ? toOre(value) : null);

function planCell(plan: LayoutPlan, id: string): { sheet: string; address: string } {
  const cell = fieldCell(plan, id);
  if (!cell) throw new Error(`Planen mangler navn for ${id}`);
  return cell;
}

/** Every computed value of `computeAll`, side by side with the cell the plan computes it in. */
export function comparisons(template: Template, plan: LayoutPlan, payload: PayloadV1, sheet: Evaluated): Comparison[] {
  const computed = computeAll(template, payload);
  const out: Comparison[] = [];
  const add = (where: string, at: { sheet: string; address: string }, domain: unknown): void => {
    out.push({ where, sheet: asDomain(sheet(at.sheet, at.address)), domain: asDomain(domain) });
  };
  for (const grid of grids(template)) {
    const values = computed[grid.id] as Record<string, Record<string, number | null>>;
    for (const [outer, inner] of Object.entries(values)) {
      for (const [key, domain] of Object.entries(inner)) {
        const isRow = grid.rows.some((r) => r.id === outer && r.formula);
        const id = isRow ? gridFieldId(grid, outer, key) : gridFieldId(grid, key, outer);
        add(id, planCell(plan, id), domain);
      }
    }
  }
  for (const field of countBlocks(template).flatMap((b) => b.computed ?? [])) add(field.id, planCell(plan, field.id), computed[field.id]);
  for (const table of tables(template)) {
    const found = findTablePlan(plan, table.id);
    if (!found) throw new Error(`Planen mangler ${table.id}`);
    const result = computed[table.id] as { rows: Record<string, unknown>[]; total: Record<string, number | null> };
    result.rows.forEach((row, i) => {
      for (const column of table.columns.filter((c) => c.formula)) {
        const address = tableCellAddress(found.table, i, column.id) ?? '';
        add(`${table.id}[${i}].${column.id}`, { sheet: found.sheet.name, address }, row[column.id]);
      }
    });
    for (const id of totalColumns(table)) {
      const column = found.table.columns.find((c) => c.id === id);
      add(`${table.id}.total.${id}`, { sheet: found.sheet.name, address: `${column?.column}${found.table.totalRow}` }, result.total[id]);
    }
  }
  return out;
}

/** SUM in a total row skips text where the domain says null; OKO-01 flags such a cell anyway. */
export function outsideTextTotals(compared: readonly Comparison[]): Comparison[] {
  return compared.filter((c) => !(c.where.includes('.total.') && c.domain === null));
}
