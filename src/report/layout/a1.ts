/** A1 addresses: the one coordinate system every renderer and reader of a layout plan understands. */

export interface CellPosition {
  /** 1-based column: A is 1. */
  readonly column: number;
  /** 1-based row. */
  readonly row: number;
}

export interface RangePosition {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

// Excel's last column is XFD (16 384) and its last row 1 048 576; anything beyond is not an address.
const MAX_COLUMN = 16_384;
const MAX_ROW = 1_048_576;

export function columnLetters(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + (ch.charCodeAt(0) - 64), 0);
}

export function cellAddress(column: number, row: number): string {
  return `${columnLetters(column)}${row}`;
}

/** `B5` or `$B$5` as a position; undefined for anything else. */
export function parseAddress(address: string): CellPosition | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!match?.[1] || !match[2]) return undefined;
  const column = columnNumber(match[1]);
  const row = Number(match[2]);
  if (column > MAX_COLUMN || row < 1 || row > MAX_ROW) return undefined;
  return { column, row };
}

export function rangeAddress(range: RangePosition): string {
  const first = cellAddress(range.left, range.top);
  const last = cellAddress(range.right, range.bottom);
  return first === last ? first : `${first}:${last}`;
}

/** `A5:J26` (or one cell) as a range; undefined for anything else. */
export function parseRange(range: string): RangePosition | undefined {
  const [from = '', to = from, ...rest] = range.split(':');
  const a = parseAddress(from);
  const b = parseAddress(to);
  if (!a || !b || rest.length > 0) return undefined;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}

export function absoluteAddress(address: string): string {
  const position = parseAddress(address);
  return position ? `$${columnLetters(position.column)}$${position.row}` : address;
}

/** A sheet name as formulas write it: quoted unless it is a plain identifier. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** `'5 Økonomi'!C12`, or with `absolute` `'5 Økonomi'!$C$12` as defined names refer to cells. */
export function sheetAddress(sheet: string, address: string, absolute = false): string {
  return `${quoteSheetName(sheet)}!${absolute ? absoluteAddress(address) : address}`;
}

/** `'0 Generelt'!$B$5` → sheet and cell; undefined for ranges, several areas, or anything else. */
export function parseSheetAddress(reference: string): { readonly sheet: string; readonly address: string } | undefined {
  const match = /^(?:'((?:[^']|'')+)'|([^'!]+))!(\$?[A-Za-z]{1,3}\$?\d{1,7})$/.exec(reference.trim());
  if (!match?.[3]) return undefined;
  const sheet = match[1] === undefined ? match[2] : match[1].replace(/''/g, "'");
  const position = parseAddress(match[3]);
  if (sheet === undefined || !position) return undefined;
  return { sheet, address: cellAddress(position.column, position.row) };
}
