/** Findings as data, apart from findings.ts's helpers, so that reading a report (the add-in's first view) loads no zod. */
import { z } from 'zod';
import { cellValueSchema, severitySchema } from './values';

/**
 * One thing validation found. `fields` name field ids (`c1_fastrente`) or table cells
 * (`okonomi[7].avvik_totalt`, 0-based rows) so the add-in can select and mark them; `values` holds
 * what triggered the rule; `message` is the Norwegian sentence rendered from the rest.
 */
export const findingSchema = z.object({
  rule: z.string(),
  severity: severitySchema,
  fields: z.array(z.string()),
  message: z.string(),
  values: z.record(z.string(), cellValueSchema).optional(),
});
export type Finding = z.infer<typeof findingSchema>;
