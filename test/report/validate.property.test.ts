import fc from 'fast-check';
import { inputFields, tables } from '../../src/report/fields';
import type { PayloadV1 } from '../../src/report/payload';
import type { CellValue } from '../../src/report/values';
import { arsrapport2013 } from '../../src/report/templates/arsrapport-2013';
import { hasErrors, validate, validationResultSchema, type ValidationContext } from '../../src/report/validate';
import { fullReport } from '../fixtures/full-report';

const RUNS = 300;
const fieldIds = inputFields(arsrapport2013).map((f) => f.id);
const columnIds = tables(arsrapport2013).flatMap((t) => t.columns.map((c) => c.id));
const ruleIds = new Set(arsrapport2013.rules.map((r) => r.id));

/** What users and Excel put in cells: numbers as text, error values, dates, junk, huge numbers. */
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom<CellValue>(
    '', ' ', '10?', 'ca. 40', 'n/a', 'Ikke avklart', '#REF!', '#VALUE!', '#DIV/0!', '1 234', '1 234,50', '2.265.000',
    '48.581', 'Kr. 800.000', '+ 25.000', '−1.000', '-156 752', '0.5', '0502', '502', '3407', '2013', '19.02.14',
    '2014-02-19', 'januar 2014', 'a@b.no; c@d', '+47 61 18 94 00 / 123', 'Oslo - Oslove', 'Våler (Østfold)',
    '__proto__', 'constructor', null,
  ),
  fc.string({ maxLength: 30 }),
  fc.integer({ min: -1_000_000, max: 3_000_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, 1e12, -1e300, 2013, 2013.5, 41689, Number.MAX_SAFE_INTEGER, Number.MIN_VALUE),
  fc.boolean(),
);

const key = (known: readonly string[]): fc.Arbitrary<string> =>
  fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...known) }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) });

const row = fc.dictionary(key(columnIds), cell, { maxKeys: 12 });
const rows = fc.array(row, { maxLength: 15 });

const payload: fc.Arbitrary<PayloadV1> = fc.record(
  {
    template: fc.constant({ id: 'boso-arsrapport', version: '2013' }),
    values: fc.dictionary(key(fieldIds), cell, { maxKeys: 60 }),
    tables: fc.record(
      { okonomi: rows, periode: rows, annet: rows },
      { requiredKeys: [] },
    ),
    totals: fc.record({ okonomi: row, periode: row }, { requiredKeys: [] }),
  },
  { requiredKeys: ['template', 'values', 'tables'] },
);

const context: fc.Arbitrary<ValidationContext> = fc.record(
  {
    today: fc.record({
      year: fc.integer({ min: 2000, max: 2100 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
    }),
    previous: payload,
    acceptedVersions: fc.oneof(fc.integer({ min: 0, max: 20 }), fc.constantFrom(-1, 0.5)),
  },
  { requiredKeys: ['today'] },
);

/** The clean full report with a few cells (fields or table cells) replaced by anything at all. */
const damagedReport: fc.Arbitrary<PayloadV1> = fc
  .tuple(
    fc.array(fc.tuple(fc.constantFrom(...fieldIds), cell), { maxLength: 8 }),
    fc.array(fc.tuple(fc.constantFrom('okonomi', 'periode'), fc.nat({ max: 14 }), fc.constantFrom(...columnIds), cell), {
      maxLength: 8,
    }),
  )
  .map(([values, cells]) => {
    const report = fullReport();
    for (const [id, value] of values) report.values[id] = value;
    for (const [table, index, column, value] of cells) {
      const current = report.tables[table] ?? [];
      const target = Array.from({ length: Math.max(current.length, index + 1) }, (_, i) => current[i] ?? {});
      target[index] = { ...target[index], [column]: value };
      report.tables[table] = target;
    }
    return report;
  });

/** A message may quote what the user typed, and a user may type «NaN»; only the message's own words must be clean. */
function withoutQuotedInput(message: string, values: Record<string, unknown> | undefined): string {
  const typed = Object.values(values ?? {}).filter((v): v is string => typeof v === 'string');
  return typed.reduce((rest, text) => rest.split(`«${text.trim()}»`).join('«…»').split(`«${text}»`).join('«…»'), message);
}

function wellFormed(input: PayloadV1, ctx: ValidationContext): void {
  const result = validate(arsrapport2013, input, ctx);
  const parsed = validationResultSchema.safeParse(JSON.parse(JSON.stringify(result)));
  expect(parsed.success).toBe(true);
  for (const finding of result.findings) {
    expect(ruleIds.has(finding.rule)).toBe(true);
    expect(finding.fields.length).toBeGreaterThan(0);
    expect(withoutQuotedInput(finding.message, finding.values)).not.toMatch(/undefined|NaN|\[object/);
  }
  expect(hasErrors(result)).toBe(result.findings.some((f) => f.severity === 'feil'));
}

describe('validate on arbitrary input', () => {
  it('never throws and always returns well-formed findings for arbitrary payloads', () => {
    const typedNaN: [PayloadV1, ValidationContext] = [
      { template: { id: 'boso-arsrapport', version: '2013' }, values: {}, tables: { okonomi: [{ regnskap_totalt: 'NaN' }] } },
      { today: { year: 2000, month: 1, day: 1 } },
    ];
    fc.assert(fc.property(payload, context, (p, c) => wellFormed(p, c)), { numRuns: RUNS, examples: [typedNaN] });
  });

  it('never throws for a complete report with arbitrary cell contents', () => {
    fc.assert(
      fc.property(damagedReport, (p) => wellFormed(p, { today: { year: 2026, month: 11, day: 23 } })),
      { numRuns: RUNS },
    );
  });

  it('gives the same findings for the same input', () => {
    fc.assert(
      fc.property(damagedReport, context, (p, c) => {
        expect(validate(arsrapport2013, p, c)).toEqual(validate(arsrapport2013, p, c));
      }),
      { numRuns: 100 },
    );
  });

  it('survives values JSON cannot carry (NaN, Infinity) without throwing', () => {
    const report = fullReport();
    Object.assign(report.values, { c1_fastrente: Number.NaN, rapporteringsar: Number.POSITIVE_INFINITY, kommunenummer: Number.NaN });
    report.tables.okonomi?.push({ budsjett: Number.NEGATIVE_INFINITY, regnskap_totalt: Number.NaN });
    const result = validate(arsrapport2013, report, { today: { year: 2026, month: 11, day: 23 } });
    expect(result.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['GEN-02', 'GEN-04', 'NUM-01', 'OKO-01']));
  });

  it('handles an empty payload', () => {
    const empty: PayloadV1 = { template: { id: 'boso-arsrapport', version: '2013' }, values: {}, tables: {} };
    const result = validate(arsrapport2013, empty, { today: { year: 2026, month: 11, day: 23 } });
    expect(new Set(result.findings.map((f) => f.rule))).toEqual(new Set(['GEN-01', 'H11-03', 'TXT-01']));
  });
});
