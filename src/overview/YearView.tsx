/** The reporting year: every municipality taking part, reported or not, sortable and filterable. */
import { Badge, Button, Field, Input, Select, Spinner, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { YearOverview, YearRow } from '../api/oversikt';
import { parseDate, formatDate, formatNumber } from '../report/numbers';
import { formatDateTime } from '../ui/format';
import type { Api } from './api';
import { EmptyRow } from './EmptyRow';
import { m } from './messages';
import { Problem, RouteLink } from './navigation';
import { FIRST_YEAR } from './route';
import { usePageStyles, useTableStyles } from './styles';
import { useDownload } from './use-download';
import { useLoad } from './use-load';
import { filterRows, rowName, sortRows, type Direction, type SortKey, type StatusFilter } from './year-table';

const useStyles = makeStyles({
  sortButton: {
    border: 'none',
    backgroundColor: 'transparent',
    padding: 0,
    color: 'inherit',
    fontFamily: 'inherit',
    fontSize: 'inherit',
    textAlign: 'inherit',
    cursor: 'pointer',
    fontWeight: tokens.fontWeightSemibold,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  summary: { fontSize: tokens.fontSizeBase400 },
});

const COLUMNS: readonly SortKey[] = ['kommune', 'status', 'versjon', 'mottatt', 'advarsler'];
const STATUSES: readonly StatusFilter[] = ['alle', 'levert', 'mangler', 'sent'];

export const dayText = (iso: string): string => {
  const day = parseDate(iso);
  return day ? formatDate(day) : iso;
};

function Status({ row }: { readonly row: YearRow }): JSX.Element {
  if (row.siste === null) return <Badge appearance="outline" color="danger">{m.year.notDelivered}</Badge>;
  return (
    <>
      <Badge appearance="tint" color="success">{m.year.delivered1}</Badge>{' '}
      {row.forSent ? <Badge appearance="tint" color="warning">{m.year.lateBadge}</Badge> : null}
    </>
  );
}

function YearTable({ year }: { readonly year: YearOverview }): JSX.Element {
  const t = useTableStyles();
  const s = useStyles();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<StatusFilter>('alle');
  const [sort, setSort] = useState<{ key: SortKey; direction: Direction }>({ key: 'kommune', direction: 'ascending' });
  const rows = useMemo(() => sortRows(filterRows(year.rapporter, search, status), sort.key, sort.direction), [year, search, status, sort]);
  const toggle = (key: SortKey): void =>
    setSort((now) => ({ key, direction: now.key === key && now.direction === 'ascending' ? 'descending' : 'ascending' }));
  const page = usePageStyles();

  return (
    <>
      <div className={mergeClasses(page.row, page.noPrint)}>
        <Field label={m.year.search}>
          <Input type="search" value={search} onChange={(_, d) => setSearch(d.value)} />
        </Field>
        <Field label={m.year.status}>
          <Select value={status} onChange={(_, d) => setStatus(d.value as StatusFilter)}>
            {STATUSES.map((st) => (
              <option key={st} value={st}>
                {m.year.statuses[st]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <p role="status" className={page.muted}>
        {m.year.shown(rows.length, year.rapporter.length)}
      </p>
      <table className={t.table} aria-label={m.year.tableLabel(year.ar)}>
        <thead>
          <tr>
            {COLUMNS.map((key) => (
              <th
                key={key}
                scope="col"
                className={mergeClasses(t.cell, t.head, (key === 'versjon' || key === 'advarsler') && t.number)}
                aria-sort={sort.key === key ? sort.direction : 'none'}
              >
                <button type="button" className={s.sortButton} onClick={() => toggle(key)}>
                  {m.year.columns[key]}
                  {sort.key === key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <EmptyRow columns={COLUMNS.length}>{year.rapporter.length === 0 ? m.year.noParticipants : m.year.none}</EmptyRow>
          ) : (
            rows.map((row) => (
              <tr key={`${row.kommunenummer}|${row.bydel ?? ''}`}>
                <th scope="row" className={mergeClasses(t.cell, t.text)}>
                  {row.siste === null ? rowName(row) : <RouteLink to={{ view: 'rapport', id: row.siste.id }}>{rowName(row)}</RouteLink>}
                </th>
                <td className={t.cell}>
                  <Status row={row} />
                </td>
                <td className={mergeClasses(t.cell, t.number)}>{row.siste === null ? '' : formatNumber(row.siste.versjon)}</td>
                <td className={t.cell}>{row.siste === null ? '' : formatDateTime(new Date(row.siste.mottatt))}</td>
                <td className={mergeClasses(t.cell, t.number)}>{row.siste === null ? '' : formatNumber(row.siste.advarsler)}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </>
  );
}

export function YearView({ api, ar, onYear }: { readonly api: Promise<Api>; readonly ar: number; readonly onYear: (ar: number) => void }): JSX.Element {
  const page = usePageStyles();
  const s = useStyles();
  const loaded = useLoad(() => api.then((a) => a.oversikt(ar)), [api, ar]);
  const years = Array.from({ length: new Date().getFullYear() - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i).reverse();
  const download = useDownload(api);
  const exportFile = (kind: 'xlsx' | 'csv'): void => download.start(`/api/v1/eksport.${kind}?ar=${ar}`);

  return (
    <>
      <h1>{m.year.heading(ar)}</h1>
      <div className={mergeClasses(page.row, page.noPrint)}>
        <Field label={m.year.choose}>
          <Select value={String(ar)} onChange={(_, d) => onYear(Number(d.value))}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </Select>
        </Field>
        <RouteLink to={{ view: 'totaler', ar }}>{m.year.totals}</RouteLink>
        <Button onClick={() => exportFile('xlsx')}>{m.year.exportXlsx}</Button>
        <Button onClick={() => exportFile('csv')}>{m.year.exportCsv}</Button>
      </div>
      <Problem message={download.problem} />
      {loaded.state === 'laster' ? <Spinner label={m.loading} /> : null}
      <Problem message={loaded.state === 'feil' ? loaded.message : undefined} />
      {loaded.state === 'ok' ? (
        <>
          <p className={s.summary}>
            <strong>{m.year.delivered(loaded.value.antall.levert, loaded.value.antall.deltakere)}</strong> {m.year.deadline(dayText(loaded.value.frist))}.{' '}
            {loaded.value.antall.forSent > 0 ? m.year.late(loaded.value.antall.forSent) : null}
          </p>
          <YearTable year={loaded.value} />
        </>
      ) : null}
    </>
  );
}
