import type { CellValue } from '../../src/report/values';
import { check, hits, reportWith } from './support';

// The clean report has 12 okonomi rows (row 1 is the worked row: budsjett 300 000, HB 48 581, egen 94 667,
// avvik −156 752 with a comment) and periode rows 2011–2015 (row 2 is 2013 and equals the okonomi totals).

describe('OKO-01', () => {
  test.each<[string, number, string, CellValue]>([
    ['okonomi', 0, 'budsjett', '300 000?'],
    ['okonomi', 3, 'regnskap_annen', 'ca. 40'],
    ['okonomi', 11, 'budsjett_hb', '#REF!'],
    ['periode', 1, 'annen', 'ukjent'],
    ['periode', 4, 'overfort', true],
  ])('flags %s[%p].%s = %p', (table, row, column, value) => {
    expect(hits(reportWith({}, { [table]: { [row]: { [column]: value } } }), 'OKO-01')).toEqual([[`${table}[${row}].${column}`]]);
  });

  test.each<[CellValue]>([['Kr. 800.000'], ['48.581'], ['1 234,50'], [''], [null], [-5]])('accepts %p', (value) => {
    expect(hits(reportWith({}, { okonomi: { 0: { budsjett: value } } }), 'OKO-01')).toEqual([]);
  });

  it('does not check text columns or year', () => {
    expect(hits(reportWith({}, { okonomi: { 0: { aktivitet: '1234?', kommentar: '?' } } }), 'OKO-01')).toEqual([]);
  });

  it('ignores fully empty rows', () => {
    const report = reportWith();
    report.tables.okonomi?.push({ aktivitet: '', budsjett: null, kommentar: '  ' }, {});
    report.tables.periode?.push({ ar: null, tilskudd_hb: '' });
    expect(check(report).findings).toEqual([]);
  });
});

describe('OKO-02', () => {
  test.each([
    ['okonomi', 'budsjett'],
    ['okonomi', 'budsjett_hb'],
    ['okonomi', 'regnskap_hb'],
    ['okonomi', 'regnskap_egen'],
    ['okonomi', 'regnskap_annen'],
    ['periode', 'tilskudd_hb'],
    ['periode', 'egenfinansiering'],
    ['periode', 'annen'],
    ['periode', 'overfort'],
  ])('flags a negative %s %s', (table, column) => {
    expect(hits(reportWith({}, { [table]: { 2: { [column]: '−1.000' } } }), 'OKO-02')).toEqual([[`${table}[2].${column}`]]);
  });

  it('accepts 0', () => {
    expect(hits(reportWith({}, { okonomi: { 2: { budsjett: 0 } } }), 'OKO-02')).toEqual([]);
  });
});

describe('OKO-03', () => {
  it('flags budsjett_hb above budsjett', () => {
    expect(hits(reportWith({}, { okonomi: { 1: { budsjett_hb: 300001 } } }), 'OKO-03')).toEqual([
      ['okonomi[1].budsjett_hb', 'okonomi[1].budsjett'],
    ]);
  });

  test.each<[CellValue, CellValue]>([
    [300000, 300000],
    [0, 300000],
    ['', 5],
    ['', ''],
    ['300 001?', 300000],
  ])('accepts budsjett_hb %p with budsjett %p', (budsjett_hb, budsjett) => {
    expect(hits(reportWith({}, { okonomi: { 1: { budsjett_hb, budsjett } } }), 'OKO-03')).toEqual([]);
  });

  it('counts an empty budsjett as 0, as the sheet does: the HB share cannot exceed it', () => {
    expect(hits(reportWith({}, { okonomi: { 1: { budsjett_hb: 300001, budsjett: '' } } }), 'OKO-03')).toEqual([
      ['okonomi[1].budsjett_hb', 'okonomi[1].budsjett'],
    ]);
  });
});

describe('OKO-04', () => {
  it('flags a row with amounts but no aktivitet', () => {
    expect(hits(reportWith({}, { okonomi: { 4: { aktivitet: '  ' } } }), 'OKO-04')).toEqual([['okonomi[4].aktivitet']]);
    expect(hits(reportWith({}, { okonomi: { 12: { regnskap_annen: 'n/a' } } }), 'OKO-04')).toEqual([['okonomi[12].aktivitet']]);
  });

  it('accepts a row with aktivitet, or with no amounts', () => {
    expect(hits(reportWith({}, { okonomi: { 12: { aktivitet: 'Ny aktivitet' } } }), 'OKO-04')).toEqual([]);
    expect(hits(reportWith({}, { okonomi: { 12: { kommentar: 'Kommer i 2014' } } }), 'OKO-04')).toEqual([]);
  });
});

describe('OKO-05', () => {
  it('accepts computed cells that hold what the template computes', () => {
    const rows = { 1: { regnskap_totalt: 143248, avvik_totalt: '−156 752', avvik_hb: -101419 } };
    const report = reportWith({}, { okonomi: rows, periode: { 2: { sum: 3604248 } } });
    report.totals = { okonomi: { budsjett: 3830000, avvik_totalt: -225752 }, periode: { sum: 12654248, ar: 'Sum' } };
    expect(hits(report, 'OKO-05')).toEqual([]);
  });

  test.each<[string, number, string, CellValue]>([
    ['okonomi', 1, 'regnskap_totalt', 143249],
    ['okonomi', 1, 'avvik_totalt', 156752],
    ['okonomi', 0, 'avvik_hb', ''],
    ['okonomi', 0, 'avvik_hb', null],
    ['okonomi', 0, 'regnskap_totalt', '#REF!'],
    ['periode', 2, 'sum', 0],
  ])('flags %s[%p].%s typed over with %p', (table, row, column, value) => {
    expect(hits(reportWith({}, { [table]: { [row]: { [column]: value } } }), 'OKO-05')).toEqual([[`${table}[${row}].${column}`]]);
  });

  it('flags a total row typed over', () => {
    const report = reportWith();
    report.totals = { okonomi: { budsjett: 1, regnskap_totalt: 3604248 }, periode: { tilskudd_hb: '' } };
    expect(hits(report, 'OKO-05')).toEqual([['okonomi.total.budsjett'], ['periode.total.tilskudd_hb']]);
  });

  it('says nothing about a computed cell whose inputs are not numbers (OKO-01 names the input)', () => {
    const report = reportWith({}, { okonomi: { 1: { regnskap_hb: '48 581?', regnskap_totalt: 5 } } });
    expect(hits(report, 'OKO-05')).toEqual([]);
    expect(hits(report, 'OKO-01')).toEqual([['okonomi[1].regnskap_hb']]);
  });
});

