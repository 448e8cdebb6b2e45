/**
 * «Hent fjorårets tall»: what last year's accepted report gives this year's. 1.1's status pr. 01.01 is last
 * year's status pr. 31.12, and the programme years already reported (5.2) are last year's rows for the
 * years before this one. Pure: the pane shows the list, asks before anything non-empty is overwritten, and
 * writes it in one step (`fillCells`).
 */
import type { ReportFound } from '../excel/api';
import { parseTableCell, tableCell } from '../report/findings';
import type { PayloadV1 } from '../report/payload';
import type { CellValue } from '../report/values';

export interface PlannedFill {
  /** Field id or table cell (`periode[1].tilskudd_hb`). */
  readonly cell: string;
  readonly value: string | number;
  /** What the cell holds now, when it is not empty: writing overwrites it. */
  readonly replaces?: CellValue;
}

const OPENING = /^(.+)_status0101$/;
const PERIOD_TABLE = 'periode';
const PERIOD_YEAR = 'ar';

const isEmpty = (value: CellValue | undefined): boolean => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

function valueNow(current: ReportFound, cell: string): CellValue | undefined {
  const table = parseTableCell(cell);
  return table === undefined ? current.payload.values[cell] : current.payload.tables[table.table]?.[table.row]?.[table.column];
}

function planned(current: ReportFound, cell: string, value: CellValue | undefined): PlannedFill[] {
  if (typeof value !== 'number' && (typeof value !== 'string' || isEmpty(value))) return [];
  if (current.addresses[cell] === undefined) return [];
  const now = valueNow(current, cell);
  return now === undefined || isEmpty(now) ? [{ cell, value }] : [{ cell, value, replaces: now }];
}

/** 1.1: every `…_status0101` from last year's `…_status3112`. */
function openingStatus(current: ReportFound, previous: PayloadV1): PlannedFill[] {
  return Object.keys(current.payload.values).flatMap((field) => {
    const base = OPENING.exec(field)?.[1];
    return base === undefined ? [] : planned(current, field, previous.values[`${base}_status3112`]);
  });
}

/** 5.2: last year's rows for years before this one, into the row of the same year or else the next empty row. */
function reportedYears(current: ReportFound, previous: PayloadV1, year: number): PlannedFill[] {
  const rows = current.payload.tables[PERIOD_TABLE] ?? [];
  const taken = new Set<number>();
  const rowFor = (ar: CellValue | undefined): number | undefined => {
    const same = rows.findIndex((r, i) => !taken.has(i) && r[PERIOD_YEAR] === ar);
    const index = same >= 0 ? same : rows.findIndex((r, i) => !taken.has(i) && Object.values(r).every(isEmpty));
    if (index < 0) return undefined;
    taken.add(index);
    return index;
  };
  return (previous.tables[PERIOD_TABLE] ?? [])
    .filter((row) => typeof row[PERIOD_YEAR] === 'number' && row[PERIOD_YEAR] < year)
    .flatMap((row) => {
      const index = rowFor(row[PERIOD_YEAR]);
      if (index === undefined) return [];
      return Object.entries(row).flatMap(([column, value]) => planned(current, tableCell(PERIOD_TABLE, index, column), value));
    });
}

export function lastYearFills(current: ReportFound, previous: PayloadV1): PlannedFill[] {
  const year = current.payload.values.rapporteringsar;
  const fills = [...openingStatus(current, previous), ...(typeof year === 'number' ? reportedYears(current, previous, year) : [])];
  // A cell that already holds last year's number needs no writing.
  return fills.filter((fill) => fill.replaces !== fill.value);
}
