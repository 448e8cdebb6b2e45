/**
 * The settings' JSON checked when read back (settings.ts loads this only when the workbook has any): a
 * file travels, and anyone may have changed it.
 */
import { z } from 'zod';
import { templateRefSchema, type TemplateRef } from '../report/payload';
import type { CheckStatus, JsonValue, SubmissionStatus, WorkbookStatus } from './api';

const localDateTime = z.object({
  year: z.number().int(),
  month: z.number().int().min(1).max(12),
  day: z.number().int().min(1).max(31),
  hour: z.number().int().min(0).max(23),
  minute: z.number().int().min(0).max(59),
});
const jsonValue: z.ZodType<JsonValue> = z.lazy(() => z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(jsonValue), z.record(z.string(), jsonValue)]));
const checkSchema = z.object({
  at: localDateTime,
  errors: z.number().int().min(0),
  warnings: z.number().int().min(0),
  submitted: z.object({ version: z.number().int().min(1), changed: z.boolean() }).optional(),
});
const submissionSchema = z.object({
  at: localDateTime,
  version: z.number().int().min(1),
  id: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  receipt: jsonValue,
});

function parsed<T>(schema: z.ZodType<T>, text: unknown): T | undefined {
  if (typeof text !== 'string') return undefined;
  try {
    const result = schema.safeParse(JSON.parse(text));
    return result.success ? result.data : undefined;
  } catch {
    // Not JSON: someone else's setting under our key. It is as good as none.
    return undefined;
  }
}

export const templateSetting = (text: unknown): TemplateRef | undefined => parsed(templateRefSchema, text);

export function workbookStatus(check: unknown, submission: unknown): WorkbookStatus {
  const c: CheckStatus | undefined = parsed(checkSchema, check);
  const s: SubmissionStatus | undefined = parsed(submissionSchema, submission);
  return { ...(c ? { check: c } : {}), ...(s ? { submission: s } : {}) };
}
