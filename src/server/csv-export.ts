/**
 * The analysts' CSV: one row per report (the latest version of each municipality, bydel and year),
 * headed by the columns' ids (export-columns.ts). Written the way Norwegian Excel opens it without an
 * import dialogue: UTF-8 with BOM (æøå), `;` between cells, decimal comma, CRLF.
 */
import type { Template } from '../report/template';
import { exportTable, type ExportCell } from './export-columns';
import type { SubmissionWithPayload } from './storage/store';

/** Plain digits with a decimal comma, no grouping and an ASCII minus (values are below 1e12: no exponent). */
export const csvNumber = (value: number): string => String(value).replace('.', ',');

/** Text Excel would run as a formula when it opens the file: it starts with `=`, `+`, `-`, `@`, a tab or a CR. */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell, quoted when needed; text that Excel would run as a formula is defused with a leading '. */
export function csvText(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csvCell(cell: ExportCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return csvNumber(cell);
  return csvText(cell instanceof Date ? cell.toISOString() : cell);
}

const csvLine = (cells: readonly ExportCell[]): string => `${cells.map(csvCell).join(';')}\r\n`;

export function exportCsv(reports: readonly SubmissionWithPayload[], fallback: Template): string {
  const { columns, rows } = exportTable(reports, fallback);
  return `\uFEFF${csvLine(columns.map((c) => c.id))}${rows.map(csvLine).join('')}`;
}
