/**
 * The worksheet functions the simulated Excel knows, with Excel's rules for what each one skips, coerces
 * and refuses. A function it does not know gives #NAME?, as in Excel; a test holds every formula the
 * template writes to this list.
 */
import type { FormulaNode } from './formula-syntax';
import type { Calculation } from './calculation';
import { compare, errorValue, isError, isRange, REF, textToNumber, toBoolean, toNumber, toText, VALUE, type Operand, type Position, type RangeValue, type Value } from './values';
import type { ErrorValue } from './model';

export type WorksheetFunction = (args: readonly FormulaNode[], position: Position, calc: Calculation) => Operand;

type Scalar = Exclude<Value, ErrorValue>;

const MS_PER_DAY = 86_400_000;
// Excel's day 0 is 30.12.1899 for every date after February 1900 (it counts a 29 February 1900 that never was).
const EPOCH = Date.UTC(1899, 11, 30);

function scalars(args: readonly FormulaNode[], position: Position, calc: Calculation): Value[] {
  return args.map((a) => calc.scalar(calc.node(a, position)));
}

/** A function of scalar arguments: the first error among them is the result. */
function scalar(fn: (values: readonly Scalar[], missing: readonly boolean[]) => Value, arity: readonly [number, number]): WorksheetFunction {
  return (args, position, calc) => {
    if (args.length < arity[0] || args.length > arity[1]) return VALUE;
    const values = scalars(args, position, calc);
    const error = values.find(isError);
    return error ?? fn(values as Scalar[], args.map((a) => a.kind === 'missing'));
  };
}

function number(value: Scalar | undefined, fallback?: number): number | ErrorValue {
  return value === undefined && fallback !== undefined ? fallback : toNumber(value ?? null);
}

const text = (value: Scalar | undefined): string => toText(value ?? null) as string;

/** Numbers of the arguments as SUM takes them: in ranges only numbers count, typed arguments are converted. */
function numbers(args: readonly FormulaNode[], position: Position, calc: Calculation): number[] | ErrorValue {
  const out: number[] = [];
  for (const arg of args) {
    const operand = calc.node(arg, position);
    if (isRange(operand)) {
      for (const value of calc.cells(operand)) {
        if (isError(value)) return value;
        if (typeof value === 'number') out.push(value);
      }
      continue;
    }
    const n = toNumber(operand);
    if (isError(n)) return n;
    out.push(n);
  }
  return out;
}

function aggregate(fold: (values: readonly number[]) => Value): WorksheetFunction {
  return (args, position, calc) => {
    const values = numbers(args, position, calc);
    return isError(values) ? values : fold(values);
  };
}

/** The values of the arguments, ranges spread out, for COUNTA, AND, CONCAT. */
function spread(args: readonly FormulaNode[], position: Position, calc: Calculation): { value: Value; inRange: boolean }[] {
  return args.flatMap((arg): { value: Value; inRange: boolean }[] => {
    const operand = calc.node(arg, position);
    return isRange(operand) ? calc.cells(operand).map((value) => ({ value, inRange: true })) : [{ value: operand, inRange: false }];
  });
}

function logical(combine: (values: readonly boolean[]) => boolean): WorksheetFunction {
  return (args, position, calc) => {
    const values: boolean[] = [];
    for (const { value, inRange } of spread(args, position, calc)) {
      if (isError(value)) return value;
      // Text and empty cells in a range are skipped; typed text must be TRUE or FALSE.
      if (inRange && (value === null || typeof value === 'string')) continue;
      const b = toBoolean(value);
      if (isError(b)) return b;
      values.push(b);
    }
    return values.length === 0 ? VALUE : combine(values);
  };
}

function is(test: (value: Value) => boolean): WorksheetFunction {
  return (args, position, calc) => {
    if (args.length !== 1 || !args[0]) return VALUE;
    return test(calc.scalar(calc.node(args[0], position)));
  };
}

function round(n: number, digits: number, mode: (x: number) => number): number {
  const factor = 10 ** Math.trunc(digits);
  // Excel rounds the decimal number it shows: 1.005 is 1.01, not 1.00 as 1.005 * 100 would give.
  return (Math.sign(n) * mode(Number((Math.abs(n) * factor).toPrecision(15)))) / factor;
}

