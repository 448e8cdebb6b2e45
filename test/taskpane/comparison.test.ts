import { arsrapport2013 } from '../../src/report/templates/arsrapport-2013';
import { comparisonOf } from '../../src/taskpane/kontroll/comparison';
import { check, reportWith } from '../report/support';

const findingOf = (rule: string, ...args: Parameters<typeof reportWith>) => {
  const finding = check(reportWith(...args)).findings.find((f) => f.rule === rule);
  if (finding === undefined) throw new Error(`ingen ${rule}`);
  return finding;
};

describe('both sides of a comparison', () => {
  it('C1-01: fastrente against fullfinansierte, and the difference', () => {
    const comparison = comparisonOf(arsrapport2013, findingOf('C1-01', { c1_fastrente: 12, c1_fullfinansierte: '10' }));
    expect(comparison).toEqual({
      left: { cells: ['c1_fastrente'], value: 12 },
      right: { cells: ['c1_fullfinansierte'], value: 10 },
      difference: 2,
    });
  });

  it('H11-01: barnefamilier against the sum of A, B and C, an empty cell counting 0', () => {
    const finding = findingOf('H11-01', {
      h11_a_status0101: 2,
      h11_b_status0101: '1',
      h11_c_status0101: null,
      h11_barnefamilier_status0101: 5,
    });
    expect(comparisonOf(arsrapport2013, finding)).toMatchObject({ left: { value: 5 }, right: { value: 3 }, difference: 2 });
    expect(comparisonOf(arsrapport2013, finding)?.right.cells).toEqual(['h11_a_status0101', 'h11_b_status0101', 'h11_c_status0101']);
  });

  it("OKO-07: the programme year's row against the economy table's totals, in kroner and øre", () => {
    const finding = findingOf('OKO-07', {}, { periode: { 2: { tilskudd_hb: '1 000 000,50' } } });
    // The fixture's Σ regnskap_hb is 1 398 581.
    expect(comparisonOf(arsrapport2013, finding)).toEqual({
      left: { cells: ['periode[2].tilskudd_hb'], value: 1_000_000.5 },
      right: { cells: ['okonomi.total.regnskap_hb'], value: 1_398_581 },
      difference: -398_580.5,
    });
  });

  it('gives nothing for findings that compare nothing', () => {
    expect(comparisonOf(arsrapport2013, findingOf('NUM-01', { c1_fastrente: '10?' }))).toBeUndefined();
  });
});
