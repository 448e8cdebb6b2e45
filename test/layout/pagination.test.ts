import { pageBreaks, type RowGroup } from '../../src/report/layout/pagination';

const PAGE = { height: 100, repeated: 0 };
const rowsOf = (height: number) => (): number => height;

describe('page breaks', () => {
  it('breaks nowhere when everything fits on one page', () => {
    expect(pageBreaks([{ first: 2, last: 5, keepWithNext: false }], 9, rowsOf(10), PAGE)).toEqual([]);
  });

  it('moves a group that does not fit on the rest of the page to the next page', () => {
    // Rows of 10 pt: rows 1–8 fill 80 pt, the group 8–10 needs 30 and would end at 100 + 10.
    const groups: RowGroup[] = [
      { first: 2, last: 6, keepWithNext: false },
      { first: 8, last: 10, keepWithNext: false },
    ];
    expect(pageBreaks(groups, 12, rowsOf(10), PAGE)).toEqual([]);
    expect(pageBreaks(groups, 12, rowsOf(12), PAGE)).toEqual([8]);
  });

  it('keeps a heading on the page of the block it heads', () => {
    const groups: RowGroup[] = [
      { first: 7, last: 7, keepWithNext: true },
      { first: 9, last: 11, keepWithNext: false },
    ];
    expect(pageBreaks(groups, 11, rowsOf(10), PAGE)).toEqual([7]);
  });

  it('lets a group taller than a page run on, breaking it where a page is full', () => {
    const groups: RowGroup[] = [
      { first: 2, last: 14, keepWithNext: false },
      { first: 15, last: 16, keepWithNext: false },
    ];
    // Rows 1–10 fill page one; the program breaks before row 11; rows 11–16 fit on page two.
    expect(pageBreaks(groups, 16, rowsOf(10), PAGE)).toEqual([]);
    expect(pageBreaks([...groups, { first: 17, last: 22, keepWithNext: false }], 22, rowsOf(10), PAGE)).toEqual([17]);
  });

  it('counts the rows repeated at the top of every page', () => {
    const groups: RowGroup[] = [
      { first: 1, last: 8, keepWithNext: false },
      { first: 9, last: 14, keepWithNext: false },
      { first: 15, last: 16, keepWithNext: false },
    ];
    expect(pageBreaks(groups, 16, rowsOf(10), PAGE)).toEqual([9]);
    expect(pageBreaks(groups, 16, rowsOf(10), { height: 100, repeated: 30 })).toEqual([9, 15]);
  });
});
