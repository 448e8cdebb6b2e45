/**
 * Values as Excel's formulas see them and Excel's rules for turning one kind into another: an empty cell
 * is 0 and "" at once, text compares without case and above any number, `+` turns number-like text into
 * a number and other text into #VALUE!.
 */
import type { ErrorValue, Rect, SheetModel } from './model';

/** A value as a formula sees it; `null` is an empty cell. */
export type Value = number | string | boolean | null | ErrorValue;

export interface RangeValue {
  readonly sheet: SheetModel;
  readonly rect: Rect;
}

export type Operand = Value | RangeValue;

export interface Position {
  readonly sheet: SheetModel;
  readonly row: number;
  readonly column: number;
  /** How far relative references move: a conditional format's formula is written for its range's top-left cell. */
  readonly rows: number;
  readonly columns: number;
}

export const errorValue = (error: string): ErrorValue => ({ error });
export const VALUE = errorValue('#VALUE!');
export const REF = errorValue('#REF!');
export const NAME = errorValue('#NAME?');
export const DIV0 = errorValue('#DIV/0!');
export const NUM = errorValue('#NUM!');

export function isError(value: unknown): value is ErrorValue {
  return typeof value === 'object' && value !== null && 'error' in value;
}

export function isRange(value: Operand): value is RangeValue {
  return typeof value === 'object' && value !== null && 'rect' in value;
}

/** Text as Excel shows a number in the General format: at most 15 significant digits. */
export function numberText(n: number): string {
  return String(Number(n.toPrecision(15)));
}

// Number-like text as an en-US Excel reads it in arithmetic: `1,234.5`, ` 10 `, `5%`, `1E3`.
const NUMBER_TEXT = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d*)(?:\.\d*)?(?:[eE][+-]?\d+)?%?$/;

export function textToNumber(text: string): number | undefined {
  const s = text.trim();
  if (!NUMBER_TEXT.test(s) || !/\d/.test(s)) return undefined;
  const percent = s.endsWith('%');
  const n = Number(s.replace(/[,%]/g, ''));
  if (!Number.isFinite(n)) return undefined;
  return percent ? n / 100 : n;
}

export function toNumber(value: Value): number | ErrorValue {
  if (value === null) return 0;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string') return textToNumber(value) ?? VALUE;
  return value;
}

export function toText(value: Value): string | ErrorValue {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value;
}

export function toBoolean(value: Value): boolean | ErrorValue {
  if (value === null) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'string') {
    const upper = value.toUpperCase();
    return upper === 'TRUE' ? true : upper === 'FALSE' ? false : VALUE;
  }
  return value;
}

const typeRank = (value: number | string | boolean): number => (typeof value === 'number' ? 0 : typeof value === 'string' ? 1 : 2);

/** Excel's order: numbers below text below TRUE/FALSE; text without case; an empty cell is whatever it meets. */
export function compare(a: Exclude<Value, ErrorValue>, b: Exclude<Value, ErrorValue>): number {
  const blankAs = (other: Exclude<Value, ErrorValue>): number | string | boolean =>
    typeof other === 'string' ? '' : typeof other === 'boolean' ? false : 0;
  const x = a === null ? blankAs(b) : a;
  const y = b === null ? blankAs(a) : b;
  if (typeRank(x) !== typeRank(y)) return typeRank(x) - typeRank(y);
  const [p, q] = typeof x === 'string' ? [x.toUpperCase(), String(y).toUpperCase()] : [Number(x), Number(y)];
  return p < q ? -1 : p > q ? 1 : 0;
}
