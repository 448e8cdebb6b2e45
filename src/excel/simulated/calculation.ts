/**
 * The simulated Excel's calculation: cell values, formulas and conditional-format conditions evaluated
 * with Excel's rules (values.ts) where the template's formulas meet them. See README.md for why this is
 * our own and not a library's.
 */
import type { Reference } from '../../report/layout/formula-references';
import { parseFormula, type FormulaNode } from './formula-syntax';
import { functions } from './functions';
import { cellAt, findName, findSheet, isFormula, type ErrorValue, type SheetModel, type WorkbookModel } from './model';
import {
  compare,
  DIV0,
  errorValue,
  isError,
  NAME,
  NUM,
  REF,
  isRange,
  VALUE,
  toNumber,
  toText,
  type Operand,
  type Position,
  type RangeValue,
  type Value,
} from './values';

const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

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

/** A day as TODAY() sees it. */
export interface Day {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Today on this machine's clock, as Excel's TODAY() takes it. */
export function localToday(): Day {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

export class Calculation {
  private readonly cache = new Map<string, Value>();
  private readonly evaluating = new Set<string>();

  constructor(
    private readonly workbook: WorkbookModel,
    /** The day TODAY() gives. */
    readonly today: () => Day = localToday,
  ) {}

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
        // 0 - n, not -n: Excel has no negative zero.
        return isError(n) ? n : 0 - n;
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
