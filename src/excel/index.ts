/** src/excel: the only code that touches Office.js. The task pane and the ribbon use this and nothing else of it. */
export type * from './api';
export { createWorkbookApi, MINIMUM_EXCEL_API, type WorkbookApiOptions } from './workbook-api';
export { officeHost } from './office-host';
export type { Host } from './office';
export { statusLine, dateTimeText, localDateTime } from './status-line';
