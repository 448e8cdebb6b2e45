/**
 * Norwegian number and date parsing as shared/spec/rules.md specifies. Users paste from Word reports,
 * so text like "Kr. 800.000", "1 234,50" or "−1.000" is a number; "10?" or "ca. 40" is not.
 */
import type { CalendarDate, CellValue } from './values';

export type NumberParse =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly reason: 'tom' | 'ikkeTall' | 'forStort' };

/** Larger amounts than this are certainly typing errors, and beyond it øre stop being exact. */
export const MAX_ABS_NUMBER = 1e12;

/**
 * White space: the ASCII space and control characters (tab, line breaks), and the spaces Word and Excel
 * put between digit groups (non-breaking, figure, thin, narrow non-breaking). Other Unicode spaces are
 * content. The sheet's formulas see white space the same way (rules/excel-form.ts: CLEAN, TRIM and these
 * four spaces), so a cell is empty, and a number is grouped, alike for the check and the sheet's marks.
 */
const SPACE = '\\u0000-\\u0020\\u00a0\\u2007\\u2009\\u202f';
/** The code points of the spaces between digit groups beyond ASCII, for the sheet's formulas. */
export const GROUP_SPACE_CODES = [0xa0, 0x2007, 0x2009, 0x202f] as const;
const GROUP_SPACE = new RegExp(`[${SPACE}]`, 'g');
const EDGE_SPACE = new RegExp(`^[${SPACE}]+|[${SPACE}]+$`, 'g');
const KR = new RegExp(`^kr\\.?[${SPACE}]*`, 'i');
const GROUPED = new RegExp(`^([1-9]\\d{0,2}(?:(?:[${SPACE}]\\d{3})+|(?:\\.\\d{3})+))(?:,(\\d+))?$`);
const MINUS = /^[-\u2212\u2013]/;

/** The text without white space at either end. */
export function trimSpace(text: string): string {
  return text.replace(EDGE_SPACE, '');
}

function parseNumberText(raw: string): NumberParse {
  let s = trimSpace(raw);
  if (s === '') return { ok: false, reason: 'tom' };
  s = s.replace(KR, '');
  let sign = 1;
  if (MINUS.test(s)) {
    sign = -1;
    s = trimSpace(s.slice(1));
  } else if (s.startsWith('+')) {
    s = trimSpace(s.slice(1));
  }
  // "800.000,-" is how amounts in whole kroner are often written.
  s = s.replace(KR, '').replace(/,[-\u2212\u2013]$/, '');
  // Groups of three separated by spaces or dots, then an optional decimal comma. The first group does
  // not start with 0: "0.500" is a half, not five hundred.
  const grouped = GROUPED.exec(s);
  const plainComma = /^(\d+)(?:,(\d+))?$/.exec(s);
  const plainDot = /^(\d*)\.(\d+)$/.exec(s);
  let intPart: string;
  let fraction = '';
  if (grouped?.[1] !== undefined) {
    intPart = grouped[1].replace(GROUP_SPACE, '').replace(/\./g, '');
    fraction = grouped[2] ?? '';
  } else if (plainComma?.[1] !== undefined) {
    intPart = plainComma[1];
    fraction = plainComma[2] ?? '';
  } else if (plainDot?.[2] !== undefined) {
    intPart = plainDot[1] === '' ? '0' : (plainDot[1] ?? '0');
    fraction = plainDot[2];
  } else {
    return { ok: false, reason: 'ikkeTall' };
  }
  const value = sign * Number(fraction === '' ? intPart : `${intPart}.${fraction}`);
  return checkRange(value);
}

function checkRange(value: number): NumberParse {
  if (!Number.isFinite(value)) return { ok: false, reason: 'ikkeTall' };
  if (Math.abs(value) >= MAX_ABS_NUMBER) return { ok: false, reason: 'forStort' };
  return { ok: true, value: Object.is(value, -0) ? 0 : value };
}

/** A cell's content as a number, if it is one as a Norwegian user would write it. */
export function parseNumber(value: CellValue | undefined): NumberParse {
  if (value === null || value === undefined) return { ok: false, reason: 'tom' };
  if (typeof value === 'number') return checkRange(value);
  if (typeof value === 'boolean') return { ok: false, reason: 'ikkeTall' };
  return parseNumberText(value);
}

/** Whether a cell is empty: nothing, or only white space. */
export function isEmpty(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && trimSpace(value) === '');
}

/** Kroner to whole øre, so that sums are exact. */
export function toOre(kroner: number): number {
  return Math.round(kroner * 100);
}

/** Whole øre back to kroner, as JSON and the sheet show them. */
export function fromOre(ore: number): number {
  return ore / 100;
}

// Excel's day 0 is 1899-12-30 once its 1900 leap-year bug is accounted for (serials from 61 on).
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

function validDate(year: number, month: number, day: number): CalendarDate | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return { year, month, day };
}

/** An Excel serial date, `dd.mm.yy`, `dd.mm.yyyy` or ISO `yyyy-mm-dd` (optionally with a time). */
export function parseDate(value: CellValue | undefined): CalendarDate | undefined {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 61 || value > 2_958_465) return undefined;
    const d = new Date(EXCEL_EPOCH_UTC + Math.floor(value) * DAY_MS);
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  }
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  const nordic = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(s);
  if (nordic) {
    const [, dd, mm, yy] = nordic;
    const shortYear = Number(yy);
    const year = yy?.length === 2 ? (shortYear < 70 ? 2000 + shortYear : 1900 + shortYear) : shortYear;
    return validDate(year, Number(mm), Number(dd));
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return undefined;
}

/** Days since 1970-01-01, to compare dates. */
export function dayNumber(date: CalendarDate): number {
  return Date.UTC(date.year, date.month - 1, date.day) / DAY_MS;
}

export function formatDate(date: CalendarDate): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${pad(date.day)}.${pad(date.month)}.${date.year}`;
}

/** Amounts as Norwegians read them: "1 234 567" or "−156 752,50". */
export function formatNumber(value: number): string {
  // toFixed writes exponents from 1e21 on; such a value is shown as JavaScript writes it.
  if (!Number.isFinite(value) || Math.abs(value) >= 1e21) return String(value).replace('-', '\u2212');
  const negative = value < 0;
  const [int = '0', frac] = Math.abs(value).toFixed(2).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  const decimals = frac === '00' ? '' : `,${frac}`;
  return `${negative ? '\u2212' : ''}${grouped}${decimals}`;
}
