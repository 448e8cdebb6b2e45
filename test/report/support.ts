/** Shared by the rule tests: a clean report to change, and the findings of one rule. */
import type { CellValue, PayloadV1 } from '../../src/report/payload';
import { arsrapport2013 } from '../../src/report/templates/arsrapport-2013';
import { validate, type ValidationContext, type ValidationResult } from '../../src/report/validate';
import { fullReport } from '../fixtures/full-report';

export const TODAY = { year: 2026, month: 11, day: 23 } as const;

type Row = Record<string, CellValue>;

/** The clean full report with some values replaced, and table rows replaced or added by index. */
export function reportWith(
  values: Readonly<Record<string, CellValue>> = {},
  rows: { readonly okonomi?: Readonly<Record<number, Row>>; readonly periode?: Readonly<Record<number, Row>> } = {},
): PayloadV1 {
  const report = fullReport();
  Object.assign(report.values, values);
  for (const [table, changes] of Object.entries(rows)) {
    const target = report.tables[table] ?? [];
    for (const [index, row] of Object.entries(changes ?? {})) {
      target[Number(index)] = { ...target[Number(index)], ...row };
    }
    report.tables[table] = target;
  }
  return report;
}

export function check(payload: PayloadV1, context: Partial<ValidationContext> = {}): ValidationResult {
  return validate(arsrapport2013, payload, { today: TODAY, ...context });
}

/** The fields of each finding of one rule, in order. */
export function hits(payload: PayloadV1, rule: string, context: Partial<ValidationContext> = {}): string[][] {
  return check(payload, context)
    .findings.filter((f) => f.rule === rule)
    .map((f) => f.fields);
}
