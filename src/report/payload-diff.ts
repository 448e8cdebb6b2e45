/**
 * What changed between two versions of a report, field by field: every single field, every table cell
 * (`okonomi[3].budsjett`, rows by their place in the table) and every total typed over, in the order
 * of the form. Empty and missing are the same; anything else is compared as sent (`1000` and `"1 000"`
 * differ: the report says something else).
 */
import { inputFields, sectionOfField, tables } from './fields';
import { tableCell } from './findings';
import { isEmpty } from './numbers';
import type { PayloadV1 } from './payload';
import { totalCell } from './rules/input';
import type { Template } from './template';
import type { CellValue } from './values';

export interface Change {
  /** A field id or a table cell, as findings name cells. */
  readonly field: string;
  readonly from: CellValue;
  readonly to: CellValue;
}

const shown = (value: CellValue | undefined): CellValue => (value === undefined || isEmpty(value) ? null : value);

export function payloadChanges(template: Template, before: PayloadV1, after: PayloadV1): Change[] {
  const changes: Change[] = [];
  const compare = (field: string, from: CellValue | undefined, to: CellValue | undefined): void => {
    const a = shown(from);
    const b = shown(to);
    if (a !== b) changes.push({ field, from: a, to: b });
  };
  for (const field of inputFields(template)) compare(field.id, before.values[field.id], after.values[field.id]);
  for (const table of tables(template)) {
    const rowsBefore = before.tables[table.id] ?? [];
    const rowsAfter = after.tables[table.id] ?? [];
    for (let row = 0; row < Math.max(rowsBefore.length, rowsAfter.length); row++) {
      for (const column of table.columns) compare(tableCell(table.id, row, column.id), rowsBefore[row]?.[column.id], rowsAfter[row]?.[column.id]);
    }
    for (const column of table.columns) {
      compare(totalCell(table.id, column.id), before.totals?.[table.id]?.[column.id], after.totals?.[table.id]?.[column.id]);
    }
  }
  const order = new Map(template.sections.map((s, i) => [s.id, i]));
  const place = (change: Change): number => order.get(sectionOfField(template, change.field) ?? '') ?? template.sections.length;
  // Array.prototype.sort is stable: within a section the form's order stays.
  return changes.sort((a, b) => place(a) - place(b));
}
