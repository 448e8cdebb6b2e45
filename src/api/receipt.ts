/**
 * The receipt of a stored submission. The server serialises its replies through these schemas and the
 * browser apps parse them with the same ones, so the two cannot drift apart.
 */
import { z } from 'zod';
import { findingSchema } from '../report/finding-schema';
import { payloadV1Schema } from '../report/payload';

export const receiptSchema = z.object({
  id: z.string(),
  kommunenummer: z.string(),
  /** The Oslo district that reported on its own, by its name (`Alna`), or null. */
  bydel: z.string().nullable(),
  ar: z.number().int(),
  /** 1 for the first accepted report of the municipality (and bydel) and year, then 2, 3, … */
  versjon: z.number().int().min(1),
  /** When the server received it, ISO 8601 in UTC. */
  mottatt: z.iso.datetime(),
  /** SHA-256 (hex) of the request body exactly as received: the JSON, or the .xlsx file. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** The advarsler the report was accepted with, HIS-01 and HIS-02 included. */
  findings: z.array(findingSchema),
});
export type Receipt = z.infer<typeof receiptSchema>;

export const submissionReplySchema = receiptSchema.extend({ payload: payloadV1Schema });
export type SubmissionReply = z.infer<typeof submissionReplySchema>;

export const receiptListSchema = z.object({ innsendinger: z.array(receiptSchema) });
