import type { PayloadV1 } from '../../src/report/payload';
import { fullReport } from '../fixtures/full-report';
import { check, hits, reportWith } from './support';

/** Last year's report, whose status pr. 31.12 equals this year's status pr. 01.01 (20, 15, 14, 10). */
function lastYear(changes: Record<string, number | string | null> = {}): PayloadV1 {
  const report = fullReport();
  Object.assign(report.values, {
    rapporteringsar: 2012,
    h11_a_status3112: 20,
    h11_b_status3112: 15,
    h11_c_status3112: 14,
    h11_barnefamilier_status3112: 10,
    ...changes,
  });
  return report;
}

describe('HIS-01', () => {
  it('accepts status pr. 01.01 equal to last year’s status pr. 31.12', () => {
    expect(hits(reportWith(), 'HIS-01', { previous: lastYear() })).toEqual([]);
  });

  it('warns about each row that differs', () => {
    const previous = lastYear({ h11_a_status3112: 21, h11_barnefamilier_status3112: '9' });
    expect(hits(reportWith(), 'HIS-01', { previous })).toEqual([['h11_a_status0101'], ['h11_barnefamilier_status0101']]);
  });

  it('shows last year’s value and names its year', () => {
    const finding = check(reportWith(), { previous: lastYear({ h11_c_status3112: 3 }) }).findings.find((f) => f.rule === 'HIS-01');
    expect(finding?.severity).toBe('advarsel');
    expect(finding?.values).toEqual({ h11_c_status0101: 14, 'forrige.h11_c_status3112': 3 });
    expect(finding?.message).toContain('2012');
  });

  it('compares only numbers on both sides', () => {
    const previous = lastYear({ h11_a_status3112: '', h11_b_status3112: 'n/a' });
    expect(hits(reportWith({ h11_c_status0101: '' }), 'HIS-01', { previous: lastYear({ h11_c_status3112: 1 }) })).toEqual([]);
    expect(hits(reportWith(), 'HIS-01', { previous })).toEqual([]);
  });

  it('says nothing without last year’s report', () => {
    expect(hits(reportWith({ h11_a_status0101: 999 }), 'HIS-01')).toEqual([]);
  });
});

describe('HIS-02', () => {
  it('says nothing for the first version', () => {
    expect(hits(reportWith(), 'HIS-02')).toEqual([]);
    expect(hits(reportWith(), 'HIS-02', { acceptedVersions: 0 })).toEqual([]);
  });

  it('warns that the report becomes a new version', () => {
    const finding = check(reportWith(), { acceptedVersions: 2 }).findings.find((f) => f.rule === 'HIS-02');
    expect(finding?.fields).toEqual(['kommunenummer', 'rapporteringsar']);
    expect(finding?.severity).toBe('advarsel');
    expect(finding?.message).toContain('versjon 3');
  });
});
