import { rectangles } from '../../src/report/layout/rectangles';

describe('rectangles', () => {
  it('covers cells with as few rectangles as rows of runs allow', () => {
    const cells = [
      [1, 1], [1, 2], [2, 1], [2, 2], [3, 1], [5, 1], [5, 2], [5, 4],
    ].map(([row, column]) => ({ row: row ?? 0, column: column ?? 0 }));
    expect(rectangles(cells)).toEqual([
      { top: 1, left: 1, bottom: 2, right: 2 },
      { top: 3, left: 1, bottom: 3, right: 1 },
      { top: 5, left: 1, bottom: 5, right: 2 },
      { top: 5, left: 4, bottom: 5, right: 4 },
    ]);
  });
});
