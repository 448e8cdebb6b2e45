/**
 * Both sides of a comparison and their difference, for findings of the kinds that compare two sums
 * (H11-01, C1-01..03, C2-01/02, OKO-03: a part above its whole; OKO-07: a row against the totals).
 * A side's value is read as the domain reads it: empty counts 0, number text is the number.
 */
import { hundredths } from '../../report/compute';
import type { Finding } from '../../report/findings';
import { fromOre } from '../../report/numbers';
import type { RuleDef } from '../../report/rules/definitions';
import type { Template } from '../../report/template';
import { rulesOf } from './rule-kinds';

export interface Side {
  readonly cells: readonly string[];
  readonly value: number;
}

export interface Comparison {
  readonly left: Side;
  readonly right: Side;
  /** left − right */
  readonly difference: number;
}

/** How many of a finding's cells make up each side, for a rule of a comparing kind. */
function sideSizes(rule: RuleDef): readonly [number, number] | undefined {
  switch (rule.kind) {
    case 'notGreaterThan':
      return [typeof rule.part === 'string' ? 1 : rule.part.length, rule.whole.length];
    case 'matchesTotals':
      return [1, 1];
    default:
      return undefined;
  }
}

/** The side's sum in hundredths, or undefined when a cell is not a number. */
function sumOf(finding: Finding, cells: readonly string[]): number | undefined {
  let sum = 0;
  for (const cell of cells) {
    const value = hundredths(finding.values?.[cell]);
    if (value === null) return undefined;
    sum += value;
  }
  return sum;
}

export function comparisonOf(template: Template, finding: Finding): Comparison | undefined {
  for (const rule of rulesOf(template, finding)) {
    const sizes = sideSizes(rule);
    if (sizes === undefined) continue;
    const [leftSize, rightSize] = sizes;
    const leftCells = finding.fields.slice(0, leftSize);
    const rightCells = finding.fields.slice(leftSize, leftSize + rightSize);
    const left = sumOf(finding, leftCells);
    const right = sumOf(finding, rightCells);
    if (left === undefined || right === undefined) continue;
    return {
      left: { cells: leftCells, value: fromOre(left) },
      right: { cells: rightCells, value: fromOre(right) },
      difference: fromOre(left - right),
    };
  }
  return undefined;
}
