/**
 * A conditional format's formula is written for the top-left cell of its range; for any other cell of
 * the range, Excel moves the relative references by the cell's offset. This does the same, for hosts and
 * tests that evaluate the formula cell by cell (the simulated Excel, HyperFormula, LibreOffice).
 */
import { cellAddress, columnLetters, columnNumber, parseAddress, parseRange } from './a1';

// A cell reference of the formula's own sheet, outside a string: not part of a name (BOSO_a1), a
// function (LOG10), a number (1E12) or a reference to another sheet ('5 Økonomi'!$B$5, always absolute).
const REFERENCE = /(?<![A-Za-z0-9_.$!])(\$?)([A-Z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(])/g;

/** A cell reference as written: `$B$5` is `{ absoluteColumn: true, column: 'B', absoluteRow: true, row: 5 }`. */
export interface Reference {
  readonly absoluteColumn: boolean;
  readonly column: string;
  readonly absoluteRow: boolean;
  readonly row: number;
}

/** The formula with each reference to its own sheet written anew by `rewrite`. */
export function mapReferences(formula: string, rewrite: (reference: Reference) => string): string {
  return formula
    .split('"')
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(REFERENCE, (_, absColumn: string, column: string, absRow: string, row: string) =>
            rewrite({ absoluteColumn: absColumn === '$', column, absoluteRow: absRow === '$', row: Number(row) }),
          ),
    )
    .join('"');
}

/** The formula with its relative references moved `rows` down and `columns` right. */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  return mapReferences(formula, (r) => {
    const column = r.absoluteColumn ? `$${r.column}` : columnLetters(columnNumber(r.column) + columns);
    const row = r.absoluteRow ? `$${r.row}` : String(r.row + rows);
    return `${column}${row}`;
  });
}

/** The formula of a format whose range starts at `range`'s top-left cell, as it reads for `address`. */
export function formulaAt(format: { readonly range: string; readonly formula: string }, address: string): string {
  const range = parseRange(format.range);
  const cell = parseAddress(address);
  if (!range || !cell) throw new Error(`Ugyldig adresse ${address} eller område ${format.range}.`);
  return shiftFormula(format.formula, cell.row - range.top, cell.column - range.left);
}

/** Every cell of a format's range, top row first. */
export function cellsOf(range: string): string[] {
  const r = parseRange(range);
  if (!r) return [];
  const cells: string[] = [];
  for (let row = r.top; row <= r.bottom; row++) for (let column = r.left; column <= r.right; column++) cells.push(cellAddress(column, row));
  return cells;
}
