/**
 * The cell references in a formula's text (`B7`, `$B$5`, `'5 Økonomi'!B7:B26`), found outside string
 * literals and apart from function and defined names, so they can be rewritten: when sheets are renamed,
 * and (in the simulated Excel) when rows move or a relative formula is filled into another cell.
 */
import { columnLetters, columnNumber, parseAddress, parseRange, quoteSheetName } from './a1';

export interface CellReference {
  readonly column: number;
  readonly row: number;
  readonly columnAbsolute: boolean;
  readonly rowAbsolute: boolean;
}

export interface Reference {
  /** The sheet named before `!`; absent for the formula's own sheet. */
  readonly sheet?: string;
  readonly start: CellReference;
  /** The other corner of a range. */
  readonly end?: CellReference;
}

export type FormulaPart = { readonly text: string } | { readonly reference: Reference };

const MAX_COLUMN = 16_384;
const MAX_ROW = 1_048_576;
// Letters, digits, `_` and `.` continue a name; a reference cannot start inside one.
const NAME_CHAR = /[\w.\u00c0-\uffff]/;
const REFERENCE =
  /(?:('(?:[^']|'')+'|[A-Za-z_\u00c0-\uffff][\w.\u00c0-\uffff]*)!)?(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?::(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7}))?(?![\w.(!\u00c0-\uffff])/y;

function cell(columnDollar: string, letters: string, rowDollar: string, digits: string): CellReference | undefined {
  const column = columnNumber(letters);
  const row = Number(digits);
  if (column > MAX_COLUMN || row < 1 || row > MAX_ROW) return undefined;
  return { column, row, columnAbsolute: columnDollar === '$', rowAbsolute: rowDollar === '$' };
}

function sheetOf(prefix: string | undefined): string | undefined {
  if (prefix === undefined) return undefined;
  return prefix.startsWith("'") ? prefix.slice(1, -1).replace(/''/g, "'") : prefix;
}

/** The reference that starts at `at`, if one does, and how many characters it takes. */
export function readReference(formula: string, at: number): { readonly reference: Reference; readonly length: number } | undefined {
  REFERENCE.lastIndex = at;
  const m = REFERENCE.exec(formula);
  if (!m) return undefined;
  const start = cell(m[2] ?? '', m[3] ?? '', m[4] ?? '', m[5] ?? '');
  const end = m[7] === undefined ? undefined : cell(m[6] ?? '', m[7], m[8] ?? '', m[9] ?? '');
  if (!start || (m[7] !== undefined && !end)) return undefined;
  const sheet = sheetOf(m[1]);
  return { reference: { ...(sheet === undefined ? {} : { sheet }), start, ...(end ? { end } : {}) }, length: m[0].length };
}

/** The formula (without `=`) as text and references, in order; joined again they give the formula back. */
export function formulaParts(formula: string): FormulaPart[] {
  const parts: FormulaPart[] = [];
  let text = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula.charAt(i);
    if (ch === '"') {
      const close = /"(?:[^"]|"")*"?/y;
      close.lastIndex = i;
      const literal = close.exec(formula)?.[0] ?? ch;
      text += literal;
      i += literal.length;
      continue;
    }
    const found = NAME_CHAR.test(formula.charAt(i - 1)) && i > 0 ? undefined : readReference(formula, i);
    if (found) {
      if (text !== '') parts.push({ text });
      text = '';
      parts.push({ reference: found.reference });
      i += found.length;
      continue;
    }
    text += ch;
    i += 1;
  }
  if (text !== '') parts.push({ text });
  return parts;
}

function cellText(ref: CellReference): string {
  return `${ref.columnAbsolute ? '$' : ''}${columnLetters(ref.column)}${ref.rowAbsolute ? '$' : ''}${ref.row}`;
}

export function referenceText(reference: Reference): string {
  const sheet = reference.sheet === undefined ? '' : `${quoteSheetName(reference.sheet)}!`;
  return `${sheet}${cellText(reference.start)}${reference.end ? `:${cellText(reference.end)}` : ''}`;
}

/** The formula with each reference replaced by what `map` gives; undefined stands for a reference that is gone (`#REF!`). */
export function mapReferences(formula: string, map: (reference: Reference) => Reference | undefined): string {
  return formulaParts(formula)
    .map((part) => {
      if ('text' in part) return part.text;
      const mapped = map(part.reference);
      return mapped ? referenceText(mapped) : '#REF!';
    })
    .join('');
}

/** The formula with the sheet names it mentions replaced (Excel compares sheet names without case). */
export function renameSheetReferences(formula: string, renames: ReadonlyMap<string, string>): string {
  const upper = new Map([...renames].map(([from, to]) => [from.toUpperCase(), to]));
  return mapReferences(formula, (reference) => {
    const to = reference.sheet === undefined ? undefined : upper.get(reference.sheet.toUpperCase());
    return to === undefined ? reference : { ...reference, sheet: to };
  });
}

/** The formula with its relative references moved `rows` down and `columns` right, as Excel moves them when it fills a formula into another cell. */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  const move = (ref: CellReference): CellReference => ({
    ...ref,
    row: ref.rowAbsolute ? ref.row : ref.row + rows,
    column: ref.columnAbsolute ? ref.column : ref.column + columns,
  });
  return mapReferences(formula, (reference) => ({ ...reference, start: move(reference.start), ...(reference.end ? { end: move(reference.end) } : {}) }));
}

/**
 * The formula of a conditional format, written for the top-left cell of its range, as it reads for
 * `address`: Excel moves the relative references by the cell's offset.
 */
export function formulaAt(format: { readonly range: string; readonly formula: string }, address: string): string {
  const range = parseRange(format.range);
  const cell = parseAddress(address);
  if (!range || !cell) throw new Error(`Ugyldig adresse ${address} eller område ${format.range}.`);
  return shiftFormula(format.formula, cell.row - range.top, cell.column - range.left);
}
