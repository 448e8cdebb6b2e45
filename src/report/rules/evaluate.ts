/**
 * The one interpreter of rules as data: each rule's kind finds where it fails, the finding gets the
 * rule's id and severity and its sentence from messages.ts. Findings come in form order (the section of
 * a finding's first field, then the rule's place in the catalogue), so the same report always gives
 * the same list.
 */
import { sectionOfField } from '../fields';
import type { TableComputations } from '../compute';
import type { Finding } from '../findings';
import { renderMessage } from '../messages';
import type { PayloadV1 } from '../payload';
import type { Template } from '../template';
import { ruleInput, type RuleInput } from './input';
import { kinds } from './kinds';
import { labelsFor, type Labels } from './labels';
import type { RuleDef, RuleKind, RuleOf } from './definitions';
import type { ValidationContext } from './context';

function run<K extends RuleKind>(rule: RuleOf<K>, input: RuleInput, labels: Labels): Finding[] {
  const behaviour = kinds[rule.kind];
  return behaviour(rule, input).map((hit) => ({
    rule: rule.id,
    severity: rule.severity,
    fields: [...hit.fields],
    message: renderMessage(rule, hit, labels),
    values: { ...hit.values },
  }));
}

const sections = new WeakMap<Template, Map<string, number>>();

/** The place in the form of the section a field belongs to (after the last one when it has none). */
function sectionIndex(template: Template, field: string): number {
  let known = sections.get(template);
  if (!known) {
    known = new Map();
    sections.set(template, known);
  }
  let index = known.get(field);
  if (index === undefined) {
    const section = sectionOfField(template, field);
    const found = template.sections.findIndex((s) => s.id === section);
    index = found < 0 ? template.sections.length : found;
    known.set(field, index);
  }
  return index;
}

export function evaluate(
  template: Template,
  rules: readonly RuleDef[],
  payload: PayloadV1,
  context: ValidationContext,
  computationOf?: TableComputations,
): Finding[] {
  const input = ruleInput(template, payload, context, computationOf);
  const labels = labelsFor(template);
  const sectionOf = (finding: Finding): number => sectionIndex(template, finding.fields[0] ?? '');
  return rules
    .flatMap((rule, order) => run(rule, input, labels).map((finding) => ({ finding, order, section: sectionOf(finding) })))
    .sort((a, b) => a.section - b.section || a.order - b.order)
    .map(({ finding }) => finding);
}
