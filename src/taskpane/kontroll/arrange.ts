/**
 * The Kontroll tab's list: findings grouped by the template's sections in the form's order, feil before
 * advarsler in each, and what is only still empty (rules about missing content) apart from what is wrong.
 */
import type { Finding } from '../../report/findings';
import { sectionOfField } from '../../report/fields';
import type { RuleDef, RuleKind } from '../../report/rules/definitions';
import type { SectionDef, Template } from '../../report/template';
import { fromRules } from './rule-kinds';

/** Kinds whose findings say only that something is not filled in yet. */
const MISSING_CONTENT: ReadonlySet<RuleKind> = new Set<RuleKind>(['notEmpty', 'anyFilled']);
const aboutMissingContent = (rule: RuleDef): boolean => MISSING_CONTENT.has(rule.kind);

export interface FindingGroup {
  /** Undefined for findings outside every section (from the server, about earlier reports). */
  readonly section?: SectionDef;
  readonly findings: readonly Finding[];
  readonly errors: number;
  readonly warnings: number;
}

export interface ArrangedFindings {
  readonly problems: readonly FindingGroup[];
  readonly remaining: readonly FindingGroup[];
  /** Feil and advarsler among the problems; what remains to fill in is counted apart. */
  readonly errors: number;
  readonly warnings: number;
  readonly remainingCount: number;
  /** Of what remains, the fields that must be filled in before the report can be sent (feil). */
  readonly requiredCount: number;
}

const errorsIn = (findings: readonly Finding[]): number => findings.filter((f) => f.severity === 'feil').length;

function grouped(template: Template, findings: readonly Finding[]): FindingGroup[] {
  const bySection = new Map<SectionDef | undefined, Finding[]>();
  for (const finding of findings) {
    const id = sectionOfField(template, finding.fields[0] ?? '');
    const section = template.sections.find((s) => s.id === id);
    bySection.set(section, [...(bySection.get(section) ?? []), finding]);
  }
  const order = [...template.sections, undefined];
  return order.flatMap((section) => {
    const found = bySection.get(section);
    if (found === undefined) return [];
    // Stable: within a severity the domain's order (the form's, then the catalogue's) stays.
    const sorted = [...found.filter((f) => f.severity === 'feil'), ...found.filter((f) => f.severity !== 'feil')];
    const errors = errorsIn(sorted);
    return [{ ...(section === undefined ? {} : { section }), findings: sorted, errors, warnings: sorted.length - errors }];
  });
}

export function arrangeFindings(template: Template, findings: readonly Finding[]): ArrangedFindings {
  const missing = findings.filter((f) => fromRules(template, f, aboutMissingContent));
  const problems = findings.filter((f) => !missing.includes(f));
  const errors = errorsIn(problems);
  return {
    problems: grouped(template, problems),
    remaining: grouped(template, missing),
    errors,
    warnings: problems.length - errors,
    remainingCount: missing.length,
    requiredCount: errorsIn(missing),
  };
}
