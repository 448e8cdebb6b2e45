/**
 * Numbers written as text (rule kind `numberCell` with the check `notText`, NUM-04 in 2013): for each
 * such cell, the number the domain read, which is what the add-in writes when the user converts them.
 */
import type { PayloadV1 } from './payload';
import type { ValidationContext } from './rules/context';
import type { RuleDef, RuleOf } from './rules/definitions';
import { ruleInput } from './rules/input';
import { numberCell } from './rules/kinds/number-cells';
import type { Template } from './template';

export interface NumberTextFix {
  /** The cell as findings name it: a field id or `okonomi[3].budsjett`. */
  readonly field: string;
  readonly text: string;
  readonly value: number;
}

const isNotTextRule = (rule: RuleDef): rule is RuleOf<'numberCell'> => rule.kind === 'numberCell' && rule.check === 'notText';

export function numberTextFixes(template: Template, payload: PayloadV1, context: ValidationContext): NumberTextFix[] {
  const input = ruleInput(template, payload, context);
  const fixes = new Map<string, NumberTextFix>();
  for (const rule of template.rules.filter(isNotTextRule)) {
    for (const hit of numberCell(rule, input)) {
      const [field] = hit.fields;
      const text = field === undefined ? undefined : hit.values[field];
      if (field !== undefined && typeof text === 'string' && hit.detail.value !== undefined) {
        fixes.set(field, { field, text, value: hit.detail.value });
      }
    }
  }
  return [...fixes.values()];
}
