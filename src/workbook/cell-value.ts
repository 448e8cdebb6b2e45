/** A cell as ExcelJS reads it → the payload value: what the user sees, kept as typed. */
import { ValueType, type Cell, type CellValue as ExcelValue } from 'exceljs';
import type { CellRead } from '../report/read-report';
import type { CellValue } from '../report/values';

/** `yyyy-mm-dd` of a date cell (ExcelJS gives dates as UTC instants). */
function isoDate(date: Date): CellValue {
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}

function toPayloadValue(value: ExcelValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return isoDate(value);
  if ('error' in value) return value.error;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  // A hyperlink, e.g. an e-mail address Excel turned into a mailto: link; its text may be rich text.
  if ('hyperlink' in value) return toPayloadValue(value.text as ExcelValue);
  return null;
}

/** A cell's value; for a formula, what it shows: its cached result (ExcelJS's `value` drops a result of 0, '' or false). */
export function readCellValue(cell: Cell): CellRead {
  if (cell.type !== ValueType.Formula) return { value: toPayloadValue(cell.value), formula: undefined };
  return { value: toPayloadValue((cell.result as ExcelValue | undefined) ?? null), formula: cell.formula };
}
