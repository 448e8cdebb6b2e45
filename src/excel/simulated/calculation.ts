/**
 * The simulated Excel's calculation: cell values, formulas and conditional-format conditions evaluated
 * with Excel's rules where the template's formulas meet them — an empty cell is 0 and "" at once, text
 * compares without case and above any number, `+` turns number-like text into a number and other text
 * into #VALUE!, SUM skips text in a range. See README.md for why this is our own and not a library's.
 */
import type { Reference } from '../../report/layout/formula-references';
import { parseFormula, type FormulaNode } from './formula-syntax';
import { functions } from './functions';
import { cellAt, findName, findSheet, isFormula, type ErrorValue, type Rect, type SheetModel, type WorkbookModel } from './model';

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
const NAME = errorValue('#NAME?');
const DIV0 = errorValue('#DIV/0!');
const NUM = errorValue('#NUM!');

const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

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

function arithmetic(operator: string, x: number, y: number): number | ErrorValue {
  switch (operator) {
    case '+':
      return x + y;
    case '-':
      return x - y;
    case '*':
      return x * y;
    case '/':
      return y === 0 ? DIV0 : x / y;
    default: {
      const power = x ** y;
      return Number.isFinite(power) ? power : NUM;
    }
  }
}

const COMPARISONS: Readonly<Record<string, (order: number) => boolean>> = {
  '=': (o) => o === 0,
  '<>': (o) => o !== 0,
  '<': (o) => o < 0,
  '>': (o) => o > 0,
  '<=': (o) => o <= 0,
  '>=': (o) => o >= 0,
};

export class Calculation {
  private readonly cache = new Map<string, Value>();
  private readonly evaluating = new Set<string>();

  constructor(private readonly workbook: WorkbookModel) {}

  /** Forgets every result: the workbook changed. */
  invalidate(): void {
    this.cache.clear();
  }

  /** What the cell shows; an empty cell is null. */
  value(sheet: SheetModel, row: number, column: number): Value {
    const content = cellAt(sheet, row, column)?.content;
    if (content === undefined) return null;
    if (!isFormula(content)) return content;
    const key = `${sheet.id}:${row}:${column}`;
    const known = this.cache.get(key);
    if (known !== undefined) return known;
    // A circular reference: Excel warns and shows 0.
    if (this.evaluating.has(key)) return 0;
    this.evaluating.add(key);
    try {
      const result = this.evaluate(content.formula, { sheet, row, column, rows: 0, columns: 0 });
      this.cache.set(key, result);
      return result;
    } finally {
      this.evaluating.delete(key);
    }
  }

  /** A formula's result at a position; a formula that refers to an empty cell shows 0. */
  evaluate(formula: string, position: Position): Value {
    const result = this.scalar(this.node(parseFormula(formula), position));
    return result === null ? 0 : result;
  }

  /** A single value: a one-cell range is that cell's value, a larger one is #VALUE! (no implicit intersection). */
  scalar(operand: Operand): Value {
    if (!isRange(operand)) return operand;
    const { rect } = operand;
    if (rect.top !== rect.bottom || rect.left !== rect.right) return VALUE;
    return this.value(operand.sheet, rect.top, rect.left);
  }

  /** The values of a range, row by row. */
  cells(range: RangeValue): Value[] {
    const out: Value[] = [];
    for (let row = range.rect.top; row <= range.rect.bottom; row++) {
      for (let column = range.rect.left; column <= range.rect.right; column++) out.push(this.value(range.sheet, row, column));
    }
    return out;
  }

  hasFormula(range: RangeValue): boolean {
    return isFormula(cellAt(range.sheet, range.rect.top, range.rect.left)?.content);
  }

  node(node: FormulaNode, position: Position): Operand {
    switch (node.kind) {
      case 'number':
      case 'string':
      case 'boolean':
        return node.value;
      case 'error':
        return errorValue(node.value);
      case 'missing':
        return null;
      case 'reference':
        return this.reference(node.reference, position);
      case 'name':
        return this.name(node.name);
      case 'call': {
        const fn = functions[node.name];
        return fn ? fn(node.args, position, this) : NAME;
      }
      case 'unary': {
        const value = this.scalar(this.node(node.operand, position));
        if (node.operator === '+') return value;
        const n = toNumber(value);
        return isError(n) ? n : -n;
      }
      case 'percent': {
        const n = toNumber(this.scalar(this.node(node.operand, position)));
        return isError(n) ? n : n / 100;
      }
      case 'binary':
        return this.binary(node.operator, node.left, node.right, position);
    }
  }

  private binary(operator: string, leftNode: FormulaNode, rightNode: FormulaNode, position: Position): Value {
    const left = this.scalar(this.node(leftNode, position));
    const right = this.scalar(this.node(rightNode, position));
    if (isError(left)) return left;
    if (isError(right)) return right;
    const comparison = COMPARISONS[operator];
    if (comparison) return comparison(compare(left, right));
    if (operator === '&') return `${toText(left) as string}${toText(right) as string}`;
    const x = toNumber(left);
    const y = toNumber(right);
    if (isError(x)) return x;
    if (isError(y)) return y;
    return arithmetic(operator, x, y);
  }

  private reference(reference: Reference, position: Position): Operand {
    const sheet = reference.sheet === undefined ? position.sheet : findSheet(this.workbook, reference.sheet);
    if (!sheet) return REF;
    const at = (ref: Reference['start']): { row: number; column: number } => ({
      row: ref.row + (ref.rowAbsolute ? 0 : position.rows),
      column: ref.column + (ref.columnAbsolute ? 0 : position.columns),
    });
    const a = at(reference.start);
    const b = reference.end ? at(reference.end) : a;
    const rect = { top: Math.min(a.row, b.row), left: Math.min(a.column, b.column), bottom: Math.max(a.row, b.row), right: Math.max(a.column, b.column) };
    if (rect.top < 1 || rect.left < 1 || rect.bottom > MAX_ROW || rect.right > MAX_COLUMN) return REF;
    return { sheet, rect };
  }

  private name(name: string): Operand {
    const target = findName(this.workbook, name)?.target;
    if (!target) return NAME;
    if ('error' in target) return errorValue(target.error);
    const sheet = this.workbook.sheets.find((s) => s.id === target.sheetId);
    return sheet ? { sheet, rect: target.rect } : REF;
  }
}
