/** The report found in a workbook, for the pane: read, known or not, where, and what the workbook says of itself. */
import { freeSheetNames, takenSheetNames } from '../report/layout/rename-sheets';
import { readReport, type ReportReading } from '../report/read-report';
import { wholeYear } from '../report/rules/input';
import type { CellValue } from '../report/values';
import type { ReportInWorkbook, ReportRead, WorkbookState } from './api';
import type { WorkbookRead } from './read-workbook';

export const NO_TEMPLATE = 'Arbeidsboken har ikke BOSO-rapportmalen. Sett den inn under Mal.';

function noReport(reading: Exclude<ReportReading, { ok: true }>): ReportRead {
  if (reading.reason === 'ikkeMal') return { kind: 'ingenRapport', reason: 'ikkeMal', message: NO_TEMPLATE };
  const shown = (s: string): string => s.slice(0, 60);
  return {
    kind: 'ingenRapport',
    reason: 'ukjentMal',
    message: `Arbeidsboken bygger på en mal tillegget ikke kjenner («${shown(reading.template.id)}» versjon «${shown(reading.template.version)}»). Oppdater tillegget, eller sett inn gjeldende mal i en ny arbeidsbok.`,
  };
}

export function reportRead(read: WorkbookRead): ReportRead {
  const reading = readReport(read.source, read.recorded);
  if (!reading.ok) return noReport(reading);
  const { template, payload, addresses, formulas, missing, emptyRows } = reading;
  return { kind: 'rapport', template, payload, addresses, formulas, missing, emptyRows, status: read.status };
}

export function reportInWorkbook(read: WorkbookRead): ReportInWorkbook | undefined {
  const reading = readReport(read.source, read.recorded);
  if (!reading.ok && reading.reason === 'ikkeMal') return undefined;
  const sheets = read.sheets.filter((s) => read.reportSheets.has(s));
  if (!reading.ok) return { template: reading.template, known: false, sheets };
  const text = (value: CellValue | undefined): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
  const { values } = reading.payload;
  const year = wholeYear(values.rapporteringsar);
  const kommunenummer = text(values.kommunenummer);
  const kommunenavn = text(values.kommunenavn);
  return {
    template: { id: reading.template.id, version: reading.template.version },
    known: true,
    ...(year === undefined ? {} : { year }),
    ...(kommunenummer === undefined ? {} : { kommunenummer }),
    ...(kommunenavn === undefined ? {} : { kommunenavn }),
    sheets,
  };
}

export function workbookState(planned: readonly string[], read: WorkbookRead): WorkbookState {
  const report = reportInWorkbook(read);
  const taken = takenSheetNames(planned, read.sheets.filter((s) => !read.reportSheets.has(s)));
  return {
    ...(report ? { report } : {}),
    takenSheetNames: taken,
    freeSheetNames: Object.fromEntries(Object.entries(freeSheetNames(planned, read.sheets)).filter(([name]) => taken.includes(name))),
    status: read.status,
  };
}
