/**
 * An error reply of the collection server (RFC 9457 problem details). The server builds its replies to
 * this shape and the add-in parses them with it: `detail` is the Norwegian sentence the user is shown.
 */
import { z } from 'zod';
import { findingSchema } from '../report/finding-schema';

export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  /**
   * In every 422: with `rapporten-har-feil` every finding, feil and advarsler; empty when the report
   * was refused before its rules ran (format, template, Idempotency-Key), and `problems` says why.
   */
  findings: z.array(findingSchema).optional(),
  /** With `ugyldig-innhold` and `ugyldig-foresporsel`: where the request does not follow the format. */
  problems: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type Problem = z.infer<typeof problemSchema>;
