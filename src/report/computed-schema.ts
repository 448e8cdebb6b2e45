/**
 * The computed numbers as data: the schema of what `computeAll` returns, for the validation result and
 * the server's replies. Apart from compute.ts, so that reading a report (the add-in's first view) loads no zod.
 */
import { z } from 'zod';
import { cellValueSchema } from './values';

const nullableNumber = z.number().nullable();
const tableComputedSchema = z.object({
  rows: z.array(z.record(z.string(), cellValueSchema)),
  total: z.record(z.string(), nullableNumber),
});
export const computedSchema = z.record(
  z.string(),
  z.union([nullableNumber, tableComputedSchema, z.record(z.string(), z.record(z.string(), nullableNumber))]),
);
export type Computed = z.infer<typeof computedSchema>;
