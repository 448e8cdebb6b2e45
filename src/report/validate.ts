/**
 * `validate`: the same check everywhere (task pane, ribbon, CLI, server). It returns findings and the
 * computed values, never throws on what a user typed, and reads the clock only through the context.
 */
import { z } from 'zod';
import { computeAll, tableComputations } from './compute';
import { computedSchema } from './computed-schema';
import { findingSchema, type Finding } from './finding-schema';
import { templateRefSchema, type PayloadV1 } from './payload';
import { evaluate } from './rules/evaluate';
import type { Template } from './template';

export type { ValidationContext } from './rules/context';
import type { ValidationContext } from './rules/context';

export const validationResultSchema = z.object({
  template: templateRefSchema,
  findings: z.array(findingSchema),
  computed: computedSchema,
});
export type ValidationResult = z.infer<typeof validationResultSchema>;

export function validate(template: Template, payload: PayloadV1, context: ValidationContext): ValidationResult {
  // The rules and the computed values need the same table sums: compute each table once.
  const computationOf = tableComputations(payload);
  return {
    template: { id: template.id, version: template.version },
    findings: evaluate(template, template.rules, payload, context, computationOf),
    computed: computeAll(template, payload, computationOf),
  };
}

/**
 * The findings alone, for a caller that shows no computed values: the server judges a submission by
 * them, and the computed values would be a third of the work.
 */
export function findingsOf(template: Template, payload: PayloadV1, context: ValidationContext): Finding[] {
  return evaluate(template, template.rules, payload, context, tableComputations(payload));
}

/** Whether the report has any feil, which stops it from being submitted. */
export function hasErrors(result: Pick<ValidationResult, 'findings'>): boolean {
  return result.findings.some((f) => f.severity === 'feil');
}
