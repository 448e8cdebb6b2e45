/**
 * An in-memory Excel with the semantics of the Excel JavaScript API where they bite: a batch runs at
 * `sync()` and an error aborts its rest while what ran before stays done; each sync that writes is one
 * undo record, merged per run with `mergeUndoGroup` (ExcelApi 1.20), and protecting or deleting a sheet
 * clears the history; a sync in cell edit mode fails unless the run waits for it; Excel on the web refuses
 * requests over 5 MB; change events carry `details` only for one cell typed. It counts syncs, queued
 * operations and request bytes, so tests and benchmarks can hold the add-in to its batching.
 */
import type { Host, RequestContext, RunOptions } from '../office';
import { Calculation, type Day } from './calculation';
import type { Operation } from './client-object';
import { RichApiError, type ErrorCode } from './errors';
import { FormulaSyntaxError } from './formula-syntax';
import { cellKey, cellsOf, type CellModel, type Rect, type SheetModel, type WorkbookModel } from './model';
import type { ChangeDetail, ChangeHandler, ExcelState } from './state';
import { SimulatedUser } from './user';
import { SimContext } from './workbook';

export interface SimulatedExcelOptions {
  /** The highest ExcelApi set this Excel has: 1.20 has undo for add-ins' writes and `mergeUndoGroup`; 1.8 is Excel 2019. */
  readonly apiVersion?: string;
  /** The largest request Excel accepts: 5 MB on the web; Windows and Mac have no such limit. */
  readonly requestLimitBytes?: number;
  /** The day TODAY() gives; this machine's date when absent. */
  readonly today?: () => Day;
}

export interface SyncRecord {
  readonly operations: number;
  readonly requestBytes: number;
  readonly writes: boolean;
}

type Snapshot = Pick<WorkbookModel, 'sheets' | 'names' | 'activeSheetId' | 'selection'>;

/** What undo puts back: the whole workbook, or (for values typed or pasted) just the cells that changed. */
type UndoRecord = { readonly workbook: Snapshot } | { readonly sheet: SheetModel['id']; readonly cells: ReadonlyMap<string, CellModel | undefined> };

interface RunState {
  readonly options: RunOptions;
  recorded: boolean;
}

const MB = 1024 * 1024;
// What Office's request adds per operation beyond its name and data: object paths, ids, action types.
const OPERATION_OVERHEAD_BYTES = 60;
// Excel keeps this many steps to undo.
const UNDO_LIMIT = 100;

/** A promise that resolves when `open` is called: what a sync waits for. */
function gate(): { readonly done: Promise<void>; readonly open: () => void } {
  let open = (): void => undefined;
  const done = new Promise<void>((resolve) => (open = resolve));
  return { done, open };
}

function version(text: string): number[] {
  return text.split('.').map(Number);
}

export class SimulatedExcel implements ExcelState {
  readonly model: WorkbookModel = { sheets: [], names: [], nextId: 1 };
  readonly settings = new Map<string, string>();
  readonly calculation: Calculation;
  /** Every sync so far, in order. */
  readonly syncs: SyncRecord[] = [];
  readonly host: Host;
  /** What a user does in Excel: type, paste, insert rows, undo. */
  readonly user: SimulatedUser;

  private readonly apiVersion: number[];
  private readonly requestLimit: number;
  private undoStack: UndoRecord[] = [];
  private readonly handlers = new Map<string, Set<ChangeHandler>>();
  private touched = new Set<SheetModel>();
  private undoCleared = false;
  private editing: ReturnType<typeof gate> | undefined;
  private answering: ReturnType<typeof gate> | undefined;
  private fault: { readonly when: (operation: string) => boolean; readonly code: ErrorCode } | undefined;

  constructor(options: SimulatedExcelOptions = {}) {
    this.apiVersion = version(options.apiVersion ?? '1.20');
    this.calculation = new Calculation(this.model, options.today);
    this.requestLimit = options.requestLimitBytes ?? 5 * MB;
    this.host = {
      run: (runOptions, batch) => this.run(runOptions, batch),
      isSetSupported: (name, v) => name === 'ExcelApi' && this.supports(v),
    };
    this.user = new SimulatedUser(this);
  }

  supports(required: string): boolean {
    const [major = 0, minor = 0] = version(required);
    const [hasMajor = 0, hasMinor = 0] = this.apiVersion;
    return hasMajor > major || (hasMajor === major && hasMinor >= minor);
  }

  nextId(): number {
    return this.model.nextId++;
  }

  touch(sheet: SheetModel): void {
    this.touched.add(sheet);
  }

  clearUndo(): void {
    this.undoCleared = true;
  }

  addChangeHandler(sheet: SheetModel, handler: ChangeHandler): void {
    this.handlers.set(sheet.id, (this.handlers.get(sheet.id) ?? new Set()).add(handler));
  }

  /** How many steps Ctrl+Z can take back. */
  get undoDepth(): number {
    return this.undoStack.length;
  }

  /** Makes the next operation whose name `when` accepts fail with `code`, as a host failure halfway through a batch. */
  failNext(when: (operation: string) => boolean, code: ErrorCode = 'GeneralException'): void {
    this.fault = { when, code };
  }

  /** Syncs get no answer until `answer()`: Excel hanging on a big file. */
  stopAnswering(): void {
    this.answering = gate();
  }

