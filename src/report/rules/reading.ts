/**
 * A cell read for a comparison: empty ("not reported"), not a number, or a number in hundredths.
 * Formulas combine readings as the sheet does (empty counts as 0), but a formula over nothing but
 * empty cells is itself empty, so rules can tell "0" from "not reported".
 */
import { isEmpty, parseNumber, toOre } from '../numbers';
import type { CellValue, ValueKind } from '../values';
import type { Formula } from '../template';

export type Reading =
  | { readonly state: 'tom' }
  | { readonly state: 'ugyldig' }
  | { readonly state: 'tall'; readonly value: number };

const TOM: Reading = { state: 'tom' };
const UGYLDIG: Reading = { state: 'ugyldig' };
const ZERO: Reading = { state: 'tall', value: 0 };

/**
 * An empty count is "not reported" (arsrapport.md), but an empty amount is 0: the sheet's avvik and
 * total formulas take it so, and OKO-03/OKO-06 judge what the sheet shows.
 */
export function readCell(value: CellValue | undefined, kind?: ValueKind): Reading {
  if (isEmpty(value)) return kind === 'kroner' ? ZERO : TOM;
  const parsed = parseNumber(value);
  return parsed.ok ? { state: 'tall', value: toOre(parsed.value) } : UGYLDIG;
}

/** The signed sum of the terms' readings. */
export function readSum(terms: readonly (readonly [Reading, 1 | -1])[]): Reading {
  let total = 0;
  let reported = false;
  for (const [reading, sign] of terms) {
    if (reading.state === 'ugyldig') return UGYLDIG;
    if (reading.state === 'tall') {
      reported = true;
      total += sign * reading.value;
    }
  }
  return reported ? { state: 'tall', value: total } : TOM;
}

export function readFormula(formula: Formula, get: (term: string) => Reading): Reading {
  return formula.op === 'sum'
    ? readSum(formula.terms.map((t) => [get(t), 1] as const))
    : readSum([
        [get(formula.minuend), 1],
        [get(formula.subtrahend), -1],
      ]);
}
