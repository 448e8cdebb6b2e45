/**
 * What a rule kind reads: the payload seen through the template. Scopes turn a rule's terms into
 * cells (one instance per grid row, grid column or non-empty table row); selectors turn a description
 * such as "every antall cell" into cells. Fully empty table rows are left out here, so every rule
 * ignores them.
 */
import { tableComputations, type TableComputation, type TableComputations } from '../compute';
import { gridFieldId, grids, inputFields, tables, type InputField } from '../fields';
import { tableCell } from '../findings';
import { fromOre, isEmpty, parseNumber } from '../numbers';
import { perTemplate } from '../per-template';
import type { PayloadV1 } from '../payload';
import type { CellValue, ValueKind } from '../values';
import type { Formula, GridDef, TableDef, Template } from '../template';
import { readCell, readFormula, type Reading } from './reading';
import type { CellSelector, Scope } from './definitions';
import type { ValidationContext } from './context';

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

function makeInstance(
  cell: (term: string) => string,
  raw: (term: string) => CellValue | undefined,
  formulaOf: (term: string) => Formula | undefined,
  kind: (term: string) => ValueKind | undefined,
): Instance {
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

/** `compute`, once per key: `keyOf` says which inputs are the same. */
function memo<K, T>(compute: (input: K) => T, keyOf: (input: K) => string = String): (input: K) => T {
  const cache = new Map<string, T>();
  return (input) => {
    const key = keyOf(input);
    const known = cache.get(key);
    if (known !== undefined) return known;
    const value = compute(input);
    cache.set(key, value);
    return value;
  };
}

/** The single fields a selector picks, and the table columns whose cells it picks in every non-empty row. */
interface Selection {
  readonly fields: readonly string[];
  readonly columns: readonly { readonly table: TableDef; readonly columns: readonly string[] }[];
}

/** What rules look up in a template, built once per template. */
interface TemplateViews {
  readonly fieldsById: ReadonlyMap<string, InputField>;
  readonly computedFields: ReadonlyMap<string, Formula>;
  readonly gridById: ReadonlyMap<string, GridDef>;
  readonly tableById: ReadonlyMap<string, TableDef>;
  readonly selection: (selector: CellSelector) => Selection;
}

const selectorKey = (selector: CellSelector): string =>
  'required' in selector ? 'required' : 'textSections' in selector ? 'textSections' : `valueKinds:${selector.valueKinds.join(',')}`;

const viewsOf = perTemplate((template): TemplateViews => {
  const fields = inputFields(template);
  const blocks = template.sections.flatMap((s) => s.blocks);
  const textFields = blocks.flatMap((b) => (b.type === 'text' ? [b.field.id] : []));
  const selectionOf = (selector: CellSelector): Selection => {
    if ('required' in selector) return { fields: fields.filter((f) => f.required).map((f) => f.id), columns: [] };
    if ('textSections' in selector) return { fields: textFields, columns: [] };
    return {
      fields: fields.filter((f) => selector.valueKinds.includes(f.kind)).map((f) => f.id),
      columns: tables(template).map((table) => ({
        table,
        columns: table.columns.filter((c) => selector.valueKinds.includes(c.kind)).map((c) => c.id),
      })),
    };
  };
  return {
    fieldsById: new Map(fields.map((f) => [f.id, f])),
    computedFields: new Map(
      blocks.flatMap((b) => (b.type === 'counts' ? (b.computed ?? []) : [])).map((c) => [c.id, c.formula]),
    ),
    gridById: new Map(grids(template).map((g) => [g.id, g])),
    tableById: new Map(tables(template).map((t) => [t.id, t])),
    selection: memo(selectionOf, selectorKey),
  };
});

export function ruleInput(
  template: Template,
  payload: PayloadV1,
  context: ValidationContext,
  computationOf: TableComputations = tableComputations(payload),
): RuleInput {
  const values = payload.values;
  const { fieldsById, computedFields, gridById, tableById, selection } = viewsOf(template);

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

  const scalar = makeInstance(
    (t) => t,
    raw,
    (t) => computedFields.get(t),
    (t) => fieldsById.get(t)?.kind,
  );

  const gridRows = (grid: GridDef): Instance[] =>
    grid.rows
      .filter((r) => !r.formula)
      .map((r) => {
        const cell = (t: string): string => gridFieldId(grid, r.id, t);
        const column = (t: string) => grid.columns.find((c) => c.id === t);
        return makeInstance(cell, (t) => values[cell(t)], (t) => column(t)?.formula, (t) => column(t)?.kind);
      });

  const gridColumns = (grid: GridDef, columns: readonly string[]): Instance[] =>
    columns.map((c) => {
      const cell = (t: string): string => gridFieldId(grid, t, c);
      const kind = grid.columns.find((col) => col.id === c)?.kind;
      return makeInstance(cell, (t) => values[cell(t)], (t) => grid.rows.find((r) => r.id === t)?.formula, () => kind);
    });

  const tableRows = (table: TableDef): Instance[] =>
    rows(table.id).map(({ index, row }) => {
      const column = (t: string) => table.columns.find((c) => c.id === t);
      return makeInstance(
        (t) => tableCell(table.id, index, t),
        (t) => row[t],
        (t) => column(t)?.formula,
        (t) => column(t)?.kind,
      );
    });

  const instances = (scope: Scope | undefined): readonly Instance[] => {
    if (scope === undefined) return [scalar];
    if ('columns' in scope) {
      const grid = gridById.get(scope.eachColumnOf);
      return grid ? gridColumns(grid, scope.columns) : [];
    }
    const grid = gridById.get(scope.eachRowOf);
    if (grid) return gridRows(grid);
    const table = tableById.get(scope.eachRowOf);
    return table ? tableRows(table) : [];
  };

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
