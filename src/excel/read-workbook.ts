/**
 * The one sync that reads a report: every defined name and table any known template puts into a
 * workbook, with values, formulas and number formats, the settings and the sheet list, queued together.
 * A name or table the user deleted is a null object and reads as missing; nothing is loaded twice.
 */
import { cellAddress, parseRange, type RangePosition } from '../report/layout/a1';
import { fieldName, STATUS_NAME, tableName, TEMPLATE_ID_NAME, TEMPLATE_VERSION_NAME } from '../report/layout/names';
import { inputFields, tables } from '../report/fields';
import type { TemplateRef } from '../report/payload';
import type { CellRead, ReportSource, TableLocation } from '../report/read-report';
import { templates } from '../report/templates';
import type { WorkbookStatus } from './api';
import { officeCellRead } from './cell-read';
import type { Range, RequestContext } from './office';
import { rememberedIn, SETTING_KEYS } from './settings';

const unique = (items: readonly string[]): string[] => [...new Set(items)];

const NAMES = unique([TEMPLATE_ID_NAME, TEMPLATE_VERSION_NAME, STATUS_NAME, ...templates.flatMap((t) => inputFields(t).map((f) => fieldName(f.id)))]);
const TABLES = unique(templates.flatMap((t) => tables(t).map((table) => tableName(table.id))));
const EMPTY: CellRead = { value: null, formula: undefined };

export interface WorkbookRead {
  readonly source: ReportSource;
  /** The template the settings record, if any. */
  readonly recorded?: TemplateRef;
  readonly status: WorkbookStatus;
  /** Every sheet of the workbook, in order. */
  readonly sheets: readonly string[];
  /** The sheets the templates' names and tables are on. */
  readonly reportSheets: ReadonlySet<string>;
  /** The templates' defined names and tables the workbook has, also those that refer to nothing any more. */
  readonly present: ReadonlySet<string>;
}

/** `'5 Økonomi'!A6:J27` → the sheet and the range. */
export function splitAddress(address: string): { sheet: string; rect: RangePosition } | undefined {
  const match = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(address);
  const rect = match && parseRange(match[3] ?? '');
  const sheet = match?.[1]?.replace(/''/g, "'") ?? match?.[2];
  return rect && sheet !== undefined ? { sheet, rect } : undefined;
}

const key = (sheet: string, address: string): string => `${sheet}!${address}`;

/** One sync: what `queueWorkbookRead` finds. */
export async function readWorkbook(context: RequestContext): Promise<WorkbookRead> {
  const done = queueWorkbookRead(context);
  await context.sync();
  return done();
}

/** Queues the loads; the function it returns gives what they found, once the context has synced. */
export function queueWorkbookRead(context: RequestContext): () => Promise<WorkbookRead> {
  const { workbook } = context;
  const named = NAMES.map((name) => {
    const item = workbook.names.getItemOrNullObject(name);
    const range = item.getRangeOrNullObject();
    range.load('address,values,formulas,numberFormat');
    return { name, item, range };
  });
  const tabled = TABLES.map((name) => {
    const table = workbook.tables.getItemOrNullObject(name);
    table.load('showHeaders,showTotals');
    table.columns.load('items/name');
    const range = table.getRange();
    range.load('address,values,formulas,numberFormat');
    return { name, table, range };
  });
  const [template, check, submission] = [SETTING_KEYS.template, SETTING_KEYS.check, SETTING_KEYS.submission].map((k) => {
    const setting = workbook.settings.getItemOrNullObject(k);
    setting.load('value');
    return setting;
  });
  workbook.worksheets.load('items/name');

  return async () => {
    const cells = new Map<string, CellRead>();
    const reportSheets = new Set<string>();
    const take = (range: Range): { sheet: string; rect: RangePosition } | undefined => {
      const at = splitAddress(range.address);
      if (!at) return undefined;
      reportSheets.add(at.sheet);
      const { values, formulas, numberFormat } = range;
      for (let i = 0; i <= at.rect.bottom - at.rect.top; i++) {
        for (let j = 0; j <= at.rect.right - at.rect.left; j++) {
          const read = officeCellRead(values[i]?.[j], formulas[i]?.[j], numberFormat[i]?.[j]);
          cells.set(key(at.sheet, cellAddress(at.rect.left + j, at.rect.top + i)), read);
        }
      }
      return at;
    };
    const present = new Set<string>();
    const names = new Map<string, { sheet: string; address: string }>();
    for (const { name, item, range } of named) {
      if (!item.isNullObject) present.add(name);
      if (range.isNullObject) continue;
      const at = take(range);
      if (at && at.rect.top === at.rect.bottom && at.rect.left === at.rect.right) names.set(name, { sheet: at.sheet, address: cellAddress(at.rect.left, at.rect.top) });
    }
    const located = new Map<string, TableLocation>();
    for (const { name, table, range } of tabled) {
      if (table.isNullObject) continue;
      present.add(name);
      const at = take(range);
      if (!at) continue;
      located.set(name, {
        sheet: at.sheet,
        ref: `${cellAddress(at.rect.left, at.rect.top)}:${cellAddress(at.rect.right, at.rect.bottom)}`,
        headerRows: table.showHeaders ? 1 : 0,
        totalRows: table.showTotals ? 1 : 0,
        columns: table.columns.items.map((c) => c.name),
      });
    }
    const value = (setting: typeof template): unknown => (setting === undefined || setting.isNullObject ? undefined : setting.value);
    const { recorded, status } = await rememberedIn({ template: value(template), check: value(check), submission: value(submission) });
    return {
      source: {
        name: (name) => names.get(name),
        table: (name) => located.get(name),
        cell: (sheet, address) => cells.get(key(sheet, address)) ?? EMPTY,
        // Whole tables were read: no row below them holds anything the reader needs.
        lastRow: () => Number.MAX_SAFE_INTEGER,
      },
      ...(recorded ? { recorded } : {}),
      status,
      sheets: workbook.worksheets.items.map((s) => s.name),
      reportSheets,
      present,
    };
  };
}