function serial(year: number, month: number, day: number): number | ErrorValue {
  const y = year < 1900 ? year + 1900 : year;
  const days = (Date.UTC(y, month - 1, day) - EPOCH) / MS_PER_DAY;
  return days < 0 || y > 9999 ? errorValue('#NUM!') : days;
}

function datePart(part: (date: Date) => number): WorksheetFunction {
  return scalar(([value]) => {
    const n = number(value);
    if (isError(n)) return n;
    return n < 0 ? errorValue('#NUM!') : part(new Date(EPOCH + Math.floor(n) * MS_PER_DAY));
  }, [1, 1]);
}

/** Excel's NUMBERVALUE: spaces anywhere are ignored, group separators only before the decimal one, `%` at the end divides by 100. */
function numberValue(raw: string, decimal: string, group: string): number | ErrorValue {
  if (decimal === '' || group === '' || decimal === group) return VALUE;
  // Spaces, not every Unicode space (LibreOffice likewise).
  let s = raw.replace(/ /g, '');
  if (s === '') return 0;
  let divisor = 1;
  while (s.endsWith('%')) {
    s = s.slice(0, -1);
    divisor *= 100;
  }
  const [whole = '', fraction, ...more] = s.split(decimal);
  if (more.length > 0 || (fraction ?? '').includes(group)) return VALUE;
  const plain = `${whole.split(group).join('')}${fraction === undefined ? '' : `.${fraction}`}`;
  if (!/^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(plain)) return VALUE;
  return Number(plain) / divisor;
}

const wildcard = (pattern: string): RegExp =>
  new RegExp(`^${pattern.replace(/~([*?~])|([*?])|([.+^${}()|[\]\\])/g, (_, escaped, wild, special) => escaped ? `\\${escaped}` : wild ? (wild === '*' ? '[\\s\\S]*' : '[\\s\\S]') : `\\${special}`)}$`, 'i');

/** A COUNTIF criterion as a test of one cell's value: `">3"` counts numbers only, `"10"` also the text 10, `"<>"` what is not empty. */
function criterion(criteria: Scalar): (value: Value) => boolean {
  if (typeof criteria !== 'string') {
    return (value) => (typeof value === 'string' && typeof criteria === 'number' ? textToNumber(value) === criteria : value === criteria);
  }
  const [, op = '', operand = ''] = /^(<=|>=|<>|<|>|=)?([\s\S]*)$/.exec(criteria) ?? [];
  const negate = op === '<>';
  const order = negate || op === '' ? '=' : op;
  const n = textToNumber(operand);
  const test = (value: Value): boolean => {
    if (isError(value)) return false;
    if (n !== undefined) {
      if (typeof value === 'number') return ORDERS[order]?.(compare(value, n)) ?? false;
      return order === '=' && typeof value === 'string' && textToNumber(value) === n;
    }
    if (operand === '') return order === '=' && (value === null || value === '');
    if (typeof value !== 'string') return false;
    return order === '=' ? wildcard(operand).test(value) : (ORDERS[order]?.(compare(value, operand)) ?? false);
  };
  return negate ? (value) => !test(value) : test;
}

const ORDERS: Readonly<Record<string, (order: number) => boolean>> = {
  '=': (o) => o === 0,
  '<': (o) => o < 0,
  '>': (o) => o > 0,
  '<=': (o) => o <= 0,
  '>=': (o) => o >= 0,
};

function textFunction(fn: (s: string, ...rest: number[]) => Value, arity: readonly [number, number], defaults: readonly number[] = []): WorksheetFunction {
  return scalar(([value, ...rest], missing) => {
    const numbersGiven: number[] = [];
    for (let i = 0; i < arity[1] - 1; i++) {
      const n = number(missing[i + 1] ? undefined : rest[i], defaults[i]);
      if (isError(n)) return n;
      numbersGiven.push(n);
    }
    return fn(text(value), ...numbersGiven);
  }, arity);
}

const firstRange = (args: readonly FormulaNode[], position: Position, calc: Calculation): RangeValue | ErrorValue => {
  const operand = args[0] ? calc.node(args[0], position) : REF;
  return isRange(operand) ? operand : isError(operand) ? operand : VALUE;
};

const constant =
  (value: Value): WorksheetFunction =>
  (args) =>
    args.length === 0 ? value : VALUE;

