/** What the pane calls a cell or a set of cells: the template's own names, as the findings' sentences use them. */
import { labelsFor, type CellLabel } from '../report/rules/labels';
import type { Template } from '../report/template';
import type { Messages } from './messages';

function nameOf(label: CellLabel, m: Messages): string {
  switch (label.kind) {
    case 'field':
      return label.name;
    case 'comment':
      return m.cellLabel.comment(label.of);
    case 'grid':
      return `${label.row}: ${label.column}`;
    case 'table':
      return m.cellLabel.tableRow(label.column, label.title, label.row);
  }
}

export function cellName(template: Template, cell: string, m: Messages): string {
  return nameOf(labelsFor(template).cell(cell), m);
}

/** One cell's name, the template's name for a sum of cells (such as "Sum A–C"), or the cells' names joined by "+". */
export function sumName(template: Template, cells: readonly string[], m: Messages): string {
  const [only] = cells;
  if (cells.length === 1 && only !== undefined) return cellName(template, only, m);
  const sum = labelsFor(template).sumOf(cells);
  return sum === undefined ? m.cellLabel.sumOf(cells.map((c) => cellName(template, c, m))) : nameOf(sum, m);
}

/** Where a finding's cells are: one cell's name, or the grid row they share (1.1's "A. …"). */
export function placeName(template: Template, cells: readonly string[], m: Messages): string {
  const labels = cells.map((c) => labelsFor(template).cell(c));
  const [first] = labels;
  if (first?.kind === 'grid' && labels.length > 1 && labels.every((l) => l.kind === 'grid' && l.row === first.row)) return first.row;
  return cells.map((c) => cellName(template, c, m)).join('; ');
}
