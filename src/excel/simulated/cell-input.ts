/**
 * What goes into a cell and what comes out, as Excel does it. A string written through `values` or
 * `formulas` is read like typed input (`=` starts a formula, `'` keeps text as text, `2013` becomes a
 * number unless the cell is formatted as text); a user typing in a Norwegian Excel writes `1 234,5` and
 * `19.02.2014`. Reading gives '' for an empty cell and the error's text for an error.
 */
import { textToNumber, isError, type Value } from './values';
import { parseFormula } from './formula-syntax';
import type { Content } from './model';

const ERRORS = new Set(['#DIV/0!', '#N/A', '#NAME?', '#NULL!', '#NUM!', '#REF!', '#VALUE!']);
const TEXT_FORMAT = '@';

/** `undefined` leaves the cell as it is (Office.js skips null), `null` empties it. */
export type Input = Content | null | undefined;

function common(text: string, numberFormat: string): Input | string {
  if (text === '') return null;
  if (text.startsWith('=') && text.length > 1) {
    parseFormula(text.slice(1));
    return { formula: text.slice(1) };
  }
  if (text.startsWith("'")) return text.slice(1);
  if (numberFormat === TEXT_FORMAT) return text;
  if (ERRORS.has(text.toUpperCase())) return { error: text.toUpperCase() };
  return text;
}

/** A value written by the API; throws (FormulaSyntaxError) on a formula Excel would refuse. */
export function apiInput(value: unknown, numberFormat: string): Input {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'boolean') return value;
  const text = String(value);
  const read = common(text, numberFormat);
  if (typeof read !== 'string' || read !== text || numberFormat === TEXT_FORMAT) return read;
  const upper = text.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return upper === 'TRUE';
  return textToNumber(text) ?? text;
}

// 1 234,5 or 1234,5 or -12 (also with the Unicode minus), as a Norwegian Excel takes a typed number.
const NORWEGIAN_NUMBER = /^([+\-\u2212]?)(\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(?:,(\d+))?(%?)$/;
const NORWEGIAN_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/;
const MS_PER_DAY = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

/** A date typed as `19.02.2014` or `19.02.14`: Excel's serial day, or undefined when it is no date. */
export function typedDate(text: string): number | undefined {
  const m = NORWEGIAN_DATE.exec(text.trim());
  if (!m) return undefined;
  const [day, month, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const year = (m[3] ?? '').length === 2 ? (y < 30 ? 2000 + y : 1900 + y) : y;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return (date.getTime() - EPOCH) / MS_PER_DAY;
}

/** What a user typing `text` into a cell leaves there, in a Norwegian Excel; dates also say they are dates. */
export function typedInput(text: string, numberFormat: string): { content: Input; date: boolean } {
  const read = common(text, numberFormat);
  if (typeof read !== 'string' || read !== text || numberFormat === TEXT_FORMAT) return { content: read, date: false };
  const number = NORWEGIAN_NUMBER.exec(text.trim());
  if (number) {
    const sign = number[1] === '' || number[1] === '+' ? 1 : -1;
    const value = Number(`${(number[2] ?? '').replace(/[ \u00a0]/g, '')}.${number[3] ?? '0'}`) * sign;
    return { content: number[4] === '%' ? value / 100 : value, date: false };
  }
  const date = typedDate(text);
  return date === undefined ? { content: text, date: false } : { content: date, date: true };
}

/** A cell's value as `range.values` gives it. */
export function officeValue(value: Value): string | number | boolean {
  if (value === null) return '';
  return isError(value) ? value.error : value;
}

/** A cell's content as `range.formulas` gives it. */
export function officeFormula(content: Content | undefined): string | number | boolean {
  if (content === undefined) return '';
  if (typeof content !== 'object') return content;
  return 'formula' in content ? `=${content.formula}` : content.error;
}
