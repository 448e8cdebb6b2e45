/**
 * A stored report drawn into its template: the template's layout plan with every value of the payload
 * in its cell, the tables grown to the payload's rows, and the computed cells' cached results set to
 * what the domain computes (viewers that do not recalculate show the right sums). Read back by the
 * project's reader it gives the payload again; what the renderer cannot hold is said where it happens.
 */
import { evaluateFormula, gridCell, hundredths, tableComputations, type Hundredths } from './compute';
import { countBlocks, gridFieldId, grids, tables } from './fields';
import { buildLayoutPlan } from './layout/build-plan';
import { fieldCell, findTablePlan, tableCellAddress } from './layout/lookup';
import type { CellPlan, LayoutPlan, SheetPlan } from './layout/plan';
import { fromOre, parseDate } from './numbers';
import type { PayloadV1 } from './payload';
import { wholeYear } from './rules/input';
import type { Block, Template } from './template';
import type { CellValue, ValueKind } from './values';

/** The template with room in each table for every row of the payload. */
function grownFor(template: Template, payload: PayloadV1): Template {
  const grow = (block: Block): Block =>
    block.type === 'table' ? { ...block, initialRows: Math.max(block.initialRows, payload.tables[block.id]?.length ?? 0) } : block;
  return { ...template, sections: template.sections.map((s) => ({ ...s, blocks: s.blocks.map(grow) })) };
}

// Excel's serial of 1970-01-01, and ms per day.
const UNIX_EPOCH_SERIAL = 25_569;
const DAY_MS = 86_400_000;

/**
 * The value as the cell holds it. A date typed in the sheet is read as ISO `yyyy-mm-dd`: as an Excel
 * date (a serial in a date-formatted cell) it shows as the date and reads back as the same text. A
 * truth value has no place in a plan's cell and is written as the word Excel shows for it.
 */
function cellContent(value: Exclude<CellValue, null>, kind: ValueKind | undefined): string | number {
  if (typeof value === 'boolean') return value ? 'SANN' : 'USANN';
  if (kind === 'dato' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const date = parseDate(value);
    if (date) return Date.UTC(date.year, date.month - 1, date.day) / DAY_MS + UNIX_EPOCH_SERIAL;
  }
  return value;
}

const fromOreOrNull = (value: Hundredths | undefined): number | null => (value === null || value === undefined ? null : fromOre(value));

const isBlank = (value: CellValue | undefined): value is null | undefined | '' => value === null || value === undefined || value === '';

/** Cells of a plan changed by address, sheet by sheet, without copying the rest. */
class CellEdits {
  private readonly edits = new Map<string, Map<string, (cell: CellPlan) => CellPlan>>();

  constructor(private readonly plan: LayoutPlan) {}

  edit(sheet: string, address: string, change: (cell: CellPlan) => CellPlan): void {
    const bySheet = this.edits.get(sheet) ?? new Map<string, (cell: CellPlan) => CellPlan>();
    const earlier = bySheet.get(address);
    bySheet.set(address, earlier ? (cell) => change(earlier(cell)) : change);
    this.edits.set(sheet, bySheet);
  }

  /** The value typed into a cell: it replaces a formula, as when a user types over one. */
  value(sheet: string, address: string, value: string | number): void {
    this.edit(sheet, address, ({ address: a, style }) => ({ address: a, style, value }));
  }

  /** The cached result of a formula cell; left as planned when the inputs hold text that is not a number. */
  result(sheet: string, address: string, result: number | null): void {
    if (result === null) return;
    this.edit(sheet, address, (cell) => (cell.formula === undefined ? cell : { ...cell, result }));
  }

  apply(): LayoutPlan {
    const sheet = (s: SheetPlan): SheetPlan => {
      const edits = this.edits.get(s.name);
      if (!edits) return s;
      const planned = new Set(s.cells.map((c) => c.address));
      const missing = [...edits.keys()].filter((a) => !planned.has(a));
      // Every input and computed cell is in the plan: an edit elsewhere is a bug that would lose a value.
      if (missing.length > 0) throw new Error(`Planen har ingen celle ${missing.join(', ')} på arket ${s.name}.`);
      return { ...s, cells: s.cells.map((c) => edits.get(c.address)?.(c) ?? c) };
    };
    return { ...this.plan, sheets: this.plan.sheets.map(sheet) };
  }
}

export function filledPlan(template: Template, payload: PayloadV1): LayoutPlan {
  const year = wholeYear(payload.values.rapporteringsar);
  const grown = grownFor(template, payload);
  const plan = buildLayoutPlan(grown, year === undefined ? {} : { year });
  const edits = new CellEdits(plan);
  const kinds = new Map(template.sections.flatMap((s) => s.blocks).flatMap(fieldKinds));

  for (const [id, value] of Object.entries(payload.values)) {
    const named = fieldCell(plan, id);
    if (named && !isBlank(value)) edits.value(named.sheet, named.address, cellContent(value, kinds.get(id)));
  }

  const computeOf = tableComputations(payload);
  for (const table of tables(grown)) {
    const placed = findTablePlan(plan, table.id);
    if (!placed) continue;
    const { sheet, table: planned } = placed;
    const computation = computeOf(table);
    (payload.tables[table.id] ?? []).forEach((row, index) => {
      for (const column of table.columns) {
        const address = tableCellAddress(planned, index, column.id);
        if (address === undefined) continue;
        const value = row[column.id];
        if (!isBlank(value)) edits.value(sheet.name, address, cellContent(value, column.kind));
        else if (column.formula) edits.result(sheet.name, address, fromOreOrNull(computation.rows[index]?.[column.id]));
      }
    });
    const typedTotals = payload.totals?.[table.id] ?? {};
    for (const column of planned.columns.filter((c) => c.totalFormula !== undefined)) {
      const address = `${column.column}${planned.totalRow}`;
      const typed = typedTotals[column.id];
      if (!isBlank(typed)) edits.value(sheet.name, address, cellContent(typed, 'kroner'));
      else edits.result(sheet.name, address, fromOreOrNull(computation.total[column.id]));
    }
  }

  for (const grid of grids(grown)) {
    for (const row of grid.rows) {
      for (const column of grid.columns.filter((c) => c.formula || row.formula)) {
        const named = fieldCell(plan, gridFieldId(grid, row.id, column.id));
        if (named) edits.result(named.sheet, named.address, fromOreOrNull(gridCell(grid, payload.values, row.id, column.id)));
      }
    }
  }
  for (const field of countBlocks(grown).flatMap((b) => b.computed ?? [])) {
    const named = fieldCell(plan, field.id);
    const value: Hundredths = evaluateFormula(field.formula, (id) => hundredths(payload.values[id]));
    if (named) edits.result(named.sheet, named.address, fromOreOrNull(value));
  }
  return edits.apply();
}

/** The kind of each single-cell input a block holds, so that dates go into their cells as dates. */
function fieldKinds(block: Block): [string, ValueKind][] {
  switch (block.type) {
    case 'fields':
      return block.fields.map((f) => [f.id, f.kind]);
    case 'text':
      return [[block.field.id, block.field.kind]];
    case 'counts':
      return block.rows.map((r) => [r.field.id, r.field.kind]);
    default:
      return [];
  }
}
