/**
 * «Hent fjorårets tall»: what last year's accepted report gives this year's. 1.1's status pr. 01.01 is last
 * year's status pr. 31.12, and the programme years already reported (5.2) are last year's rows for the
 * years before this one. Pure: the pane shows the list, asks before anything non-empty is overwritten, and
 * writes it in one step (`fillCells`).
 */
import type { ReportFound } from '../excel/api';
import { tableCell } from '../report/findings';
import type { PayloadV1 } from '../report/payload';
import type { CellValue } from '../report/values';

export interface PlannedFill {
  /** Field id or table cell (`periode[1].tilskudd_hb`), to name it. */
  readonly cell: string;
  /** Where it is written, as the last read found it. */
  readonly address: string;
  readonly value: string | number;
  /** What the cell holds now, when it is not empty: writing overwrites it. */
  readonly replaces?: CellValue;
}

const OPENING = /^(.+)_status0101$/;
const PERIOD_TABLE = 'periode';
const PERIOD_YEAR = 'ar';

const isEmpty = (value: CellValue | undefined): boolean => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

function planned(cell: string, address: string | undefined, value: CellValue | undefined, now: CellValue | undefined): PlannedFill[] {
  if (typeof value !== 'number' && (typeof value !== 'string' || isEmpty(value))) return [];
  if (address === undefined) return [];
  return now === undefined || isEmpty(now) ? [{ cell, address, value }] : [{ cell, address, value, replaces: now }];
}

/** 1.1: every `…_status0101` from last year's `…_status3112`. */
function openingStatus(current: ReportFound, previous: PayloadV1): PlannedFill[] {
  return Object.keys(current.addresses).flatMap((field) => {
    const base = OPENING.exec(field)?.[1];
    return base === undefined ? [] : planned(field, current.addresses[field], previous.values[`${base}_status3112`], current.payload.values[field]);
  });
}

/** 5.2: last year's rows for years before this one, into the row of the same year, or else the next empty row. */
function reportedYears(current: ReportFound, previous: PayloadV1, year: number): PlannedFill[] {
  const rows = current.payload.tables[PERIOD_TABLE] ?? [];
  const empty = [...(current.emptyRows[PERIOD_TABLE] ?? [])];
  return (previous.tables[PERIOD_TABLE] ?? [])
    .filter((row) => typeof row[PERIOD_YEAR] === 'number' && row[PERIOD_YEAR] < year)
    .flatMap((row) => {
      const same = rows.findIndex((r) => r[PERIOD_YEAR] === row[PERIOD_YEAR]);
      if (same >= 0) {
        return Object.entries(row).flatMap(([column, value]) => {
          const cell = tableCell(PERIOD_TABLE, same, column);
          return planned(cell, current.addresses[cell], value, rows[same]?.[column]);
        });
      }
      const free = empty.shift();
      if (free === undefined) return [];
      // Named as the row it becomes once written: after the rows the report has.
      const index = rows.length + (current.emptyRows[PERIOD_TABLE]?.length ?? 0) - empty.length - 1;
      return Object.entries(row).flatMap(([column, value]) => planned(tableCell(PERIOD_TABLE, index, column), free[column], value, undefined));
    });
}

const fillKey = (f: PlannedFill): string => JSON.stringify([f.cell, f.address, f.value, f.replaces ?? null]);

/**
 * Whether the sheet, read again just before writing, still holds what the list showed for every fill the
 * user chose: a value typed into one of those cells since must not be overwritten unasked.
 */
export const unchangedSince = (chosen: readonly PlannedFill[], fresh: readonly PlannedFill[]): boolean => {
  const now = new Set(fresh.map(fillKey));
  return chosen.every((f) => now.has(fillKey(f)));
};

export function lastYearFills(current: ReportFound, previous: PayloadV1): PlannedFill[] {
  const year = current.payload.values.rapporteringsar;
  const fills = [...openingStatus(current, previous), ...(typeof year === 'number' ? reportedYears(current, previous, year) : [])];
  // A cell that already holds last year's number needs no writing.
  return fills.filter((fill) => fill.replaces !== fill.value);
}
