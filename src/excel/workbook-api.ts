/**
 * The workbook API (api.ts) over a host: Office.js in Excel, or the simulated Excel in tests and the
 * demo. Reading runs at once and fails with a message in cell edit mode; commands that write wait for the
 * user to leave the cell and are one undo step where Excel has it (ExcelApi 1.20).
 */
import { rangeAddress, type RangePosition } from '../report/layout/a1';
import type { HostResult, WorkbookApi } from './api';
import { attempt, failure, SYNC_TIMEOUT_MS } from './failures';
import { goToReport } from './go-to-report';
import { insertTemplate } from './insert-template';
import type { Host, RequestContext, RunOptions } from './office';
import { readWorkbook, splitAddress } from './read-workbook';
import { NO_TEMPLATE, reportRead, workbookState } from './report-state';
import { watchSheets } from './watch';
import { formulaWrites, numberWrites, valueWrites, writeCells, writeStatus, writeValues } from './write-cells';

export interface WorkbookApiOptions {
  /** How long to wait for Excel to answer a sync. */
  readonly timeoutMs?: number;
  /** How long to wait after a change for more before calling back. */
  readonly debounceMs?: number;
}

/** What the add-in needs: data validation (1.8), change events (1.7), names and settings (1.4), conditional formats (1.6). */
export const MINIMUM_EXCEL_API = '1.8';
const PRINT_API = '1.9';
const UNDO_GROUP_API = '1.20';
const DEBOUNCE_MS = 300;

/** The bounding range of cells on one sheet. */
function bounds(rects: readonly RangePosition[]): RangePosition {
  return {
    top: Math.min(...rects.map((r) => r.top)),
    left: Math.min(...rects.map((r) => r.left)),
    bottom: Math.max(...rects.map((r) => r.bottom)),
    right: Math.max(...rects.map((r) => r.right)),
  };
}

export function createWorkbookApi(host: Host, options: WorkbookApiOptions = {}): WorkbookApi {
  const timeoutMs = options.timeoutMs ?? SYNC_TIMEOUT_MS;
  const support: HostResult<void> = host.isSetSupported('ExcelApi', MINIMUM_EXCEL_API) ? { ok: true, value: undefined } : failure('forGammelExcel');
  const writeOptions: RunOptions = { delayForCellEdit: true, ...(host.isSetSupported('ExcelApi', UNDO_GROUP_API) ? { mergeUndoGroup: true } : {}) };
  // Own writes in flight: hosts before ExcelApi 1.14 do not say which change events are the add-in's.
  let writing = 0;

  async function run<T>(runOptions: RunOptions, batch: (context: RequestContext) => Promise<T>): Promise<HostResult<T>> {
    if (!support.ok) return support;
    return attempt(() => host.run(runOptions, batch), timeoutMs);
  }

  const read = <T>(batch: (context: RequestContext) => Promise<T>): Promise<HostResult<T>> => run({}, batch);

  async function write<T>(batch: (context: RequestContext) => Promise<T>): Promise<HostResult<T>> {
    writing += 1;
    try {
      return await run(writeOptions, batch);
    } finally {
      writing -= 1;
    }
  }

  const batches = { write, run, print: host.isSetSupported('ExcelApi', PRINT_API) };

  return {
    support,
    partitionKey: host.partitionKey,
    state: (planned) => read(async (context) => workbookState(planned, await readWorkbook(context))),
    insertTemplate: (plan, insertOptions = {}) => insertTemplate(batches, plan, insertOptions),
    goToReport: async () => {
      const result = await run({ delayForCellEdit: true }, goToReport);
      if (!result.ok) return result;
      return result.value ? { ok: true, value: undefined } : failure('mangler', undefined, NO_TEMPLATE);
    },
    readReport: () => read(async (context) => reportRead(await readWorkbook(context))),
    select: async (found, cells) => {
      const at = cells.flatMap((c) => {
        const address = found.addresses[c];
        const located = address === undefined ? undefined : splitAddress(address);
        return located ? [located] : [];
      });
      const first = at[0];
      if (!first) return failure('mangler', undefined, 'Cellene finnes ikke lenger i arbeidsboken. Kontroller rapporten på nytt.');
      return read(async (context) => {
        const sheet = context.workbook.worksheets.getItem(first.sheet);
        sheet.activate();
        sheet.getRange(rangeAddress(bounds(at.filter((a) => a.sheet === first.sheet).map((a) => a.rect)))).select();
        await context.sync();
      });
    },
    restoreFormulas: (found, cells) => write((context) => writeCells(context, formulaWrites(found, cells))),
    convertNumberText: (found, cells) => write((context) => writeCells(context, numberWrites(found, cells))),
    writeValues: (values) => write((context) => writeValues(context, values)),
    fillCells: (values) => write((context) => writeCells(context, valueWrites(values))),
    writeStatus: (update) => write((context) => writeStatus(context, update)),
    watch: (onChange) => read((context) => watchSheets(context, readWorkbook, onChange, () => writing > 0, options.debounceMs ?? DEBOUNCE_MS)),
  };
}
