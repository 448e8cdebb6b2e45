/**
 * What rules look up in a template, built once per template, and where a rule's scope puts its terms.
 * The evaluator (input.ts) reads a payload through these places; the sheet forms (sheet-form.ts) turn
 * the same places into the sheet's conditional formats, so a rule and its marks cannot disagree on which
 * cells a term means.
 */
import { gridFieldId, grids, inputFields, tables, type InputField } from '../fields';
import { tableCell } from '../findings';
import { perTemplate } from '../per-template';
import type { Formula, GridDef, TableDef, Template } from '../template';
import type { ValueKind } from '../values';
import type { CellSelector, Scope } from './definitions';

/** `compute`, once per key: `keyOf` says which inputs are the same. */
export function memo<K, T>(compute: (input: K) => T, keyOf: (input: K) => string = String): (input: K) => T {
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
export interface Selection {
  readonly fields: readonly string[];
  readonly columns: readonly { readonly table: TableDef; readonly columns: readonly string[] }[];
}

/** One place a scoped rule applies: how its terms become cells, and what the template says of each term. */
export interface Place {
  cell(term: string): string;
  formula(term: string): Formula | undefined;
  kind(term: string): ValueKind | undefined;
  /** The table row the place is, for a rule over every row of a table. */
  readonly row?: { readonly table: string; readonly index: number };
}

export interface TemplateViews {
  readonly fieldsById: ReadonlyMap<string, InputField>;
  readonly computedFields: ReadonlyMap<string, Formula>;
  readonly gridById: ReadonlyMap<string, GridDef>;
  readonly tableById: ReadonlyMap<string, TableDef>;
  readonly selection: (selector: CellSelector) => Selection;
  /** The places of a scope; a table's places are the rows `rowsOf` gives (for a payload, its non-empty rows). */
  places(scope: Scope | undefined, rowsOf: (table: TableDef) => readonly number[]): readonly Place[];
}

export const selectorKey = (selector: CellSelector): string =>
  'required' in selector ? 'required' : 'textSections' in selector ? 'textSections' : `valueKinds:${selector.valueKinds.join(',')}`;

export const viewsOf = perTemplate((template: Template): TemplateViews => {
  const fields = inputFields(template);
  const blocks = template.sections.flatMap((s) => s.blocks);
  const textFields = blocks.flatMap((b) => (b.type === 'text' ? [b.field.id] : []));
  const fieldsById = new Map(fields.map((f) => [f.id, f]));
  const computedFields = new Map(blocks.flatMap((b) => (b.type === 'counts' ? (b.computed ?? []) : [])).map((c) => [c.id, c.formula]));
  const gridById = new Map(grids(template).map((g) => [g.id, g]));
  const tableById = new Map(tables(template).map((t) => [t.id, t]));

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

  const scalar: Place = { cell: (t) => t, formula: (t) => computedFields.get(t), kind: (t) => fieldsById.get(t)?.kind };

  const gridRows = (grid: GridDef): Place[] =>
    grid.rows
      .filter((r) => !r.formula)
      .map((r) => {
        const column = (t: string) => grid.columns.find((c) => c.id === t);
        return { cell: (t) => gridFieldId(grid, r.id, t), formula: (t) => column(t)?.formula, kind: (t) => column(t)?.kind };
      });

  const gridColumns = (grid: GridDef, columns: readonly string[]): Place[] =>
    columns.map((c) => {
      const kind = grid.columns.find((col) => col.id === c)?.kind;
      return { cell: (t) => gridFieldId(grid, t, c), formula: (t) => grid.rows.find((r) => r.id === t)?.formula, kind: () => kind };
    });

  const tableRows = (table: TableDef, indexes: readonly number[]): Place[] =>
    indexes.map((index) => {
      const column = (t: string) => table.columns.find((c) => c.id === t);
      return {
        cell: (t) => tableCell(table.id, index, t),
        formula: (t) => column(t)?.formula,
        kind: (t) => column(t)?.kind,
        row: { table: table.id, index },
      };
    });

  return {
    fieldsById,
    computedFields,
    gridById,
    tableById,
    selection: memo(selectionOf, selectorKey),
    places: (scope, rowsOf) => {
      if (scope === undefined) return [scalar];
      if ('columns' in scope) {
        const grid = gridById.get(scope.eachColumnOf);
        return grid ? gridColumns(grid, scope.columns) : [];
      }
      const grid = gridById.get(scope.eachRowOf);
      if (grid) return gridRows(grid);
      const table = tableById.get(scope.eachRowOf);
      return table ? tableRows(table, rowsOf(table)) : [];
    },
  };
});
