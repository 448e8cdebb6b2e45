/**
 * A cell as Office.js reads it (`values`, `formulas`, `numberFormat`) → what the shared reader takes: the
 * value it shows, text exactly as typed (never `text`, which is the display and depends on the column's
 * width and the locale), a date as `yyyy-mm-dd` — Office gives dates as serial numbers, so the number
 * format tells them apart, the same way ExcelJS decides it for the `.xlsx` reader.
 */
import type { CellRead } from '../report/read-report';

const MS_PER_DAY = 86_400_000;
// Excel's serial 25569 is 1 January 1970.
const UNIX_EPOCH_SERIAL = 25_569;

/** Whether a number format shows a date or a time (quoted text and `[...]` sections aside), by ExcelJS's test. */
export function isDateFormat(format: string): boolean {
  return /[ymdhMsb]/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

function isoDate(serial: number): string | null {
  const date = new Date(Math.round((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY));
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}

export function officeCellRead(value: unknown, formula: unknown, numberFormat: unknown): CellRead {
  const f = typeof formula === 'string' && formula.startsWith('=') ? formula.slice(1) : undefined;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { value: null, formula: f };
    return { value: typeof numberFormat === 'string' && isDateFormat(numberFormat) ? isoDate(value) : value, formula: f };
  }
  if (typeof value === 'string') return { value: value === '' ? null : value, formula: f };
  if (typeof value === 'boolean') return { value, formula: f };
  return { value: null, formula: f };
}
