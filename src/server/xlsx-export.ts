/**
 * The analysts' export as a workbook: the CSV's rows and columns (export-columns.ts) under the form's
 * own words, numbers as numbers in Norwegian formats, municipality numbers as text (`0301`), times in
 * Norwegian time, the header frozen and filtered. A second sheet says which CSV id each title has.
 * Report text goes into text cells, which Excel never runs as formulas.
 */
import { PassThrough } from 'node:stream';
import { stream, type Style } from 'exceljs';
import type { Template } from '../report/template';
import { exportTable, type ColumnKind, type ExportCell, type ExportColumn } from './export-columns';
import { osloWallClock } from './oslo-date';
import type { SubmissionWithPayload } from './storage/store';

/** Excel's format codes; Norwegian Excel shows `#,##0` as `1 234 567` and `#,##0.00` as `1 234,50`. */
const FORMATS: Readonly<Record<ColumnKind, string>> = {
  tekst: '@',
  heltall: '0',
  antall: '#,##0',
  kroner: '#,##0.00',
  tidspunkt: 'dd.mm.yyyy hh:mm',
};

const KIND_NAMES: Readonly<Record<ColumnKind, string>> = {
  tekst: 'tekst',
  heltall: 'heltall',
  antall: 'antall',
  kroner: 'kroner',
  tidspunkt: 'dato og klokkeslett (norsk tid)',
};

/** Width in characters: text columns as wide as their longest value (within reason), numbers as a long amount. */
function widthOf(column: ExportColumn, cells: readonly ExportCell[]): number {
  if (column.kind !== 'tekst') return column.kind === 'tidspunkt' ? 17 : 14;
  const longest = Math.max(column.title.length / 3, ...cells.map((c) => (typeof c === 'string' ? c.length : String(c ?? '').length)));
  return Math.min(Math.max(10, Math.ceil(longest) + 2), 40);
}

const HEADER_STYLE: Partial<Style> = {
  font: { bold: true },
  alignment: { wrapText: true, vertical: 'top' },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } },
  border: { bottom: { style: 'thin', color: { argb: 'FF8EA9DB' } } },
};
/** Room for the longest titles (1.1's rows and columns) wrapped in a column of numbers. */
const HEADER_HEIGHT = 90;

const cellValue = (cell: ExportCell): ExportCell => (cell instanceof Date ? osloWallClock(cell) : cell);

/**
 * Written with ExcelJS's streaming writer: a year of 400 reports takes about half the time the
 * in-memory workbook needs (measured in bench/oversikt.bench.ts's set-up).
 */
export async function exportXlsx(reports: readonly SubmissionWithPayload[], fallback: Template, heading: string): Promise<Buffer> {
  const { columns, rows } = exportTable(reports, fallback);
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = 'BOSO-rapport';
  workbook.title = heading;

  // The header and the municipality's number and name stay in view while scrolling.
  const sheet = workbook.addWorksheet('Rapporter', { views: [{ state: 'frozen', xSplit: 2, ySplit: 1, topLeftCell: 'C2' }] });
  sheet.columns = columns.map((column, i) => ({
    header: column.title,
    key: column.id,
    width: widthOf(column, rows.map((r) => r[i] ?? null)),
    style: { numFmt: FORMATS[column.kind] },
  }));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows.length + 1, column: columns.length } };
  const header = sheet.getRow(1);
  header.height = HEADER_HEIGHT;
  header.eachCell((cell) => {
    cell.style = { ...cell.style, ...HEADER_STYLE };
  });
  header.commit();
  for (const cells of rows) sheet.addRow(cells.map(cellValue)).commit();
  sheet.commit();

  const about = workbook.addWorksheet('Kolonner', { views: [{ state: 'frozen', ySplit: 3 }] });
  about.columns = [
    { key: 'title', width: 70, style: { alignment: { wrapText: true, vertical: 'top' } } },
    { key: 'id', width: 34 },
    { key: 'kind', width: 30 },
  ];
  about.addRow([heading]).font = { bold: true, size: 12 };
  about.addRow(['Kolonnene i arket «Rapporter», med id-en den samme kolonnen har i CSV-eksporten.']);
  const aboutHeader = about.addRow(['Kolonne', 'Id i CSV', 'Innhold']);
  aboutHeader.eachCell((cell) => {
    cell.style = { ...cell.style, ...HEADER_STYLE };
  });
  for (const c of columns) about.addRow([c.title, c.id, KIND_NAMES[c.kind]]);
  about.commit();

  await workbook.commit();
  return Buffer.concat(chunks);
}
