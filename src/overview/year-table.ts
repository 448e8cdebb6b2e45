/** The year view's rows, filtered and sorted as the user asks: plain functions the table calls. */
import type { YearRow } from '../api/oversikt';

export type StatusFilter = 'alle' | 'levert' | 'mangler' | 'sent';
export type SortKey = 'kommune' | 'status' | 'versjon' | 'mottatt' | 'advarsler';
export type Direction = 'ascending' | 'descending';

/** A row's name as the list shows it: `0301 Oslo – Alna`. */
export const rowName = (row: YearRow): string => `${row.kommunenummer} ${row.kommunenavn}${row.bydel === null ? '' : ` – ${row.bydel}`}`;

const fold = (text: string): string => text.toLocaleLowerCase('nb').replace(/\s+/g, ' ').trim();

export function filterRows(rows: readonly YearRow[], search: string, status: StatusFilter): YearRow[] {
  const wanted = fold(search);
  return rows.filter((row) => {
    const matches = wanted === '' || fold(rowName(row)).includes(wanted);
    const has = status === 'alle' || (status === 'levert' ? row.siste !== null : status === 'mangler' ? row.siste === null : row.forSent);
    return matches && has;
  });
}

/** Not delivered first, then late, then on time: what needs following up comes first. */
const statusRank = (row: YearRow): number => (row.siste === null ? 0 : row.forSent ? 1 : 2);

const compareBy: Readonly<Record<SortKey, (a: YearRow, b: YearRow) => number>> = {
  kommune: (a, b) => a.kommunenummer.localeCompare(b.kommunenummer) || (a.bydel ?? '').localeCompare(b.bydel ?? '', 'nb'),
  status: (a, b) => statusRank(a) - statusRank(b),
  versjon: (a, b) => (a.siste?.versjon ?? 0) - (b.siste?.versjon ?? 0),
  mottatt: (a, b) => (a.siste?.mottatt ?? '').localeCompare(b.siste?.mottatt ?? ''),
  advarsler: (a, b) => (a.siste?.advarsler ?? -1) - (b.siste?.advarsler ?? -1),
};

export function sortRows(rows: readonly YearRow[], key: SortKey, direction: Direction): YearRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  // Ties keep the list's order by municipality.
  return [...rows].sort((a, b) => sign * compareBy[key](a, b) || compareBy.kommune(a, b));
}
