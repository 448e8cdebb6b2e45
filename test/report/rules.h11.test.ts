import type { CellValue } from '../../src/report/values';
import { check, hits, reportWith } from './support';

// The clean report's 1.1: a 20/14/40, b 15/9/30, c 14/9/28, barnefamilier 10/12/20 (status0101/status3112/resultat).

describe('H11-01', () => {
  const cells = (column: string) => ['barnefamilier', 'a', 'b', 'c'].map((row) => `h11_${row}_${column}`);

  test.each(['status0101', 'status3112', 'resultat'])('flags barnefamilier above a + b + c in %s', (column) => {
    expect(hits(reportWith({ [`h11_barnefamilier_${column}`]: 1000 }), 'H11-01')).toEqual([cells(column)]);
  });

  it('accepts barnefamilier equal to a + b + c', () => {
    expect(hits(reportWith({ h11_barnefamilier_status0101: 49 }), 'H11-01')).toEqual([]);
    expect(hits(reportWith({ h11_barnefamilier_status0101: 50 }), 'H11-01')).toEqual([cells('status0101')]);
  });

  it('counts an empty a, b or c as 0 when another is filled in', () => {
    const values = { h11_a_resultat: 5, h11_b_resultat: '', h11_c_resultat: null, h11_barnefamilier_resultat: 6 };
    expect(hits(reportWith(values), 'H11-01')).toEqual([cells('resultat')]);
  });

  it('compares nothing when a, b and c are all empty, or barnefamilier is', () => {
    expect(hits(reportWith({ h11_a_resultat: '', h11_b_resultat: '', h11_c_resultat: '' }), 'H11-01')).toEqual([]);
    expect(hits(reportWith({ h11_barnefamilier_resultat: '' }), 'H11-01')).toEqual([]);
  });

  it('compares nothing when one of the cells is not a number', () => {
    expect(hits(reportWith({ h11_a_status0101: '10?', h11_barnefamilier_status0101: 1000 }), 'H11-01')).toEqual([]);
    expect(hits(reportWith({ h11_barnefamilier_status0101: 'mange' }), 'H11-01')).toEqual([]);
  });

  it('reads numbers written as text', () => {
    expect(hits(reportWith({ h11_barnefamilier_status3112: '1 000' }), 'H11-01')).toEqual([cells('status3112')]);
  });
});

describe('H11-02', () => {
  const change = (from: CellValue, to: CellValue, comment: CellValue = '') =>
    hits(reportWith({ h11_b_status0101: from, h11_b_status3112: to, h11_b_kommentar: comment }), 'H11-02');
  const flagged = [['h11_b_endring', 'h11_b_kommentar']];

  test.each<[CellValue, CellValue]>([
    [10, 16],
    [10, 4],
    [20, 9],
    [0, 5],
    ['10', '16'],
  ])('warns about %p → %p without a comment', (from, to) => {
    expect(change(from, to)).toEqual(flagged);
  });

  test.each<[CellValue, CellValue]>([
    [10, 15], // exactly 50 %
    [10, 5],
    [4, 8], // 100 %, but fewer than 5 households
    [0, 4],
    [100, 140],
    [10, ''],
    ['', 10],
    ['10?', 16],
  ])('accepts %p → %p', (from, to) => {
    expect(change(from, to)).toEqual([]);
  });

  it('accepts a large change that the comment explains', () => {
    expect(change(10, 16, 'Nytt boligprosjekt ferdig i juni.')).toEqual([]);
  });

  it('is a warning', () => {
    const finding = check(reportWith({ h11_b_status3112: 100 })).findings.find((f) => f.rule === 'H11-02');
    expect(finding?.severity).toBe('advarsel');
    expect(finding?.values).toMatchObject({ h11_b_endring: 85, h11_b_status0101: 15, h11_b_status3112: 100 });
  });
});

describe('H11-03', () => {
  const row = (r: string) => ['status0101', 'status3112', 'resultat'].map((c) => `h11_${r}_${c}`);
  const emptied = (r: string, value: CellValue = '') => Object.fromEntries(row(r).map((cell) => [cell, value]));

  test.each(['a', 'b', 'c', 'barnefamilier'])('warns about row %s with no numbers', (r) => {
    expect(hits(reportWith(emptied(r)), 'H11-03')).toEqual([row(r)]);
  });

  it('accepts a row of zeros, or with one number', () => {
    expect(hits(reportWith(emptied('a', 0)), 'H11-03')).toEqual([]);
    expect(hits(reportWith({ ...emptied('a'), h11_a_resultat: 3 }), 'H11-03')).toEqual([]);
  });

  it('leaves text in the row to NUM-01', () => {
    expect(hits(reportWith(emptied('c', 'ukjent')), 'H11-03')).toEqual([]);
  });

  it('does not count the comment as a number', () => {
    expect(hits(reportWith({ ...emptied('a'), h11_a_kommentar: 'Ikke kartlagt.' }), 'H11-03')).toEqual([row('a')]);
  });
});
