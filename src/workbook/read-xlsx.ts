/**
 * A filled `.xlsx` → payload v1, by the shared reader (src/report/read-report.ts) over the package's own
 * defined names and tables and ExcelJS's cells, with the address of every cell read.
 */
import type { Workbook } from 'exceljs';
import { readReport, type ReportReading, type ReportSource } from '../report/read-report';
import { readCellValue } from './cell-value';
import { openXlsx, type OpenFailure } from './open-xlsx';
import type { WorkbookMap } from './workbook-map';

export type ReadFailure =
  | OpenFailure
  | { readonly ok: false; readonly reason: 'ukjentMal' | 'ikkeMal'; readonly message: string };

export type ReadResult = Pick<Extract<ReportReading, { ok: true }>, 'ok' | 'template' | 'payload' | 'addresses'> | ReadFailure;

const NOT_TEMPLATE: ReadFailure = {
  ok: false,
  reason: 'ikkeMal',
  message:
    'Arbeidsboken er ikke laget fra BOSO-rapportmalen. Last ned malen, fyll den ut og last opp den utfylte filen.',
};

function unknownTemplate(id: string, version: string): ReadFailure {
  const shown = (s: string): string => s.slice(0, 60);
  return {
    ok: false,
    reason: 'ukjentMal',
    message:
      `Arbeidsboken bygger på en mal vi ikke kjenner («${shown(id)}» versjon «${shown(version)}»). ` +
      'Last ned gjeldende mal, fyll den ut og last opp den nye filen.',
  };
}

function reportSource(workbook: Workbook, map: WorkbookMap): ReportSource {
  return {
    name: (name) => map.names.get(name),
    table: (name) => {
      const located = map.tables.get(name);
      return located && { sheet: located.sheet, ...located.part };
    },
    cell: (sheet, address) => {
      const cell = workbook.getWorksheet(sheet)?.getCell(address);
      return cell ? readCellValue(cell) : { value: null, formula: undefined };
    },
    lastRow: (sheet) => workbook.getWorksheet(sheet)?.rowCount ?? 0,
  };
}

export async function readXlsx(bytes: Uint8Array): Promise<ReadResult> {
  const opened = await openXlsx(bytes);
  if (!opened.ok) return opened;
  const read = readReport(reportSource(opened.workbook, opened.map));
  if (read.ok) return { ok: true, template: read.template, payload: read.payload, addresses: read.addresses };
  return read.reason === 'ikkeMal' ? NOT_TEMPLATE : unknownTemplate(read.template.id, read.template.version);
}
