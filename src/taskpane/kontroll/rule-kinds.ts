/** What the pane needs to know of a finding's rule, read from the template's rule catalogue. */
import type { Finding } from '../../report/findings';
import type { RuleDef } from '../../report/rules/definitions';
import type { Template } from '../../report/template';

/** The rules a finding may come from: one id may name two entries of the catalogue (two conditions). */
export function rulesOf(template: Template, finding: Finding): readonly RuleDef[] {
  return template.rules.filter((r) => r.id === finding.rule);
}

/** Whether every rule the finding may come from is of this sort. */
export function fromRules(template: Template, finding: Finding, sort: (rule: RuleDef) => boolean): boolean {
  const rules = rulesOf(template, finding);
  return rules.length > 0 && rules.every(sort);
}
