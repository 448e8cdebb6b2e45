/**
 * The national picture of a year: the sums over the latest version of every report, table by table as
 * the form has them (1.1, C.1, C.2, the economy), each with a chart drawn by Chart.js, which only this
 * view loads. Every chart's numbers are in the table under it.
 */
import { Spinner, mergeClasses } from '@fluentui/react-components';
import { Suspense, lazy, useId, useMemo } from 'react';
import type { Totals } from '../api/oversikt';
import { isNumericKind, totalColumns } from '../report/compute';
import { gridFieldId } from '../report/fields';
import { headerText } from '../report/layout/formulas';
import { formatNumber } from '../report/numbers';
import { totalCell } from '../report/rules/input';
import type { Block, Template } from '../report/template';
import type { Api } from './api';
import type { BarSeries } from './charts';
import { m } from './messages';
import { Problem } from './navigation';
import { useTableStyles } from './styles';
import { useLoad } from './use-load';

const BarChart = lazy(async () => ({ default: (await import('./charts')).BarChart }));

/** One table of sums: rows of cells, and the chart of its inputs. */
interface SumTable {
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: readonly { readonly label: string; readonly cells: readonly string[]; readonly computed: boolean }[];
  readonly chart: { readonly labels: readonly string[]; readonly series: readonly BarSeries[] };
}

/** The sums of one block of the form (a grid, counts or a table), titled as the form titles it. */
function sumTable(block: Block, heading: string, totals: Totals, year: number): SumTable | undefined {
  const sum = (cell: string): number => totals.summer[cell]?.sum ?? 0;
  switch (block.type) {
    case 'grid': {
      const columns = block.columns.filter((c) => isNumericKind(c.kind));
      const rows = block.rows.filter((r) => !r.formula);
      return {
        title: heading,
        columns: columns.map((c) => headerText(c.header, year)),
        rows: block.rows.map((r) => ({ label: r.label, cells: columns.map((c) => gridFieldId(block, r.id, c.id)), computed: r.formula !== undefined })),
        chart: {
          labels: rows.map((r) => r.label),
          series: columns
            .filter((c) => !c.formula)
            .map((c) => ({ label: headerText(c.header, year), values: rows.map((r) => sum(gridFieldId(block, r.id, c.id))) })),
        },
      };
    }
    case 'counts': {
      const rows = block.rows.filter((r) => isNumericKind(r.field.kind));
      return {
        title: block.title,
        columns: [block.valueHeader],
        rows: [
          ...rows.map((r) => ({ label: r.field.label, cells: [r.field.id], computed: false })),
          ...(block.computed ?? []).map((c) => ({ label: c.label, cells: [c.id], computed: true })),
        ],
        chart: { labels: rows.map((r) => r.field.label), series: [{ label: m.totals.sum, values: rows.map((r) => sum(r.field.id)) }] },
      };
    }
    case 'table': {
      const columns = totalColumns(block).flatMap((id) => block.columns.filter((c) => c.id === id));
      return {
        title: block.title,
        columns: [m.totals.sum],
        rows: columns.map((c) => ({ label: c.header, cells: [totalCell(block.id, c.id)], computed: c.formula !== undefined })),
        chart: { labels: columns.map((c) => c.header), series: [{ label: m.totals.sum, values: columns.map((c) => sum(totalCell(block.id, c.id))) }] },
      };
    }
    default:
      return undefined;
  }
}

/** Every block of numbers in the form's order; a grid takes the title of the heading above it. */
function sumTables(template: Template, totals: Totals, year: number): SumTable[] {
  return template.sections.flatMap((section) => {
    let heading = section.title;
    return section.blocks.flatMap((block) => {
      if (block.type === 'heading') heading = block.text;
      const table = sumTable(block, heading, totals, year);
      return table === undefined ? [] : [table];
    });
  });
}

function SumTableView({ table, totals }: { readonly table: SumTable; readonly totals: Totals }): JSX.Element {
  const t = useTableStyles();
  const reported = (cell: string): string => formatNumber(totals.summer[cell]?.rapporter ?? 0);
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{table.title}</h2>
      <Suspense fallback={<Spinner size="small" label={m.totals.chartsLoading} />}>
        <BarChart title={m.totals.chartOf(table.title)} labels={table.chart.labels} series={table.chart.series} />
      </Suspense>
      <table className={t.table} aria-labelledby={id}>
        <thead>
          <tr>
            <td className={mergeClasses(t.cell, t.head)} />
            {table.columns.map((c) => (
              <th key={c} scope="col" className={mergeClasses(t.cell, t.head, t.number)}>
                {c}
              </th>
            ))}
            {table.columns.length === 1 ? (
              <th scope="col" className={mergeClasses(t.cell, t.head, t.number)}>
                {m.totals.reports}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.label} className={row.computed ? t.total : undefined}>
              <th scope="row" className={mergeClasses(t.cell, t.head)}>
                {row.label}
              </th>
              {row.cells.map((cell) => (
                <td key={cell} className={mergeClasses(t.cell, t.number, row.computed && t.computed)}>
                  {formatNumber(totals.summer[cell]?.sum ?? 0)}
                </td>
              ))}
              {row.cells.length === 1 && row.cells[0] !== undefined ? <td className={mergeClasses(t.cell, t.number)}>{reported(row.cells[0])}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function NationalView({ api, ar, template }: { readonly api: Promise<Api>; readonly ar: number; readonly template: Template }): JSX.Element {
  const loaded = useLoad(() => api.then((a) => a.totaler(ar)), [api, ar]);
  const value = loaded.state === 'ok' ? loaded.value : undefined;
  const built = useMemo(() => (value === undefined ? [] : sumTables(template, value, ar)), [template, value, ar]);
  return (
    <>
      <h1>{m.totals.heading(ar)}</h1>
      {loaded.state === 'laster' ? <Spinner label={m.loading} /> : null}
      <Problem message={loaded.state === 'feil' ? loaded.message : undefined} />
      {value !== undefined ? (
        <>
          <p>{m.totals.intro(value.rapporter)}</p>
          {built.map((table) => (
            <SumTableView key={table.title} table={table} totals={value} />
          ))}
        </>
      ) : null}
    </>
  );
}
