/**
 * The numbers the sheet's formulas produce, computed from a payload: 1.1 sums and endring, C.1 sum,
 * economy rows, total rows. Inputs are held as whole hundredths (øre for amounts) so sums are exact.
 * An empty input counts as 0; an input that is not a number makes what depends on it `null`.
 */
import type { Computed } from './computed-schema';
import { countBlocks, grids, gridFieldId, tables } from './fields';
import { fromOre, isEmpty, parseNumber, toOre } from './numbers';
import type { PayloadV1 } from './payload';
import type { CellValue, ValueKind } from './values';
import type { Formula, GridDef, TableDef, Template } from './template';

/** A value in hundredths, or null when an input is not a number. */
export type Hundredths = number | null;

export type { Computed } from './computed-schema';

export function isNumericKind(kind: ValueKind): boolean {
  return kind === 'antall' || kind === 'kroner' || kind === 'beregnet';
}

export function hundredths(value: CellValue | undefined): Hundredths {
  if (isEmpty(value)) return 0;
  const parsed = parseNumber(value);
  return parsed.ok ? toOre(parsed.value) : null;
}

export function evaluateFormula(formula: Formula, get: (id: string) => Hundredths): Hundredths {
  switch (formula.op) {
    case 'sum':
      return formula.terms.reduce<Hundredths>((acc, id) => {
        const v = get(id);
        return acc === null || v === null ? null : acc + v;
      }, 0);
    case 'difference': {
      const a = get(formula.minuend);
      const b = get(formula.subtrahend);
      return a === null || b === null ? null : a - b;
    }
  }
}

const kroner = (v: Hundredths): number | null => (v === null ? null : fromOre(v));

/** The value of one grid cell, computed or typed. */
export function gridCell(grid: GridDef, values: PayloadV1['values'], rowId: string, columnId: string): Hundredths {
  const column = grid.columns.find((c) => c.id === columnId);
  if (column?.formula) return evaluateFormula(column.formula, (c) => gridCell(grid, values, rowId, c));
  const row = grid.rows.find((r) => r.id === rowId);
  if (row?.formula) return evaluateFormula(row.formula, (r) => gridCell(grid, values, r, columnId));
  return hundredths(values[gridFieldId(grid, rowId, columnId)]);
}

export interface TableComputation {
  /** Every numeric column of every row, typed or computed. */
  readonly rows: readonly Readonly<Record<string, Hundredths>>[];
  /** The total row: every numeric column except the row key. */
  readonly total: Readonly<Record<string, Hundredths>>;
}

export function totalColumns(table: TableDef): readonly string[] {
  return table.columns.filter((c) => isNumericKind(c.kind) && c.id !== table.rowKey).map((c) => c.id);
}

export function computeTable(table: TableDef, rows: readonly Readonly<Record<string, CellValue>>[]): TableComputation {
  const computedRows = rows.map((row) => {
    const out: Record<string, Hundredths> = {};
    const get = (id: string): Hundredths => {
      const cached = out[id];
      if (cached !== undefined) return cached;
      const column = table.columns.find((c) => c.id === id);
      const value = column?.formula ? evaluateFormula(column.formula, get) : hundredths(row[id]);
      out[id] = value;
      return value;
    };
    table.columns.filter((c) => isNumericKind(c.kind)).forEach((c) => get(c.id));
    return out;
  });
  const total = Object.fromEntries(
    totalColumns(table).map((id) => [
      id,
      computedRows.reduce<Hundredths>((acc, r) => {
        const v = r[id] ?? null;
        return acc === null || v === null ? null : acc + v;
      }, 0),
    ]),
  );
  return { rows: computedRows, total };
}

function rowKeyValue(value: CellValue | undefined): CellValue {
  if (value === undefined || isEmpty(value)) return null;
  const parsed = parseNumber(value);
  return parsed.ok ? parsed.value : value;
}

/** A table's computation for a payload; validate shares one between the rules and `computeAll`. */
export type TableComputations = (table: TableDef) => TableComputation;

export function tableComputations(payload: PayloadV1): TableComputations {
  const done = new Map<TableDef, TableComputation>();
  return (table) => {
    const known = done.get(table);
    if (known) return known;
    const result = computeTable(table, payload.tables[table.id] ?? []);
    done.set(table, result);
    return result;
  };
}

/** Every computed value of a report, as rules.md's "What validation returns" shows it. */
export function computeAll(
  template: Template,
  payload: PayloadV1,
  computationOf: TableComputations = tableComputations(payload),
): Computed {
  const computed: Computed = {};
  for (const grid of grids(template)) {
    const out: Record<string, Record<string, number | null>> = {};
    for (const row of grid.rows.filter((r) => r.formula)) {
      out[row.id] = Object.fromEntries(
        grid.columns
          .filter((c) => !c.formula && isNumericKind(c.kind))
          .map((c) => [c.id, kroner(gridCell(grid, payload.values, row.id, c.id))]),
      );
    }
    for (const column of grid.columns.filter((c) => c.formula)) {
      out[column.id] = Object.fromEntries(
        grid.rows.map((r) => [r.id, kroner(gridCell(grid, payload.values, r.id, column.id))]),
      );
    }
    computed[grid.id] = out;
  }
  for (const block of countBlocks(template)) {
    for (const field of block.computed ?? []) {
      computed[field.id] = kroner(evaluateFormula(field.formula, (id) => hundredths(payload.values[id])));
    }
  }
  for (const table of tables(template)) {
    const rows = payload.tables[table.id] ?? [];
    const result = computationOf(table);
    const formulaColumns = table.columns.filter((c) => c.formula).map((c) => c.id);
    computed[table.id] = {
      rows: result.rows.map((r, i) => ({
        ...(table.rowKey ? { [table.rowKey]: rowKeyValue(rows[i]?.[table.rowKey]) } : {}),
        ...Object.fromEntries(formulaColumns.map((id) => [id, kroner(r[id] ?? null)])),
      })),
      total: Object.fromEntries(Object.entries(result.total).map(([id, v]) => [id, kroner(v)])),
    };
  }
  return computed;
}
