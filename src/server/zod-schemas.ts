/**
 * Route schemas are zod schemas, the same ones src/report exports: Fastify validates params, query
 * strings and headers with them and serialises replies through them (the type provider gives handlers
 * the parsed types). Nothing is written twice as JSON Schema.
 */
import type { FastifySchemaCompiler, FastifySerializerCompiler, FastifyTypeProvider } from 'fastify';
import { z } from 'zod';

export interface ZodTypeProvider extends FastifyTypeProvider {
  readonly validator: this['schema'] extends z.ZodType ? z.output<this['schema']> : unknown;
  readonly serializer: this['schema'] extends z.ZodType ? z.input<this['schema']> : unknown;
}

/** A request part that does not match its schema; error-handler.ts makes it a 400 problem. */
export class RequestValidationError extends Error {
  readonly statusCode = 400;
  readonly code = 'FST_ERR_VALIDATION';
  constructor(readonly issues: readonly z.core.$ZodIssue[]) {
    super('Forespørselen følger ikke skjemaet.');
  }
}

/**
 * Norwegian messages for what a route schema does not word itself (its own messages win): zod's
 * defaults are English and reach the caller in `problems`.
 */
const norwegian: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'mangler: oppgi den';
      return Array.isArray(issue.input) ? 'er oppgitt flere ganger: oppgi den én gang' : 'har feil form: se docs/server.md';
    case 'too_big':
      return `er for lang eller for stor (høyst ${String(issue.maximum)})`;
    case 'too_small':
      return `er for kort eller for liten (minst ${String(issue.minimum)})`;
    default:
      return 'er ugyldig: se docs/server.md for hva den kan være';
  }
};

export const zodValidatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema }) =>
  (data) => {
    const result = schema.safeParse(data, { error: norwegian });
    return result.success ? { value: result.data } : { error: new RequestValidationError(result.error.issues) };
  };

export const zodSerializerCompiler: FastifySerializerCompiler<z.ZodType> =
  ({ schema }) =>
  (data) =>
    JSON.stringify(schema.parse(data));
