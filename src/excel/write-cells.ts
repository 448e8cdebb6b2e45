/**
 * The commands that write cells: restore formulas, convert number text, prefilled values, the status
 * line. Each is one sync that looks up every target before it writes, so a sheet or name that is gone
 * stops the batch while nothing is changed yet.
 */
import { fieldName, STATUS_NAME } from '../report/layout/names';
import { rangeAddress } from '../report/layout/a1';
import { parseNumber } from '../report/numbers';
import type { CellValue } from '../report/values';
import type { ReportFound, StatusOutcome, StatusUpdate, WriteOutcome } from './api';
import { asWritten } from './draw-plan';
import type { RequestContext, Worksheet } from './office';
import { splitAddress } from './read-workbook';
import { SETTING_KEYS } from './settings';
import { statusLine } from './status-line';

/** The payload value of a field (`c1_fastrente`) or a table cell (`okonomi[3].budsjett`). */
function payloadValue(read: ReportFound, cell: string): CellValue | undefined {
  const table = /^([a-z0-9_]+)\[(\d+)\]\.([a-z0-9_]+)$/.exec(cell);
  if (!table) return read.payload.values[cell];
  return read.payload.tables[table[1] ?? '']?.[Number(table[2])]?.[table[3] ?? ''];
}

export type Write = { readonly address: string; readonly content: string | number };

/** One sync: every target sheet is looked up before anything is written, so a missing one stops the batch while nothing is changed. */
export async function writeCells(context: RequestContext, writes: readonly Write[]): Promise<WriteOutcome> {
  const located = writes.map((w) => ({ ...w, at: splitAddress(w.address) }));
  const sheets = new Map<string, Worksheet>();
  for (const { at } of located) {
    if (!at || sheets.has(at.sheet)) continue;
    const sheet = context.workbook.worksheets.getItem(at.sheet);
    sheet.load('name');
    sheets.set(at.sheet, sheet);
  }
  for (const { at, content } of located) {
    const sheet = at && sheets.get(at.sheet);
    if (sheet) sheet.getRange(rangeAddress(at.rect)).formulas = [[content]];
  }
  await context.sync();
  return { written: located.filter((w) => w.at).map((w) => w.address) };
}

/** The typed-over computed cells named, with the template's formula for each (OKO-05). */
export function formulaWrites(found: ReportFound, cells: readonly string[]): Write[] {
  return cells.flatMap((c) => {
    const address = found.addresses[c];
    const formula = found.formulas[c];
    return address === undefined || formula === undefined ? [] : [{ address, content: `=${formula}` }];
  });
}

/** The number-text cells named, with the number the domain reads in each (NUM-04). */
export function numberWrites(found: ReportFound, cells: readonly string[]): Write[] {
  return cells.flatMap((c) => {
    const address = found.addresses[c];
    const value = payloadValue(found, c);
    const parsed = typeof value === 'string' ? parseNumber(value) : undefined;
    return address === undefined || !parsed?.ok ? [] : [{ address, content: parsed.value }];
  });
}

/** Values by sheet address; text as Excel keeps it typed. */
export function valueWrites(values: Readonly<Record<string, string | number>>): Write[] {
  return Object.entries(values).map(([address, value]) => ({ address, content: typeof value === 'number' ? value : asWritten(value) }));
}

/** Values into the named inputs, by field id; the names are all looked up before anything is written. */
export async function writeValues(context: RequestContext, values: Readonly<Record<string, string | number>>): Promise<WriteOutcome> {
  const ranges = Object.entries(values).map(([id, value]) => {
    const range = context.workbook.names.getItem(fieldName(id)).getRange();
    range.load('address');
    return { range, value };
  });
  for (const { range, value } of ranges) range.formulas = [[typeof value === 'number' ? value : asWritten(value)]];
  await context.sync();
  return { written: ranges.map((r) => r.range.address) };
}

/**
 * One sync: the settings first, then the line through the status cell's name. A workbook without the name
 * (the template came from a file) stops the batch there, after the settings were written.
 */
export async function writeStatus(context: RequestContext, update: StatusUpdate): Promise<StatusOutcome> {
  const line = statusLine(update);
  const { kind, ...record } = update;
  context.workbook.settings.add(kind === 'kontroll' ? SETTING_KEYS.check : SETTING_KEYS.submission, JSON.stringify(record));
  context.workbook.names.getItem(STATUS_NAME).getRange().formulas = [[asWritten(line)]];
  try {
    await context.sync();
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ItemNotFound' || code === 'InvalidReference') return { line, lineWritten: false };
    throw error;
  }
  return { line, lineWritten: true };
}
