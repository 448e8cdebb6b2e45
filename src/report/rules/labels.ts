/**
 * What the template calls a cell, for messages: a field's label (a text section's as the form numbers it), a
 * grid cell's row and column, a comment's row, a table cell's column, table and row. Built once per template.
 */
import { parseTableCell } from '../findings';
import { countBlocks, gridFieldId, grids, inputFields, plainHeader, tables } from '../fields';
import { perTemplate } from '../per-template';
import type { Template } from '../template';

export type CellLabel =
  | { readonly kind: 'field'; readonly name: string }
  /** The comment cell beside a count in C.1 and C.2: named after the count's row. */
  | { readonly kind: 'comment'; readonly of: string }
  | { readonly kind: 'grid'; readonly row: string; readonly column: string }
  /** `row` is 1-based, as the user counts the table's rows, or the total row. */
  | { readonly kind: 'table'; readonly title: string; readonly row: number | 'sum'; readonly column: string };

export interface Labels {
  cell(id: string): CellLabel;
  /** The template's own name for the sum of exactly these cells (a sum row or field), if it has one. */
  sumOf(cells: readonly string[]): CellLabel | undefined;
}

const TOTAL_CELL = /^([a-z0-9_]+)\.total\.([a-z0-9_]+)$/;

const sumKey = (cells: readonly string[]): string => [...cells].sort().join('|');

/** Labels are quoted with «»; the form's own "…" inside them become ‘…’, as Norwegian nests quotes. */
const tidy = (label: string): string => label.replace(/"([^"]*)"/g, '\u2018$1\u2019');

const NUMBERED_HEADING = /^([0-9A-Z]\.\d+)\s/;

/**
 * A text section's name as the user finds it in the form. Most labels carry their number ("A.1 …");
 * some are one of several "A." questions under a numbered heading, an instruction ("Vurder …"), or a
 * list of topics ("* Økt boligkvalitet * …"): those take the heading's number, or the heading itself.
 */
function sectionName(label: string, heading: string | undefined): string {
  const number = heading === undefined ? undefined : NUMBERED_HEADING.exec(heading)?.[1];
  if (heading === undefined || number === undefined || /^[0-9A-Z]\.\d/.test(label) || label.includes(number)) return label;
  return label.startsWith('*') ? heading : `${number} ${label}`;
}

function textSectionNames(template: Template): [string, string][] {
  return template.sections.flatMap((section) => {
    let heading: string | undefined;
    return section.blocks.flatMap((block): [string, string][] => {
      if (block.type === 'heading') heading = block.text;
      return block.type === 'text' ? [[block.field.id, sectionName(block.field.label, heading)]] : [];
    });
  });
}

function build(template: Template): Labels {
  const byId = new Map<string, CellLabel>(inputFields(template).map((f) => [f.id, { kind: 'field', name: tidy(f.label) }]));
  for (const [id, name] of textSectionNames(template)) byId.set(id, { kind: 'field', name: tidy(name) });
  for (const row of countBlocks(template).flatMap((b) => b.rows)) {
    if (row.commentId !== undefined) byId.set(row.commentId, { kind: 'comment', of: tidy(row.field.label) });
  }
  const sums = new Map<string, CellLabel>();
  for (const grid of grids(template)) {
    for (const row of grid.rows) {
      for (const column of grid.columns) {
        const label: CellLabel = { kind: 'grid', row: tidy(row.label), column: plainHeader(column.header) };
        byId.set(gridFieldId(grid, row.id, column.id), label);
        if (row.formula?.op === 'sum') sums.set(sumKey(row.formula.terms.map((r) => gridFieldId(grid, r, column.id))), label);
      }
    }
  }
  for (const field of countBlocks(template).flatMap((b) => b.computed ?? [])) {
    const label: CellLabel = { kind: 'field', name: tidy(field.label) };
    byId.set(field.id, label);
    if (field.formula.op === 'sum') sums.set(sumKey(field.formula.terms), label);
  }
  const tableById = new Map(tables(template).map((t) => [t.id, t]));
  const tableLabel = (tableId: string, columnId: string, row: number | 'sum'): CellLabel | undefined => {
    const table = tableById.get(tableId);
    const column = table?.columns.find((c) => c.id === columnId);
    return table && column ? { kind: 'table', title: table.title, row, column: column.header } : undefined;
  };
  const parse = (id: string): CellLabel | undefined => {
    const tableCell = parseTableCell(id);
    if (tableCell) return tableLabel(tableCell.table, tableCell.column, tableCell.row + 1);
    const [, totalTable, totalColumn] = TOTAL_CELL.exec(id) ?? [];
    if (totalTable !== undefined && totalColumn !== undefined) return tableLabel(totalTable, totalColumn, 'sum');
    return undefined;
  };
  return {
    cell: (id) => byId.get(id) ?? parse(id) ?? { kind: 'field', name: id },
    sumOf: (cells) => sums.get(sumKey(cells)),
  };
}

export const labelsFor = perTemplate(build);
