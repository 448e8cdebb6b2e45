/** The simulated Excel, for the tests and the browser demo: `new SimulatedExcel().host` is what `createWorkbookApi` takes. */
export { SimulatedExcel, type SimulatedExcelOptions, type SyncRecord } from './simulated-excel';
export { SimulatedUser, type Put, type Typed } from './user';
export { activeSheet, cellView, marks, selection, usedCells, type CellView } from './inspect';
export { RichApiError, type ErrorCode } from './errors';
export type { CellFormat, ConditionalFormatModel } from './model';
