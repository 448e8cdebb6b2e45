/**
 * Submission payload v1: what the add-in, the CLI and the reader produce and what the server receives.
 * The generic schema accepts any template; `payloadSchemaFor` is the strict one for a template version,
 * and the JSON Schema third parties read is generated from it.
 */
import { z } from 'zod';
import { inputFields, tables } from './fields';
import { formatNumber } from './numbers';
import { perTemplate } from './per-template';
import type { Template } from './template';
import { findTemplate } from './templates';

/** What a cell can hold once read: text is kept as typed so the validator can name what is wrong. */
export const cellValueSchema = z.union([z.string().max(100_000), z.number(), z.boolean(), z.null()]);
export type CellValue = z.infer<typeof cellValueSchema>;

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

export interface PayloadProblem {
  /** Where in the JSON, e.g. `values.kommunenummer` or `tables.okonomi.3.budsjett`. */
  readonly path: string;
  readonly message: string;
}

export type ParsedPayload =
  | { readonly ok: true; readonly template: Template; readonly payload: PayloadV1 }
  | { readonly ok: false; readonly problems: readonly PayloadProblem[] };

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'tekst',
  number: 'et tall',
  boolean: 'sann/usann',
  object: 'et objekt',
  array: 'en liste',
  record: 'et objekt',
  null: 'tom (null)',
};

function problemMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `Ukjente felt: ${issue.keys.join(', ')}. Bruk feltene i malen.`;
    case 'invalid_type':
      return `Feil type: her skal det være ${TYPE_NAMES[issue.expected] ?? issue.expected}.`;
    case 'invalid_union':
      return 'En celle kan bare inneholde tekst, et tall, sann/usann eller være tom (null).';
    case 'too_big':
      return issue.origin === 'array'
        ? `Tabellen har flere enn ${formatNumber(Number(issue.maximum))} rader. Del rapporten opp, eller ta kontakt med Husbanken.`
        : `Teksten er lengre enn ${formatNumber(Number(issue.maximum))} tegn. Forkort den.`;
    case 'too_small':
      return 'Verdien kan ikke være tom.';
    case 'invalid_value':
      return `Ugyldig verdi; tillatt er ${issue.values.map(String).join(', ')}.`;
    default:
      return 'Ugyldig verdi. Eksporter rapporten på nytt fra malen.';
  }
}

function problemsOf(error: z.ZodError): PayloadProblem[] {
  return error.issues.slice(0, 50).map((issue) => ({ path: issue.path.map(String).join('.'), message: problemMessage(issue) }));
}

const templateOnlySchema = z.object({ template: templateRefSchema });

/** A payload as received (any JSON): the template it names and its values, or what is wrong with it. */
export function parsePayload(input: unknown): ParsedPayload {
  // Only the template reference is read first; the strict schema of that template then checks the
  // whole payload once (the generic schema only explains a payload whose template is unknown).
  const ref = templateOnlySchema.safeParse(input);
  if (!ref.success) {
    const generic = payloadV1Schema.safeParse(input);
    return { ok: false, problems: problemsOf(generic.success ? ref.error : generic.error) };
  }
  const { id, version } = ref.data.template;
  const template = findTemplate(id, version);
  if (!template) {
    return {
      ok: false,
      problems: [{ path: 'template', message: `Ukjent mal «${id}» versjon «${version}». Last ned malen på nytt.` }],
    };
  }
  const strict = payloadSchemaFor(template).safeParse(input);
  if (!strict.success) return { ok: false, problems: problemsOf(strict.error) };
  // The strict schema's keys are optional where the generic one has an open record: the same JSON, and
  // zod leaves absent keys absent, so no `undefined` value can appear.
  return { ok: true, template, payload: strict.data as PayloadV1 };
}
