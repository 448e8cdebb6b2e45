import { grids, inputFields, sectionOfField, tables } from '../../src/report/fields';
import type { Finding } from '../../src/report/findings';
import type { CellValue } from '../../src/report/values';
import { arsrapport2013 } from '../../src/report/templates/arsrapport-2013';
import { arsrapport2013Rules } from '../../src/report/templates/arsrapport-2013-rules';
import { hasErrors, validationResultSchema } from '../../src/report/validate';
import { alsoWrong, check, everythingWrong, lastYear, reportWith } from './support';

/** Ids and severities of shared/spec/rules.md. */
const SPEC: Readonly<Record<string, 'feil' | 'advarsel'>> = {
  'GEN-01': 'feil', 'GEN-02': 'feil', 'GEN-03': 'advarsel', 'GEN-04': 'feil', 'GEN-05': 'feil',
  'GEN-06': 'advarsel', 'GEN-07': 'advarsel', 'GEN-08': 'feil', 'GEN-09': 'advarsel',
  'GEN-10': 'feil',
  'NUM-01': 'feil', 'NUM-02': 'feil', 'NUM-03': 'feil', 'NUM-04': 'advarsel',
  'H11-01': 'feil', 'H11-02': 'advarsel', 'H11-03': 'advarsel',
  'C1-01': 'feil', 'C1-02': 'advarsel', 'C1-03': 'advarsel', 'C1-04': 'advarsel', 'C2-01': 'advarsel', 'C2-02': 'advarsel',
  'TXT-01': 'advarsel',
  'OKO-01': 'feil', 'OKO-02': 'feil', 'OKO-03': 'feil', 'OKO-04': 'feil', 'OKO-05': 'feil', 'OKO-06': 'advarsel',
  'OKO-07': 'advarsel', 'OKO-08': 'feil',
  'HIS-01': 'advarsel', 'HIS-02': 'advarsel',
};

describe('the 2013 rule catalogue', () => {
  it('has every rule of rules.md with its severity, and no other', () => {
    const catalogue = new Map(arsrapport2013Rules.map((r) => [r.id, r.severity]));
    expect(Object.fromEntries(catalogue)).toEqual(SPEC);
    for (const rule of arsrapport2013Rules) expect(rule.severity).toBe(SPEC[rule.id]);
  });

  it('names only fields, grids, tables, rows and columns the template has', () => {
    const known = new Set<string>([
      ...inputFields(arsrapport2013).map((f) => f.id),
      ...grids(arsrapport2013).flatMap((g) => [g.id, ...g.rows.map((r) => r.id), ...g.columns.map((c) => c.id)]),
      ...tables(arsrapport2013).flatMap((t) => [t.id, ...t.columns.map((c) => c.id)]),
    ]);
    const notNames = new Set(['id', 'severity', 'kind', 'check', 'format', 'separators', 'bound', 'limit', 'valueKinds', 'unit']);
    const names = (value: unknown, key = ''): string[] => {
      if (notNames.has(key)) return [];
      if (typeof value === 'string') return [value];
      if (Array.isArray(value)) return value.flatMap((v) => names(v, key));
      if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => names(v, k));
      return [];
    };
    const unknown = arsrapport2013Rules.flatMap((rule) => names(rule).filter((n) => !known.has(n)).map((n) => `${rule.id}: ${n}`));
    expect(unknown).toEqual([]);
  });

  it('is attached to the template', () => {
    expect(arsrapport2013.rules).toBe(arsrapport2013Rules);
  });
});

