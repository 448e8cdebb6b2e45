/**
 * Submission payload v1: what the add-in, the CLI and the reader produce and what the server receives.
 * The generic schema accepts any template; `payloadSchemaFor` is the strict one for a template version,
 * and the JSON Schema third parties read is generated from it. Finding the template a payload names is
 * parse-payload.ts, a layer above: this schema knows templates, not the registry of them.
 */
import { z } from 'zod';
import { inputFields, tables } from './fields';
import { perTemplate } from './per-template';
import type { Template } from './template';
import { cellValueSchema } from './values';

const MAX_TABLE_ROWS = 1000;

export const templateRefSchema = z.object({ id: z.string().min(1).max(100), version: z.string().min(1).max(50) });
export type TemplateRef = z.infer<typeof templateRefSchema>;

const rowSchema = z.record(z.string(), cellValueSchema);

export const payloadV1Schema = z.object({
  template: templateRefSchema,
  values: z.record(z.string(), cellValueSchema),
  tables: z.record(z.string(), z.array(rowSchema).max(MAX_TABLE_ROWS)).default({}),
  /** Total rows as the sheet shows them (optional; lets OKO-05 see a total typed over). */
  totals: z.record(z.string(), rowSchema).optional(),
});
export type PayloadV1 = z.infer<typeof payloadV1Schema>;

const cellsOf = (ids: readonly string[]) =>
  z.strictObject(Object.fromEntries(ids.map((id) => [id, cellValueSchema.optional()])));

/** The strict schema of one template version: unknown fields and columns are refused. */
export const payloadSchemaFor = perTemplate(buildStrictSchema);

function buildStrictSchema(template: Template) {
  const tableShapes = Object.fromEntries(
    tables(template).map((t) => [t.id, z.array(cellsOf(t.columns.map((c) => c.id))).max(MAX_TABLE_ROWS).optional()]),
  );
  const totalShapes = Object.fromEntries(tables(template).map((t) => [t.id, cellsOf(t.columns.map((c) => c.id)).optional()]));
  return z.strictObject({
    template: z.strictObject({ id: z.literal(template.id), version: z.literal(template.version) }),
    values: cellsOf(inputFields(template).map((f) => f.id)),
    tables: z.strictObject(tableShapes).default({}),
    totals: z.strictObject(totalShapes).optional(),
  });
}

/** JSON Schema of a template version's payload, generated from the zod schema. */
export function payloadJsonSchema(template: Template): unknown {
  return z.toJSONSchema(payloadSchemaFor(template), { io: 'input' });
}
