/** What the proxies reach of the simulated Excel while a sync runs. */
import type { Calculation } from './calculation';
import type { ChangedEvent } from '../office';
import type { SheetModel, WorkbookModel } from './model';

/** What the simulated Excel tells of a change in `details`: the values, not their JSON forms. */
export type ChangeDetail = Pick<Excel.ChangedEventDetail, 'valueBefore' | 'valueAfter' | 'valueTypeBefore' | 'valueTypeAfter'>;

export type ChangeHandler = (
  event: ChangedEvent & Partial<Pick<Excel.WorksheetChangedEventArgs, 'address' | 'changeType'>> & { readonly details?: ChangeDetail },
) => Promise<void>;

export interface ExcelState {
  readonly model: WorkbookModel;
  readonly calculation: Calculation;
  /** The workbook settings (kept out of the undo history). */
  readonly settings: Map<string, string>;
  /** Whether this Excel has the requirement set `ExcelApi` of this version. */
  supports(version: string): boolean;
  /** The running sync changed this sheet (a change event follows). */
  touch(sheet: SheetModel): void;
  /** The running sync did what clears the undo history (protect, unprotect, delete a sheet). */
  clearUndo(): void;
  addChangeHandler(sheet: SheetModel, handler: ChangeHandler): void;
  /** The next id for a sheet, table or conditional format. */
  nextId(): number;
}