describe('OKO-06', () => {
  const flagged = (row: number) => [[`okonomi[${row}].avvik_totalt`, `okonomi[${row}].kommentar`]];
  const row = (budsjett: CellValue, regnskap: CellValue, kommentar: CellValue = '') => ({
    okonomi: { 1: { budsjett, regnskap_hb: regnskap, regnskap_egen: '', regnskap_annen: '', kommentar } },
  });

  it('warns about the worked row without a comment', () => {
    expect(hits(reportWith({}, { okonomi: { 1: { kommentar: '' } } }), 'OKO-06')).toEqual(flagged(1));
  });

  test.each<[CellValue, CellValue]>([
    [500000, 449999], // −50 001: above 10 % and at least 50 000
    [100000, 150000], // +50 000: exactly the amount limit
    [0, 60000],
    ['Kr. 800.000', '600.000'],
    [300000, ''], // avvik_totalt −300 000: nothing spent of the budget
    ['', 300000], // avvik_totalt +300 000: spent without a budget
  ])('warns about budsjett %p and regnskap %p', (budsjett, regnskap) => {
    expect(hits(reportWith({}, row(budsjett, regnskap)), 'OKO-06')).toEqual(flagged(1));
  });

  test.each<[CellValue, CellValue]>([
    [1000000, 900000], // exactly 10 %
    [100000, 149999], // below 50 000
    ['', 49999], // below 50 000 with no budget
    ['', ''], // no amounts: avvik_totalt is 0
    ['300 000?', 100000],
  ])('accepts budsjett %p and regnskap %p', (budsjett, regnskap) => {
    expect(hits(reportWith({}, row(budsjett, regnskap)), 'OKO-06')).toEqual([]);
  });

  it('accepts a large deviation that the comment explains', () => {
    expect(hits(reportWith({}, row(500000, 100000, 'Prosjektet startet sent.')), 'OKO-06')).toEqual([]);
  });
});

describe('OKO-07', () => {
  const periode2013 = (values: Record<string, CellValue>) => ({ periode: { 2: values } });

  test.each([
    ['tilskudd_hb', 'regnskap_hb'],
    ['egenfinansiering', 'regnskap_egen'],
    ['annen', 'regnskap_annen'],
  ])('warns when %s for the report year differs from the sum of %s', (column, total) => {
    expect(hits(reportWith({}, periode2013({ [column]: 1 })), 'OKO-07')).toEqual([[`periode[2].${column}`, `okonomi.total.${total}`]]);
  });

  it('counts an empty amount as 0', () => {
    expect(hits(reportWith({}, periode2013({ annen: '' })), 'OKO-07')).toEqual([['periode[2].annen', 'okonomi.total.regnskap_annen']]);
  });

  it('accepts amounts written as text that equal the totals', () => {
    expect(hits(reportWith({}, periode2013({ tilskudd_hb: '1 398 581', ar: '2013' })), 'OKO-07')).toEqual([]);
  });

  it('says nothing without a periode row for the report year, or without okonomi rows', () => {
    expect(hits(reportWith({}, periode2013({ ar: 2016, tilskudd_hb: 1 })), 'OKO-07')).toEqual([]);
    const noRows = reportWith({}, periode2013({ tilskudd_hb: 1 }));
    noRows.tables.okonomi = [{}, { aktivitet: '' }];
    expect(hits(noRows, 'OKO-07')).toEqual([]);
  });

  it('says nothing when a total cannot be computed', () => {
    expect(hits(reportWith({}, { okonomi: { 0: { regnskap_hb: '?' } }, periode: { 2: { tilskudd_hb: 1 } } }), 'OKO-07')).toEqual([]);
  });
});

describe('OKO-08', () => {
  it('flags a year that appears twice', () => {
    expect(hits(reportWith({}, { periode: { 3: { ar: '2013' } } }), 'OKO-08')).toEqual([['periode[3].ar', 'periode[2].ar']]);
  });

  it('flags every repeat', () => {
    expect(hits(reportWith({}, { periode: { 5: { ar: 2012, tilskudd_hb: 1 }, 6: { ar: 2012, annen: 2 } } }), 'OKO-08')).toEqual([
      ['periode[5].ar', 'periode[1].ar'],
      ['periode[6].ar', 'periode[1].ar'],
    ]);
  });

  test.each<[CellValue]>([[''], [null], ['tjue'], [13], ['2013?']])('flags a row with amounts and the year %p', (ar) => {
    expect(hits(reportWith({}, { periode: { 5: { ar, tilskudd_hb: 100 } } }), 'OKO-08')).toEqual([['periode[5].ar']]);
  });

  it('accepts a year with no amounts, and distinct years', () => {
    expect(hits(reportWith({}, { periode: { 5: { ar: 2016 } } }), 'OKO-08')).toEqual([]);
    expect(hits(reportWith(), 'OKO-08')).toEqual([]);
  });
});
