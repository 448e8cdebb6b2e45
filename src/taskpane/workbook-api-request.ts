/**
 * The workbook API's modules, requested when the page's first module runs. The page imports this before
 * anything else, so the request goes out before React and Fluent are evaluated (some 50 ms on a slow
 * machine) and the chunk arrives while they are, instead of after.
 */
export const workbookApiModule = import('../excel/workbook-api');
