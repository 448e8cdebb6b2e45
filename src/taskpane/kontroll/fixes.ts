/** The cells the pane can mend with one click each: typed-over formulas (OKO-05) and numbers written as text (NUM-04). */
import type { Finding } from '../../report/findings';
import type { RuleDef } from '../../report/rules/definitions';
import type { Template } from '../../report/template';
import { fromRules } from './rule-kinds';

export interface Fixes {
  /** Computed cells whose formula was typed over. */
  readonly restore: readonly string[];
  /** Cells that hold a number written as text. */
  readonly convert: readonly string[];
}

const restores = (rule: RuleDef): boolean => rule.kind === 'computedIntact';
const converts = (rule: RuleDef): boolean => rule.kind === 'numberCell' && rule.check === 'notText';

const firstCells = (findings: readonly Finding[]): string[] => [...new Set(findings.flatMap((f) => f.fields.slice(0, 1)))];

export function fixesOf(template: Template, findings: readonly Finding[]): Fixes {
  return {
    restore: firstCells(findings.filter((f) => fromRules(template, f, restores))),
    convert: firstCells(findings.filter((f) => fromRules(template, f, converts))),
  };
}
