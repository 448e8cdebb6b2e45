/**
 * The Sammendrag tab's numbers, taken from the domain's computed values (the same numbers the sheet's
 * formulas show) in the form's order: each grid's sum row and change column, each computed count, and
 * the total row of the economy table's key columns.
 */
import type { Computed } from '../../report/compute';
import { plainHeader } from '../../report/fields';
import type { GridDef, Template } from '../../report/template';

/** The total-row columns shown per table; a table not named here is left out of the summary. */
export const TABLE_TOTALS: Readonly<Record<string, readonly string[]>> = {
  okonomi: ['budsjett', 'regnskap_totalt', 'avvik_totalt', 'avvik_hb'],
};

export interface SummaryItem {
  readonly id: string;
  readonly label: string;
  /** Null when an input it depends on is not a number. */
  readonly value: number | null;
}

export interface SummaryGroup {
  readonly title: string;
  readonly items: readonly SummaryItem[];
}

type Nested = Readonly<Record<string, Readonly<Record<string, number | null>>>>;

const numberOrNull = (value: unknown): number | null => (typeof value === 'number' ? value : null);

function gridItems(grid: GridDef, computed: Computed): SummaryItem[] {
  const values = (computed[grid.id] ?? {}) as Nested;
  const rows = grid.rows
    .filter((r) => r.formula)
    .flatMap((row) =>
      grid.columns
        .filter((c) => !c.formula && c.kind !== 'tekst')
        .map((column) => ({
          id: `${grid.id}.${row.id}.${column.id}`,
          label: `${row.label}: ${plainHeader(column.header)}`,
          value: numberOrNull(values[row.id]?.[column.id]),
        })),
    );
  const columns = grid.columns
    .filter((c) => c.formula)
    .flatMap((column) =>
      grid.rows.map((row) => ({
        id: `${grid.id}.${column.id}.${row.id}`,
        label: `${plainHeader(column.header)}: ${row.label}`,
        value: numberOrNull(values[column.id]?.[row.id]),
      })),
    );
  return [...rows, ...columns];
}

export function summaryOf(template: Template, computed: Computed): SummaryGroup[] {
  return template.sections.flatMap((section) => {
    let heading = section.title;
    return section.blocks.flatMap((block): SummaryGroup[] => {
      switch (block.type) {
        case 'heading':
          heading = block.text;
          return [];
        case 'grid':
          return [{ title: heading, items: gridItems(block, computed) }];
        case 'counts':
          return (block.computed ?? []).length === 0
            ? []
            : [
                {
                  title: block.title,
                  items: (block.computed ?? []).map((f) => ({ id: f.id, label: f.label, value: numberOrNull(computed[f.id]) })),
                },
              ];
        case 'table': {
          const columns = TABLE_TOTALS[block.id];
          if (columns === undefined) return [];
          const total = ((computed[block.id] ?? {}) as { readonly total?: Readonly<Record<string, number | null>> }).total ?? {};
          return [
            {
              title: block.title,
              items: columns.map((id) => ({
                id: `${block.id}.total.${id}`,
                label: block.columns.find((c) => c.id === id)?.header ?? id,
                value: numberOrNull(total[id]),
              })),
            },
          ];
        }
        default:
          return [];
      }
    });
  });
}