  answer(): void {
    this.answering?.open();
    this.answering = undefined;
  }

  /** The user starts editing a cell (F2): batches fail or wait until `finishEditing`. */
  startEditing(): void {
    this.editing = gate();
  }

  finishEditing(): void {
    this.editing?.open();
    this.editing = undefined;
  }

  async run<T>(options: RunOptions, batch: (context: RequestContext) => Promise<T>): Promise<T> {
    const state: RunState = { options, recorded: false };
    const context = new SimContext(this, (operations) => this.execute(operations, state));
    const result = await batch(context);
    if (context.pending > 0) await context.sync();
    return result;
  }

  /** A copy of everything undo restores. */
  snapshot(): Snapshot {
    const { sheets, names, activeSheetId, selection } = this.model;
    return structuredClone({ sheets, names, activeSheetId, selection });
  }

  /** Ctrl+Z: takes the last step back; false when there is nothing to undo. */
  undo(): boolean {
    const record = this.undoStack.pop();
    if (!record) return false;
    if ('workbook' in record) Object.assign(this.model, record.workbook);
    else {
      const sheet = this.model.sheets.find((s) => s.id === record.sheet);
      for (const [key, cell] of record.cells) {
        if (cell) sheet?.cells.set(key, cell);
        else sheet?.cells.delete(key);
      }
    }
    this.calculation.invalidate();
    return true;
  }

  /**
   * A change the user makes: one undo record, and a change event (with `details` when it is one cell's
   * value). `cells`: the change touches only these cells' values, so undo keeps only them.
   */
  userChange(
    sheet: SheetModel,
    change: () => void,
    event: { readonly address: string; readonly details?: ChangeDetail; readonly silent?: boolean; readonly clearsUndo?: boolean; readonly cells?: Rect },
  ): void {
    const before: UndoRecord = event.cells
      ? { sheet: sheet.id, cells: new Map([...cellsOf(event.cells)].map(({ row, column }) => [cellKey(row, column), structuredClone(sheet.cells.get(cellKey(row, column)))])) }
      : { workbook: this.snapshot() };
    change();
    this.calculation.invalidate();
    if (event.clearsUndo) this.undoStack = [];
    else this.pushUndo(before);
    if (!event.silent) {
      this.dispatch(sheet, { triggerSource: 'Unknown', address: event.address, changeType: 'RangeEdited', ...(event.details ? { details: event.details } : {}) });
    }
  }

  private pushUndo(before: UndoRecord): void {
    this.undoStack.push(before);
    if (this.undoStack.length > UNDO_LIMIT) this.undoStack.shift();
  }

  private dispatch(sheet: SheetModel, event: Parameters<ChangeHandler>[0]): void {
    for (const handler of this.handlers.get(sheet.id) ?? []) {
      // Excel raises events after the change, not inside it.
      setTimeout(() => void handler(event), 0);
    }
  }

  private requestSize(operations: readonly Operation[]): number {
    const json = JSON.stringify(operations.map((o) => [o.name, o.payload ?? null]));
    return new TextEncoder().encode(json).length + OPERATION_OVERHEAD_BYTES * operations.length;
  }

  private async execute(operations: readonly Operation[], run: RunState): Promise<void> {
    const writes = operations.some((o) => o.write);
    const counted = operations.filter((o) => !o.implied);
    const requestBytes = this.requestSize(counted);
    this.syncs.push({ operations: counted.length, requestBytes, writes });
    await this.answering?.done;
    if (this.editing) {
      if (!run.options.delayForCellEdit) {
        throw new RichApiError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB.');
      }
      await this.editing.done;
    }
    if (requestBytes > this.requestLimit) throw new RichApiError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    const before = writes ? this.snapshot() : undefined;
    this.touched = new Set();
    this.undoCleared = false;
    try {
      for (const operation of operations) this.runOperation(operation);
    } finally {
      if (before) this.recordWrites(before, run);
    }
  }

  private runOperation(operation: Operation): void {
    if (this.fault?.when(operation.name)) {
      const { code } = this.fault;
      this.fault = undefined;
      throw new RichApiError(code, 'The simulated Excel was told to fail here.', operation.name);
    }
    try {
      operation.run();
    } catch (error) {
      // Where it happened, as Office names it, unless the error says more precisely.
      if (error instanceof RichApiError) throw error.debugInfo.errorLocation === undefined ? new RichApiError(error.code, error.message, operation.name) : error;
      if (error instanceof FormulaSyntaxError) throw new RichApiError('InvalidArgument', `The formula is not valid: ${error.message}`, operation.name);
      throw error;
    } finally {
      if (operation.write) this.calculation.invalidate();
    }
  }

  private recordWrites(before: Snapshot, run: RunState): void {
    this.calculation.invalidate();
    // Before ExcelApi 1.20 an add-in's write could not be undone: Excel cleared the history instead.
    if (this.undoCleared || !this.supports('1.20')) this.undoStack = [];
    else if (!(run.options.mergeUndoGroup && run.recorded)) this.pushUndo({ workbook: before });
    run.recorded = true;
    for (const sheet of this.touched) {
      this.dispatch(sheet, this.supports('1.14') ? { triggerSource: 'ThisLocalAddin' } : {});
    }
  }
}
