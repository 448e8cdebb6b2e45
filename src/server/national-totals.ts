/**
 * The national picture of a year: every numeric column of the export (export-columns.ts) summed over
 * the latest version of each report, in øre so that sums of amounts are exact, with how many reports
 * gave a number. Keyed by cell as findings name cells (`h11_a_status0101`, `h11_sum_status0101`,
 * `okonomi.total.budsjett`), so the page finds each sum where the form has the cell.
 */
import type { Totals } from '../api/oversikt';
import { fromOre, toOre } from '../report/numbers';
import type { Template } from '../report/template';
import { exportTable } from './export-columns';
import type { SubmissionWithPayload } from './storage/store';

export function nationalTotals(ar: number, reports: readonly SubmissionWithPayload[], fallback: Template): Totals {
  const { columns, rows } = exportTable(reports, fallback);
  const summer: Totals['summer'] = {};
  columns.forEach((column, i) => {
    if (column.kind !== 'antall' && column.kind !== 'kroner') return;
    const numbers = rows.map((r) => r[i]).filter((v): v is number => typeof v === 'number');
    summer[column.cellId] = { sum: fromOre(numbers.reduce((acc, v) => acc + toOre(v), 0)), rapporter: numbers.length };
  });
  return { ar, rapporter: reports.length, summer };
}
