/**
 * A filled workbook → payload v1, read by defined names and table names (never by position), with the
 * address of every cell read so findings can point back into the sheet.
 */
import type { Workbook } from 'exceljs';
import { inputFields, tables } from '../report/fields';
import { sheetAddress } from '../report/layout/a1';
import { fieldName, TEMPLATE_ID_NAME, TEMPLATE_VERSION_NAME, tableName } from '../report/layout/names';
import { isEmpty } from '../report/numbers';
import type { PayloadV1 } from '../report/payload';
import type { CellValue } from '../report/values';
import type { Template } from '../report/template';
import { findTemplate } from '../report/templates';
import { readCellValue, type CellRead } from './cell-value';
import { openXlsx, type OpenFailure } from './open-xlsx';
import { readTable, type SheetReader } from './read-table';
import type { WorkbookMap } from './workbook-map';

export type ReadFailure =
  | OpenFailure
  | { readonly ok: false; readonly reason: 'ukjentMal' | 'ikkeMal'; readonly message: string };

export type ReadResult =
  | {
      readonly ok: true;
      readonly template: Template;
      readonly payload: PayloadV1;
      /** Field id or table cell (`okonomi[3].budsjett`, `okonomi.total.budsjett`) → `'5 Økonomi'!C12`. */
      readonly addresses: Record<string, string>;
    }
  | ReadFailure;

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

function sheetReader(workbook: Workbook): SheetReader {
  return {
    cell: (sheet, address): CellRead => {
      const cell = workbook.getWorksheet(sheet)?.getCell(address);
      return cell ? readCellValue(cell) : { value: null, formula: undefined };
    },
    lastRow: (sheet) => workbook.getWorksheet(sheet)?.rowCount ?? 0,
  };
}

function readNamed(map: WorkbookMap, read: SheetReader, name: string): { value: CellValue; address: string } | undefined {
  const location = map.names.get(name);
  return location && { value: read.cell(location.sheet, location.address).value, address: sheetAddress(location.sheet, location.address) };
}

function identify(map: WorkbookMap, read: SheetReader): Template | ReadFailure {
  const id = readNamed(map, read, TEMPLATE_ID_NAME)?.value;
  const version = readNamed(map, read, TEMPLATE_VERSION_NAME)?.value;
  if (id === undefined || version === undefined || isEmpty(id) || isEmpty(version)) return NOT_TEMPLATE;
  return findTemplate(String(id), String(version)) ?? unknownTemplate(String(id), String(version));
}

export async function readXlsx(bytes: Uint8Array): Promise<ReadResult> {
  const opened = await openXlsx(bytes);
  if (!opened.ok) return opened;
  const { workbook, map } = opened;
  const read = sheetReader(workbook);
  const template = identify(map, read);
  if ('ok' in template) return template;

  const addresses: Record<string, string> = {};
  const values: Record<string, CellValue> = {};
  for (const field of inputFields(template)) {
    const named = readNamed(map, read, fieldName(field.id));
    if (!named) continue;
    addresses[field.id] = named.address;
    if (!isEmpty(named.value)) values[field.id] = named.value;
  }

  const tableRows: PayloadV1['tables'] = {};
  const totals: NonNullable<PayloadV1['totals']> = {};
  for (const table of tables(template)) {
    const located = map.tables.get(tableName(table.id));
    if (!located) continue;
    const result = readTable(table, located.sheet, located.part, read);
    tableRows[table.id] = result.rows;
    if (Object.keys(result.totals).length > 0) totals[table.id] = { ...result.totals };
    Object.assign(addresses, result.addresses);
  }

  const payload: PayloadV1 = {
    template: { id: template.id, version: template.version },
    values,
    tables: tableRows,
    ...(Object.keys(totals).length > 0 ? { totals } : {}),
  };
  return { ok: true, template, payload, addresses };
}