describe('validate', () => {
  const result = check(everythingWrong(), { previous: lastYear(), acceptedVersions: 1 });
  const all = [result, ...alsoWrong().map((r) => check(r))].flatMap((r) => r.findings);

  it('finds every rule of the catalogue', () => {
    expect(new Set(all.map((f) => f.rule))).toEqual(new Set(Object.keys(SPEC)));
  });

  it('returns the JSON shape of rules.md, which parses with its schema', () => {
    expect(Object.keys(result)).toEqual(['template', 'findings', 'computed']);
    expect(result.template).toEqual({ id: 'boso-arsrapport', version: '2013' });
    expect(validationResultSchema.parse(JSON.parse(JSON.stringify(result)))).toEqual(result);
  });

  it('renders a Norwegian sentence for every finding, with no holes', () => {
    for (const finding of all) {
      expect(finding.message).toMatch(/^[A-ZÆØÅ«0-9]/);
      expect(finding.message).toMatch(/[.»]$/);
      expect(finding.message).not.toMatch(/undefined|NaN|\[object|null/);
    }
  });

  it('gives every finding the fields it concerns and the values it saw', () => {
    for (const finding of all) {
      expect(finding.fields.length).toBeGreaterThan(0);
      expect(Object.keys(finding.values ?? {}).length).toBeGreaterThan(0);
    }
  });

  it('orders findings by section of the form, then by the catalogue', () => {
    const sectionIndex = (f: Finding) =>
      arsrapport2013.sections.findIndex((s) => s.id === sectionOfField(arsrapport2013, f.fields[0] ?? ''));
    const ruleIndex = (f: Finding) => arsrapport2013Rules.findIndex((r) => r.id === f.rule);
    const keys = result.findings.map((f) => [sectionIndex(f), ruleIndex(f)] as const);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(keys).toEqual(sorted);
    expect(keys.every(([section]) => section >= 0)).toBe(true);
  });

  it('gives the same result every time', () => {
    expect(check(everythingWrong(), { previous: lastYear(), acceptedVersions: 1 })).toEqual(result);
  });

  it('leaves the payload as it was', () => {
    const report = everythingWrong();
    const before = JSON.parse(JSON.stringify(report));
    check(report);
    expect(report).toEqual(before);
  });
});

/** Cell contents the brief and real workbooks bring: error values, booleans, extremes, dates, lists. */
const ODD: readonly CellValue[] = [
  '#REF!', '#N/A', true, false, 1e300, -1e300, -0, '   ', '\u00a0', 41689, '19.02.14', '2014-02-19', 502, '0502 ',
  'a@b.no / c@d.no; e@f.no', '+47 61 18 90 00 / 90 00 00 00', '1e300', '−0', Number.MIN_VALUE,
];

describe('odd cell contents', () => {
  const fieldIds = inputFields(arsrapport2013).map((f) => f.id);
  const columns = (table: string) => tables(arsrapport2013).find((t) => t.id === table)?.columns.map((c) => c.id) ?? [];

  test.each(ODD.map((v) => [v]))('%p in every cell gives findings, not a crash', (value) => {
    const report = reportWith(Object.fromEntries(fieldIds.map((id) => [id, value])));
    const row = (table: string) => Object.fromEntries(columns(table).map((c) => [c, value]));
    report.tables = { okonomi: [row('okonomi'), row('okonomi')], periode: [row('periode'), row('periode')] };
    report.totals = { okonomi: row('okonomi'), periode: row('periode') };
    const result = check(report, { previous: report, acceptedVersions: 1 });
    expect(validationResultSchema.safeParse(JSON.parse(JSON.stringify(result))).success).toBe(true);
    for (const finding of result.findings) expect(finding.message).not.toMatch(/undefined|NaN|\[object/);
  });
});

describe('hasErrors', () => {
  it('is false for a clean report and for warnings only', () => {
    expect(hasErrors(check(reportWith()))).toBe(false);
    const warnings = check(reportWith({ a1: '', telefon: '12' }));
    expect(warnings.findings.map((f) => f.severity)).toEqual(['advarsel', 'advarsel']);
    expect(hasErrors(warnings)).toBe(false);
  });

  it('is true when there is a feil', () => {
    expect(hasErrors(check(reportWith({ c1_fastrente: 30 })))).toBe(true);
  });
});
