import { dayNumber, formatNumber, fromOre, isEmpty, parseDate, parseNumber, toOre } from '../../src/report/numbers';
import type { CalendarDate, CellValue } from '../../src/report/values';

describe('parseNumber', () => {
  test.each<[CellValue, number]>([
    // The examples of shared/spec/rules.md
    ['1 234', 1234],
    ['1 234,50', 1234.5],
    ['2.265.000', 2265000],
    ['48.581', 48581],
    ['Kr. 800.000', 800000],
    ['+ 25.000', 25000],
    ['−1.000', -1000],
    ['–1 000', -1000],
    ['-156 752', -156752],
    ['1234.5', 1234.5],
    ['0.5', 0.5],
    // Word's and Excel's spaces between groups
    ['1\u00a0234', 1234],
    ['1\u202f234\u202f567', 1234567],
    ['1\u2009234', 1234],
    ['kr 500', 500],
    ['kr. -500', -500],
    ['-kr 500', -500],
    ['  42  ', 42],
    ['0', 0],
    ['-0', 0],
    ['12,5', 12.5],
    ['1.234,56', 1234.56],
    ['.5', 0.5],
    ['0.500', 0.5],
    ['1.2345', 1.2345],
    // Whole kroner as they are often written in reports
    ['800.000,-', 800000],
    ['Kr. 1 500,–', 1500],
    // Excel numbers as they are
    [12, 12],
    [-156752, -156752],
    [0.1, 0.1],
  ])('reads %p as %p', (text, expected) => {
    expect(parseNumber(text)).toEqual({ ok: true, value: expected });
  });

  test.each<[CellValue]>([
    ['10?'],
    ['ca. 40'],
    ['n/a'],
    ['Ikke avklart'],
    ['#REF!'],
    ['1 23'],
    ['12 3456'],
    ['1.000.5'],
    ['1,000,000'],
    ['1 234.50'],
    ['-'],
    ['+'],
    ['kr.'],
    ['1e5'],
    ['0x10'],
    ['Infinity'],
    ['12 kr'],
    ['+-5'],
    [true],
    [false],
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
  ])('does not read %p as a number', (value) => {
    expect(parseNumber(value)).toEqual({ ok: false, reason: 'ikkeTall' });
  });

  test.each<[CellValue | undefined]>([[''], ['   '], [null], [undefined]])('calls %p empty', (value) => {
    expect(parseNumber(value)).toEqual({ ok: false, reason: 'tom' });
    expect(isEmpty(value)).toBe(true);
  });

  test.each<[CellValue]>([[1e12], [-1e15], ['1 000 000 000 000']])('calls %p too large', (value) => {
    expect(parseNumber(value)).toEqual({ ok: false, reason: 'forStort' });
  });
});

describe('money in øre', () => {
  test.each([
    [48581, 4858100],
    [1234.5, 123450],
    [0.1, 10],
    [-156752, -15675200],
    [999_999_999_999.99, 99_999_999_999_999],
  ])('%p kr is %p øre and back', (kroner, ore) => {
    expect(toOre(kroner)).toBe(ore);
    expect(fromOre(ore)).toBe(kroner);
  });

  it('sums 0.1 + 0.2 exactly', () => {
    expect(fromOre(toOre(0.1) + toOre(0.2))).toBe(0.3);
  });
});

describe('formatNumber', () => {
  test.each([
    [1234567, '1\u00a0234\u00a0567'],
    [-156752.5, '\u2212156\u00a0752,50'],
    [0, '0'],
    [12, '12'],
  ])('writes %p as %p', (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });
});

describe('parseDate', () => {
  const date = (year: number, month: number, day: number): CalendarDate => ({ year, month, day });

  test.each<[CellValue, CalendarDate]>([
    ['19.02.14', date(2014, 2, 19)],
    ['19.02.2014', date(2014, 2, 19)],
    ['1.2.2014', date(2014, 2, 1)],
    ['2014-02-19', date(2014, 2, 19)],
    ['2014-02-19T00:00:00.000Z', date(2014, 2, 19)],
    [' 31.12.2013 ', date(2013, 12, 31)],
    ['29.02.2012', date(2012, 2, 29)],
    ['01.01.69', date(2069, 1, 1)],
    ['01.01.70', date(1970, 1, 1)],
    [41689, date(2014, 2, 19)],
    [41689.75, date(2014, 2, 19)],
    [41639, date(2013, 12, 31)],
    [61, date(1900, 3, 1)],
  ])('reads %p', (value, expected) => {
    expect(parseDate(value)).toEqual(expected);
  });

  test.each<[CellValue | undefined]>([
    ['31.02.2014'],
    ['29.02.2013'],
    ['19/02/2014'],
    ['19.02'],
    ['februar 2014'],
    ['2014-2-19'],
    ['i går'],
    [''],
    [null],
    [undefined],
    [true],
    [60],
    [-1],
    [Number.NaN],
    [3e6],
  ])('does not read %p as a date', (value) => {
    expect(parseDate(value)).toBeUndefined();
  });

  it('orders dates by day number', () => {
    expect(dayNumber(date(2014, 2, 28)) - dayNumber(date(2013, 12, 31))).toBe(59);
  });
});
