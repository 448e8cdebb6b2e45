/** Views of a template that the layout, reader, rules and schema share: its inputs, grids and tables. */
import { perTemplate } from './per-template';
import type { CountsDef, GridDef, TableDef, Template } from './template';
import type { ValueKind } from './values';

export interface InputField {
  readonly id: string;
  readonly label: string;
  readonly kind: ValueKind;
  readonly required: boolean;
  readonly sectionId: string;
}

export function gridFieldId(grid: GridDef, rowId: string, columnId: string): string {
  return `${grid.id}_${rowId}_${columnId}`;
}

/** A header without its year placeholder, for messages. */
export function plainHeader(header: string): string {
  return header.replace(/\{rapporteringsar\}/g, '').replace(/\.$/, '');
}

function blocksOf<T extends { readonly type: string }>(template: Template, type: T['type']): readonly T[] {
  return template.sections.flatMap((s) => s.blocks.filter((b): b is typeof b & T => b.type === type));
}

// Read on every validation (several times): built once per template.
export const grids = perTemplate((template): readonly GridDef[] => blocksOf<GridDef>(template, 'grid'));
export const countBlocks = perTemplate((template): readonly CountsDef[] => blocksOf<CountsDef>(template, 'counts'));
export const tables = perTemplate((template): readonly TableDef[] => blocksOf<TableDef>(template, 'table'));

export function findTable(template: Template, id: string): TableDef | undefined {
  return tables(template).find((t) => t.id === id);
}

/** Every single-cell input of the template, in the order of the form. */
export const inputFields = perTemplate((template): readonly InputField[] =>
  template.sections.flatMap((section) =>
    section.blocks.flatMap((block): InputField[] => {
      const field = (id: string, label: string, kind: ValueKind, required = false): InputField => ({
        id,
        label,
        kind,
        required,
        sectionId: section.id,
      });
      switch (block.type) {
        case 'fields':
          return block.fields.map((f) => field(f.id, f.label, f.kind, f.required ?? false));
        case 'text':
          return [field(block.field.id, block.field.label, block.field.kind, block.field.required ?? false)];
        case 'grid':
          return block.rows
            .filter((row) => !row.formula)
            .flatMap((row) =>
              block.columns
                .filter((col) => !col.formula)
                .map((col) => field(gridFieldId(block, row.id, col.id), `${row.label}: ${plainHeader(col.header)}`, col.kind)),
            );
        case 'counts':
          return block.rows.flatMap((row) => [
            field(row.field.id, row.field.label, row.field.kind),
            ...(row.commentId ? [field(row.commentId, `${row.field.label}: kommentar`, 'tekst')] : []),
          ]);
        case 'heading':
        case 'note':
        case 'table':
          return [];
      }
    }),
  ),
);

/** The section a finding's field belongs to: a field id, or a table cell such as `okonomi[3].budsjett`. */
export function sectionOfField(template: Template, field: string): string | undefined {
  const tableId = /^([a-z0-9_]+)\[\d+\]\./.exec(field)?.[1] ?? /^([a-z0-9_]+)\.total\./.exec(field)?.[1];
  if (tableId !== undefined) {
    return template.sections.find((s) => s.blocks.some((b) => b.type === 'table' && b.id === tableId))?.id;
  }
  const computedOwner = template.sections.find((s) =>
    s.blocks.some(
      (b) =>
        (b.type === 'grid' && field.startsWith(`${b.id}_`)) ||
        (b.type === 'counts' && (b.computed ?? []).some((c) => c.id === field)),
    ),
  );
  return inputFields(template).find((f) => f.id === field)?.sectionId ?? computedOwner?.id;
}
