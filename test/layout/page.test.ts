import { fitColumns, marginsFor, mergeColumns, printableHeight, printableWidth, UNIT_PRINT_POINTS } from '../../src/report/layout/page';

const sum = (widths: readonly number[]): number => widths.reduce((a, b) => a + b, 0);
const POINTS_PER_MM = 72 / 25.4;

describe('the printed page', () => {
  it('counts a unit of column width as the exact digit width of Arial 10 (5.56 pt), as LibreOffice prints it', () => {
    expect(UNIT_PRINT_POINTS).toBeCloseTo(5.56, 2);
  });

  it('fits about 88 units across portrait A4 between 1.8 cm margins, and about 140 across landscape between 1 cm margins', () => {
    expect(marginsFor('portrait')).toMatchObject({ left: 18, right: 18 });
    expect(marginsFor('landscape')).toMatchObject({ left: 10, right: 10 });
    // Measured in LibreOffice 7.4 with Arial as the Normal font: 88.5 units fit on one portrait page, 89 do not.
    expect(printableWidth('portrait')).toBeGreaterThan(88.5);
    expect(printableWidth('portrait')).toBeLessThan(89);
    expect(printableWidth('landscape')).toBeCloseTo((277 * POINTS_PER_MM) / UNIT_PRINT_POINTS, 5);
  });

  it('has the height of the page between top and bottom margins', () => {
    expect(printableHeight('portrait')).toBeCloseTo((297 - 38) * POINTS_PER_MM, 5);
    expect(printableHeight('landscape')).toBeCloseTo((210 - 38) * POINTS_PER_MM, 5);
  });
});

describe('columns on the page', () => {
  it('merges the columns of blocks on one sheet, column by column, taking the wider need', () => {
    expect(
      mergeColumns([
        [
          { min: 10, grow: 0 },
          { min: 5, grow: 1 },
        ],
        [{ min: 20, grow: 1 }],
        [],
      ]),
    ).toEqual([
      { min: 20, grow: 1 },
      { min: 5, grow: 1 },
    ]);
  });

  it('stays portrait when the columns fit, and fills the page with the growing columns', () => {
    const { orientation, widths } = fitColumns([
      { min: 24, grow: 1 },
      { min: 12, grow: 0 },
      { min: 12, grow: 1 },
    ]);
    expect(orientation).toBe('portrait');
    expect(widths[1]).toBe(12);
    // Growing columns are evened out above their minimums.
    expect(widths[0]).toBeCloseTo(widths[2] ?? 0, 0);
    expect(sum(widths)).toBeLessThanOrEqual(printableWidth('portrait'));
    expect(sum(widths)).toBeGreaterThan(printableWidth('portrait') - 1);
  });

  it('keeps a growing column at its minimum when the level is below it, and weighs the others', () => {
    const { widths } = fitColumns([
      { min: 60, grow: 1 },
      { min: 5, grow: 1 },
      { min: 5, grow: 2 },
    ]);
    expect(widths[0]).toBe(60);
    expect((widths[2] ?? 0) / (widths[1] ?? 1)).toBeCloseTo(2, 1);
  });

  it('turns to landscape when the columns are wider than a portrait page', () => {
    const columns = Array.from({ length: 10 }, () => ({ min: 12, grow: 0 }));
    const { orientation, widths } = fitColumns(columns);
    expect(orientation).toBe('landscape');
    expect(widths).toEqual(columns.map((c) => c.min));
  });

  it('narrows every column in proportion when even landscape is too narrow', () => {
    const { orientation, widths } = fitColumns(Array.from({ length: 20 }, () => ({ min: 10, grow: 1 })));
    expect(orientation).toBe('landscape');
    expect(sum(widths)).toBeLessThanOrEqual(printableWidth('landscape'));
    expect(new Set(widths).size).toBe(1);
  });
});