export const functions: Readonly<Record<string, WorksheetFunction>> = {
  TRUE: constant(true),
  FALSE: constant(false),
  NA: constant(errorValue('#N/A')),
  TODAY: (args, _position, calc) => {
    if (args.length > 0) return VALUE;
    const { year, month, day } = calc.today();
    return serial(year, month, day);
  },
  IF: (args, position, calc) => {
    const [test, yes, no] = args;
    if (!test || args.length > 3) return VALUE;
    const condition = toBoolean(calc.scalar(calc.node(test, position)));
    if (isError(condition)) return condition;
    const branch = condition ? yes : no;
    if (!branch) return condition ? 0 : false;
    const result = calc.scalar(calc.node(branch, position));
    return branch.kind === 'missing' ? 0 : result;
  },
  IFERROR: (args, position, calc) => {
    const [value, fallback] = args;
    if (!value || !fallback) return VALUE;
    const result = calc.scalar(calc.node(value, position));
    return isError(result) ? calc.scalar(calc.node(fallback, position)) : result;
  },
  AND: logical((values) => values.every(Boolean)),
  OR: logical((values) => values.some(Boolean)),
  NOT: scalar(([value]) => {
    const b = toBoolean(value ?? null);
    return isError(b) ? b : !b;
  }, [1, 1]),
  ISNUMBER: is((v) => typeof v === 'number'),
  ISTEXT: is((v) => typeof v === 'string'),
  ISBLANK: is((v) => v === null),
  ISLOGICAL: is((v) => typeof v === 'boolean'),
  ISERROR: is(isError),
  ISFORMULA: (args, position, calc) => {
    const range = firstRange(args, position, calc);
    return isError(range) ? range : calc.hasFormula(range);
  },
  SUM: aggregate((values) => values.reduce((a, b) => a + b, 0)),
  MIN: aggregate((values) => (values.length === 0 ? 0 : Math.min(...values))),
  MAX: aggregate((values) => (values.length === 0 ? 0 : Math.max(...values))),
  AVERAGE: aggregate((values) => (values.length === 0 ? errorValue('#DIV/0!') : values.reduce((a, b) => a + b, 0) / values.length)),
  COUNT: (args, position, calc) => spread(args, position, calc).filter(({ value, inRange }) => typeof value === 'number' || (!inRange && typeof value === 'string' && textToNumber(value) !== undefined)).length,
  COUNTA: (args, position, calc) => spread(args, position, calc).filter(({ value }) => value !== null).length,
  COUNTBLANK: (args, position, calc) => {
    const range = firstRange(args, position, calc);
    return isError(range) ? range : calc.cells(range).filter((v) => v === null || v === '').length;
  },
  COUNTIF: (args, position, calc) => {
    const range = firstRange(args, position, calc);
    if (isError(range) || !args[1]) return isError(range) ? range : VALUE;
    const criteria = calc.scalar(calc.node(args[1], position));
    if (isError(criteria)) return criteria;
    const test = criterion(criteria);
    return calc.cells(range).filter(test).length;
  },
  ROUND: scalar(([value, digits]) => numeric2(value, digits, (n, d) => round(n, d, Math.round)), [2, 2]),
  ROUNDUP: scalar(([value, digits]) => numeric2(value, digits, (n, d) => round(n, d, Math.ceil)), [2, 2]),
  ROUNDDOWN: scalar(([value, digits]) => numeric2(value, digits, (n, d) => round(n, d, Math.floor)), [2, 2]),
  INT: scalar(([value]) => numeric2(value, 0, (n) => Math.floor(n)), [1, 1]),
  ABS: scalar(([value]) => numeric2(value, 0, (n) => Math.abs(n)), [1, 1]),
  MOD: scalar(([value, divisor]) => numeric2(value, divisor, (n, d) => (d === 0 ? errorValue('#DIV/0!') : n - d * Math.floor(n / d))), [2, 2]),
  NUMBERVALUE: scalar(([value, decimal, group], missing) => numberValue(text(value), missing[1] || decimal === undefined ? '.' : text(decimal).charAt(0), missing[2] || group === undefined ? ',' : text(group).charAt(0)), [1, 3]),
  VALUE: scalar(([value]) => (typeof value === 'number' ? value : (textToNumber(text(value)) ?? VALUE)), [1, 1]),
  N: (args, position, calc) => {
    const value = args[0] ? calc.scalar(calc.node(args[0], position)) : VALUE;
    return typeof value === 'number' || isError(value) ? value : typeof value === 'boolean' ? Number(value) : 0;
  },
  T: (args, position, calc) => {
    const value = args[0] ? calc.scalar(calc.node(args[0], position)) : VALUE;
    return typeof value === 'string' || isError(value) ? value : '';
  },
  LEN: textFunction((s) => s.length, [1, 1]),
  TRIM: textFunction((s) => s.replace(/ +/g, ' ').replace(/^ | $/g, ''), [1, 1]),
  CLEAN: textFunction((s) => s.replace(/[\u0000-\u001f]/g, ''), [1, 1]),
  UPPER: textFunction((s) => s.toUpperCase(), [1, 1]),
  LOWER: textFunction((s) => s.toLowerCase(), [1, 1]),
  LEFT: textFunction((s, n = 1) => (n < 0 ? VALUE : s.slice(0, n)), [1, 2], [1]),
  RIGHT: textFunction((s, n = 1) => (n < 0 ? VALUE : n === 0 ? '' : s.slice(-n)), [1, 2], [1]),
  MID: textFunction((s, start = 1, n = 0) => (start < 1 || n < 0 ? VALUE : s.slice(start - 1, start - 1 + n)), [3, 3]),
  REPT: textFunction((s, n = 0) => (n < 0 ? VALUE : s.repeat(Math.floor(n))), [2, 2]),
  UNICHAR: scalar(([value]) => {
    const n = number(value);
    return isError(n) || n < 1 || n > 0x10ffff ? VALUE : String.fromCodePoint(Math.floor(n));
  }, [1, 1]),
  CHAR: scalar(([value]) => {
    const n = number(value);
    return isError(n) || n < 1 || n > 255 ? VALUE : String.fromCharCode(Math.floor(n));
  }, [1, 1]),
  EXACT: scalar(([a, b]) => text(a) === text(b), [2, 2]),
  FIND: scalar(([find, within, start], missing) => locate(text(within), text(find), missing[2] ? 1 : number(start, 1), false), [2, 3]),
  SEARCH: scalar(([find, within, start], missing) => locate(text(within), text(find), missing[2] ? 1 : number(start, 1), true), [2, 3]),
  SUBSTITUTE: scalar(([value, old, replacement, instance], missing) => {
    const s = text(value);
    const from = text(old);
    if (from === '') return s;
    if (instance === undefined || missing[3]) return s.split(from).join(text(replacement));
    const nth = number(instance);
    if (isError(nth) || nth < 1) return VALUE;
    const parts = s.split(from);
    if (nth >= parts.length) return s;
    return [parts.slice(0, nth).join(from), parts.slice(nth).join(from)].join(text(replacement));
  }, [3, 4]),
  CONCATENATE: scalar((values) => values.map(text).join(''), [1, 255]),
  CONCAT: (args, position, calc) => {
    const values = spread(args, position, calc).map((v) => v.value);
    return values.find(isError) ?? values.map((v) => toText(v) as string).join('');
  },
  DATE: scalar(([y, m, d]) => {
    const [year, month, day] = [number(y), number(m), number(d)];
    if (isError(year)) return year;
    if (isError(month)) return month;
    if (isError(day)) return day;
    return serial(Math.floor(year), Math.floor(month), Math.floor(day));
  }, [3, 3]),
  YEAR: datePart((d) => d.getUTCFullYear()),
  MONTH: datePart((d) => d.getUTCMonth() + 1),
  DAY: datePart((d) => d.getUTCDate()),
};

function numeric2(a: Scalar | undefined, b: Scalar | number | undefined, fn: (x: number, y: number) => Value): Value {
  const x = number(a);
  const y = typeof b === 'number' ? b : number(b);
  if (isError(x)) return x;
  if (isError(y)) return y;
  return fn(x, y);
}

function locate(within: string, find: string, start: number | ErrorValue, ignoreCase: boolean): Value {
  if (isError(start) || start < 1 || start > within.length + 1) return VALUE;
  const from = Math.floor(start) - 1;
  if (!ignoreCase) {
    const at = within.indexOf(find, from);
    return at < 0 ? VALUE : at + 1;
  }
  const pattern = new RegExp(wildcard(find).source.slice(1, -1), 'i');
  const match = pattern.exec(within.slice(from));
  return match ? from + match.index + 1 : VALUE;
}
