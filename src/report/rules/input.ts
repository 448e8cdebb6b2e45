/**
 * What a rule kind reads: the payload seen through the template. Scopes turn a rule's terms into
 * cells (one instance per grid row, grid column or non-empty table row); selectors turn a description
 * such as "every antall cell" into cells. Fully empty table rows are left out here, so every rule
 * ignores them.
 */
import { tableComputations, type TableComputation, type TableComputations } from '../compute';
import { tableCell } from '../findings';
import { fromOre, isEmpty, parseNumber } from '../numbers';
import type { PayloadV1 } from '../payload';
import type { Formula, Template } from '../template';
import type { CellValue, ValueKind } from '../values';
import type { ValidationContext } from './context';
import type { CellSelector, Scope } from './definitions';
import { readCell, readFormula, type Reading } from './reading';
import { memo, selectorKey, viewsOf, type Place, type Selection } from './template-views';

type Row = Readonly<Record<string, CellValue>>;

/** A table row that is not fully empty, with its 0-based index in the payload (as cells name it). */
export interface TableRow {
  readonly index: number;
  readonly row: Row;
}

/** One place a scoped rule applies: how its terms become cells, values and readings. */
export interface Instance {
  cell(term: string): string;
  raw(term: string): CellValue | undefined;
  /** A typed cell as read, or a computed one by the template's formula (never a typed-over value). */
  reading(term: string): Reading;
  /** What a finding shows for the term: the typed value, or the computed one in kroner (null if unknown). */
  value(term: string): CellValue;
  formula(term: string): Formula | undefined;
  kind(term: string): ValueKind | undefined;
}

export interface SelectedCell {
  readonly id: string;
  readonly value: CellValue | undefined;
}

export interface RuleInput {
  readonly template: Template;
  readonly payload: PayloadV1;
  readonly context: ValidationContext;
  raw(field: string): CellValue | undefined;
  /** The field's value when it is filled in. */
  given(field: string): Exclude<CellValue, null> | undefined;
  /** The field as a four-digit year, if it is one (GEN-04 judges the range). */
  year(field: string): number | undefined;
  instances(scope: Scope | undefined): readonly Instance[];
  rows(table: string): readonly TableRow[];
  computation(table: string): TableComputation | undefined;
  select(selector: CellSelector): readonly SelectedCell[];
}

function makeInstance(place: Place, raw: (term: string) => CellValue | undefined): Instance {
  const { cell, formula: formulaOf, kind } = place;
  const reading = (term: string): Reading => {
    const formula = formulaOf(term);
    return formula ? readFormula(formula, reading) : readCell(raw(term), kind(term));
  };
  const value = (term: string): CellValue => {
    if (!formulaOf(term)) return raw(term) ?? null;
    const r = reading(term);
    return r.state === 'tall' ? fromOre(r.value) : r.state === 'tom' ? 0 : null;
  };
  return { cell, raw, reading, value, formula: formulaOf, kind };
}

/** The values a finding shows for the instance's terms, by cell. */
export function valuesOf(instance: Instance, terms: readonly string[]): Record<string, CellValue> {
  return Object.fromEntries(terms.map((t) => [instance.cell(t), instance.value(t)]));
}

/** The total row's cell of a table column, as findings name it. */
export function totalCell(table: string, column: string): string {
  return `${table}.total.${column}`;
}

/** A whole four-digit year, as an `aar` cell or a year typed as text holds it. */
export function wholeYear(value: CellValue | undefined): number | undefined {
  const parsed = parseNumber(value);
  return parsed.ok && Number.isInteger(parsed.value) && parsed.value >= 1000 && parsed.value <= 9999
    ? parsed.value
    : undefined;
}

export function ruleInput(
  template: Template,
  payload: PayloadV1,
  context: ValidationContext,
  computationOf: TableComputations = tableComputations(payload),
): RuleInput {
  const values = payload.values;
  const { tableById, selection, places } = viewsOf(template);

  const raw = (id: string): CellValue | undefined => values[id];
  const rows = memo((id: string): readonly TableRow[] => {
    const table = tableById.get(id);
    if (!table) return [];
    return (payload.tables[id] ?? [])
      .map((row, index) => ({ index, row }))
      .filter(({ row }) => table.columns.some((c) => !isEmpty(row[c.id])));
  });
  const computation = (id: string): TableComputation | undefined => {
    const table = tableById.get(id);
    return table ? computationOf(table) : undefined;
  };

  const instances = (scope: Scope | undefined): readonly Instance[] =>
    places(scope, (table) => rows(table.id).map((r) => r.index)).map((place) => {
      const tableRow = place.row && payload.tables[place.row.table]?.[place.row.index];
      return makeInstance(place, tableRow ? (t) => tableRow[t] : (t) => values[place.cell(t)]);
    });

  // Several rules select the same cells (NUM-01..03 every antall cell): select each kind once.
  const select = memo((selector: CellSelector) => selectCells(selection(selector)), selectorKey);
  const selectCells = ({ fields, columns }: Selection): readonly SelectedCell[] => {
    const cells: SelectedCell[] = fields.map((id) => ({ id, value: values[id] }));
    for (const { table, columns: ids } of columns) {
      if (ids.length === 0) continue;
      for (const { index, row } of rows(table.id)) {
        for (const id of ids) cells.push({ id: tableCell(table.id, index, id), value: row[id] });
      }
    }
    return cells;
  };

  return {
    template,
    payload,
    context,
    raw,
    given: (field) => {
      const value = raw(field);
      return value === null || isEmpty(value) ? undefined : value;
    },
    year: (field) => wholeYear(raw(field)),
    instances,
    rows,
    computation,
    select,
  };
}
