/**
 * Sheet formulas generated from the template's `Formula` data, never written by hand. They use plain
 * A1 references and `+`/`-` (not structured table references, not SUM over single cells): Excel,
 * LibreOffice and HyperFormula compute them alike, an empty cell counts as 0 as in `compute`, and text
 * that is not a number gives an error instead of silently counting as 0.
 */
import type { Formula } from '../template';

/** The field a header's `{rapporteringsar}` placeholder stands for. */
export const YEAR_FIELD = 'rapporteringsar';
const YEAR_PLACEHOLDER = `{${YEAR_FIELD}}`;

/** The formula over the cells `refOf` gives for each term, e.g. `E8+F8+G8` or `C5-B5`. */
export function formulaA1(formula: Formula, refOf: (id: string) => string): string {
  switch (formula.op) {
    case 'sum':
      return formula.terms.map(refOf).join('+');
    case 'difference':
      return `${refOf(formula.minuend)}-${refOf(formula.subtrahend)}`;
  }
}

/** A table's total for one column: the sum of its data body, e.g. `SUM(B8:B27)`. */
export function columnSum(column: string, firstRow: number, lastRow: number): string {
  return `SUM(${column}${firstRow}:${column}${lastRow})`;
}

const quoted = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/**
 * A header with the report year in it, as a formula that shows the year once it is typed:
 * `"Status behov pr. 01.01."&IF(BOSO_rapporteringsar="","",BOSO_rapporteringsar)`.
 * Undefined when the header has no placeholder (it is plain text).
 */
export function yearHeaderFormula(header: string, yearReference: string): string | undefined {
  if (!header.includes(YEAR_PLACEHOLDER)) return undefined;
  const year = `IF(${yearReference}="","",${yearReference})`;
  return header
    .split(YEAR_PLACEHOLDER)
    .flatMap((part, i) => [...(i > 0 ? [year] : []), ...(part === '' ? [] : [quoted(part)])])
    .join('&');
}

/** The header as it reads for a given year (or without a year), e.g. as a formula's cached result. */
export function headerText(header: string, year: number | undefined): string {
  return header.split(YEAR_PLACEHOLDER).join(year === undefined ? '' : String(year));
}

/**
 * A formula in a form two writers agree on: no leading `=`, no `$`, no spaces and upper case outside
 * string literals, no `_xlfn.` prefix. Readers compare a cell's formula with the plan's this way.
 */
export function normalizeFormula(formula: string): string {
  const parts = formula.trim().replace(/^=/, '').split('"');
  return parts
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/\s+|\$/g, '').replace(/_xlfn\./gi, '').toUpperCase()))
    .join('"');
}
