/** The pane's check of a report read from the workbook: the domain's `validate`, dated today. Loaded after the first render. */
import type { ReportFound } from '../excel/api';
import { validate, type ValidationResult } from '../report/validate';

export function checkReport(read: ReportFound, now: Date): ValidationResult {
  return validate(read.template, read.payload, { today: { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() } });
}
