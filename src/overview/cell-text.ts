/**
 * A report's values as the page shows them: numbers as `1 234 567`, dates as `dd.mm.yyyy`, years and
 * municipality numbers as written, and text exactly as the municipality sent it.
 */
import { inputFields, tables } from '../report/fields';
import { formatDate, formatNumber, parseDate } from '../report/numbers';
import type { Template } from '../report/template';
import type { CellValue, ValueKind } from '../report/values';

export function cellText(value: CellValue | undefined, kind: ValueKind): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'SANN' : 'USANN';
  if (kind === 'dato') {
    const date = parseDate(value);
    // A date typed as text keeps its own form when it is one (19.02.14); an Excel date or ISO date is shown as dd.mm.yyyy.
    if (date && (typeof value === 'number' || /^\d{4}-\d{2}-\d{2}/.test(value))) return formatDate(date);
    return String(value);
  }
  if (typeof value === 'string') return value;
  return kind === 'aar' || kind === 'kommunenummer' ? String(value) : formatNumber(value);
}

/** A computed value (kroner, or a count) or one the server could not compute. */
export const computedText = (value: number | null | undefined): string => (value === null || value === undefined ? '' : formatNumber(value));

/** The kind of a cell named as findings name it (field id, `okonomi[3].budsjett`, `okonomi.total.budsjett`). */
export function kindOfCell(template: Template, cell: string): ValueKind {
  const inTable = /^([a-z0-9_]+)(?:\[\d+\]|\.total)\.([a-z0-9_]+)$/.exec(cell);
  if (inTable) return tables(template).find((t) => t.id === inTable[1])?.columns.find((c) => c.id === inTable[2])?.kind ?? 'tekst';
  return inputFields(template).find((f) => f.id === cell)?.kind ?? 'tekst';
}
