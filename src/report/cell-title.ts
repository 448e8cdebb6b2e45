/** A cell's name as a title for a column or a line, from what the template calls it (rules/labels.ts). */
import type { CellLabel } from './rules/labels';

export function cellTitle(label: CellLabel): string {
  switch (label.kind) {
    case 'field':
      return label.name;
    case 'comment':
      return `${label.of}: kommentar`;
    case 'grid':
      return `${label.row}: ${label.column}`;
    case 'table':
      return `${label.title}, ${label.row === 'sum' ? 'sum' : `rad ${label.row}`}: ${label.column}`;
  }
}
