/**
 * Cells as rectangles, for what is applied per range rather than per cell (styles, conditional formats):
 * a module of its own, so that drawing styles does not load the rule catalogue with the conditional formats.
 */
import type { RangePosition } from './a1';

/** Cells as few rectangles: runs along each row, stacked where consecutive rows have the same run. */
export function rectangles(cells: readonly { readonly row: number; readonly column: number }[]): RangePosition[] {
  const byRow = new Map<number, number[]>();
  for (const { row, column } of cells) byRow.set(row, [...(byRow.get(row) ?? []), column]);
  const runs: RangePosition[] = [];
  for (const [row, columns] of [...byRow].sort(([a], [b]) => a - b)) {
    const sorted = [...new Set(columns)].sort((a, b) => a - b);
    let start = sorted[0] ?? 0;
    sorted.forEach((column, i) => {
      const next = sorted[i + 1];
      if (next === column + 1) return;
      runs.push({ top: row, bottom: row, left: start, right: column });
      start = next ?? 0;
    });
  }
  const stacked: RangePosition[] = [];
  for (const run of runs) {
    const above = stacked.findIndex((r) => r.left === run.left && r.right === run.right && r.bottom === run.top - 1);
    if (above < 0) stacked.push(run);
    else stacked[above] = { ...(stacked[above] as RangePosition), bottom: run.bottom };
  }
  return stacked;
}
