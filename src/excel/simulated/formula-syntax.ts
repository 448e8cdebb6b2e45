/**
 * Excel formulas (en-US, A1, without `=`) parsed into a tree for the simulated Excel's calculation.
 * Operator precedence as Excel's: negation, %, ^, * and /, + and -, &, comparisons. A formula that does
 * not parse is refused, as Excel refuses it.
 */
import { readReference, type Reference } from '../../report/layout/formula-references';

export type FormulaNode =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'error'; readonly value: string }
  | { readonly kind: 'reference'; readonly reference: Reference }
  | { readonly kind: 'name'; readonly name: string }
  | { readonly kind: 'call'; readonly name: string; readonly args: readonly FormulaNode[] }
  /** An argument left out, as in `IF(A1,,2)`. */
  | { readonly kind: 'missing' }
  | { readonly kind: 'unary'; readonly operator: '-' | '+'; readonly operand: FormulaNode }
  | { readonly kind: 'percent'; readonly operand: FormulaNode }
  | { readonly kind: 'binary'; readonly operator: BinaryOperator; readonly left: FormulaNode; readonly right: FormulaNode };

export type BinaryOperator = '^' | '*' | '/' | '+' | '-' | '&' | '=' | '<>' | '<' | '>' | '<=' | '>=';

type Token =
  | { readonly type: 'value'; readonly node: FormulaNode }
  | { readonly type: 'function'; readonly name: string }
  | { readonly type: 'operator'; readonly value: string };

export class FormulaSyntaxError extends Error {}

const ERRORS = ['#DIV/0!', '#N/A', '#NAME?', '#NULL!', '#NUM!', '#REF!', '#VALUE!'];
const NUMBER = /(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;
const IDENTIFIER = /[A-Za-z_\\\u00c0-\uffff][\w.\u00c0-\uffff]*/y;
const OPERATORS = ['<=', '>=', '<>', '=', '<', '>', '+', '-', '*', '/', '^', '&', '%', '(', ')', ','];

function sticky(pattern: RegExp, text: string, at: number): string | undefined {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0];
}

function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < formula.length) {
    const ch = formula.charAt(i);
    if (/\s/.test(ch)) {
      i += 1;
      continue;
    }
    if (ch === '"') {
      const literal = sticky(/"(?:[^"]|"")*"/y, formula, i);
      if (literal === undefined) throw new FormulaSyntaxError('Tekst uten avsluttende anførselstegn.');
      tokens.push({ type: 'value', node: { kind: 'string', value: literal.slice(1, -1).replace(/""/g, '"') } });
      i += literal.length;
      continue;
    }
    const error = ERRORS.find((e) => formula.startsWith(e, i));
    if (error) {
      tokens.push({ type: 'value', node: { kind: 'error', value: error } });
      i += error.length;
      continue;
    }
    const reference = readReference(formula, i);
    if (reference) {
      tokens.push({ type: 'value', node: { kind: 'reference', reference: reference.reference } });
      i += reference.length;
      continue;
    }
    const number = sticky(NUMBER, formula, i);
    if (number !== undefined) {
      tokens.push({ type: 'value', node: { kind: 'number', value: Number(number) } });
      i += number.length;
      continue;
    }
    const identifier = sticky(IDENTIFIER, formula, i);
    if (identifier !== undefined) {
      i += identifier.length;
      const upper = identifier.toUpperCase();
      if (formula.charAt(i) === '(') tokens.push({ type: 'function', name: upper.replace(/^_XLFN\./, '') });
      else if (upper === 'TRUE' || upper === 'FALSE') tokens.push({ type: 'value', node: { kind: 'boolean', value: upper === 'TRUE' } });
      else tokens.push({ type: 'value', node: { kind: 'name', name: identifier } });
      continue;
    }
    const operator = OPERATORS.find((op) => formula.startsWith(op, i));
    if (!operator) throw new FormulaSyntaxError(`Ukjent tegn «${ch}».`);
    tokens.push({ type: 'operator', value: operator });
    i += operator.length;
  }
  return tokens;
}

const BINARY: readonly (readonly BinaryOperator[])[] = [['=', '<>', '<', '>', '<=', '>='], ['&'], ['+', '-'], ['*', '/'], ['^']];

class Parser {
  private at = 0;
  constructor(private readonly tokens: readonly Token[]) {}

  parse(): FormulaNode {
    const node = this.binary(0);
    if (this.at < this.tokens.length) throw new FormulaSyntaxError('Formelen har noe til overs på slutten.');
    return node;
  }

  private peekOperator(): string | undefined {
    const token = this.tokens[this.at];
    return token?.type === 'operator' ? token.value : undefined;
  }

  private expect(operator: string): void {
    if (this.peekOperator() !== operator) throw new FormulaSyntaxError(`Mangler «${operator}».`);
    this.at += 1;
  }

  private binary(level: number): FormulaNode {
    const operators = BINARY[level];
    if (!operators) return this.postfix();
    let left = this.binary(level + 1);
    for (;;) {
      const operator = operators.find((op) => op === this.peekOperator());
      if (!operator) return left;
      this.at += 1;
      left = { kind: 'binary', operator, left, right: this.binary(level + 1) };
    }
  }

  private postfix(): FormulaNode {
    let node = this.prefix();
    while (this.peekOperator() === '%') {
      this.at += 1;
      node = { kind: 'percent', operand: node };
    }
    return node;
  }

  // Excel negates before it raises to a power: -2^2 is 4.
  private prefix(): FormulaNode {
    const operator = this.peekOperator();
    if (operator === '-' || operator === '+') {
      this.at += 1;
      return { kind: 'unary', operator, operand: this.prefix() };
    }
    return this.primary();
  }

  private primary(): FormulaNode {
    const token = this.tokens[this.at];
    if (!token) throw new FormulaSyntaxError('Formelen slutter for tidlig.');
    this.at += 1;
    if (token.type === 'value') return token.node;
    if (token.type === 'function') return { kind: 'call', name: token.name, args: this.args() };
    if (token.value === '(') {
      const inner = this.binary(0);
      this.expect(')');
      return inner;
    }
    throw new FormulaSyntaxError(`Uventet «${token.value}».`);
  }

  private args(): FormulaNode[] {
    this.expect('(');
    const args: FormulaNode[] = [];
    if (this.peekOperator() === ')') {
      this.at += 1;
      return args;
    }
    for (;;) {
      const operator = this.peekOperator();
      args.push(operator === ',' || operator === ')' ? { kind: 'missing' } : this.binary(0));
      if (this.peekOperator() === ')') {
        this.at += 1;
        return args;
      }
      this.expect(',');
    }
  }
}

const parsed = new Map<string, FormulaNode>();

/** The formula's tree (cached: the simulated Excel evaluates the same formulas again and again). */
export function parseFormula(formula: string): FormulaNode {
  const known = parsed.get(formula);
  if (known) return known;
  const node = new Parser(tokenize(formula)).parse();
  parsed.set(formula, node);
  return node;
}
