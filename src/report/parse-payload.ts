/**
 * A payload as received, checked against the template it names: the one place that looks a payload's
 * template up in the registry, above the schema and the templates themselves.
 */
import { z } from 'zod';
import { formatNumber } from './numbers';
import { payloadSchemaFor, payloadV1Schema, templateRefSchema, type PayloadV1 } from './payload';
import type { Template } from './template';
import { findTemplate } from './templates';

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
