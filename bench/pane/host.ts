/**
 * The bench page's workbook: the workbook API over the simulated Excel, which stands in for Office.js. Both
 * are requested when the page's first module runs, as the add-in's page requests the API.
 */
import { workbookApiModule } from '../../src/taskpane/workbook-api-request';

export const simulatedApi = Promise.all([workbookApiModule, import('../../src/excel/simulated')]).then(([{ createWorkbookApi }, { SimulatedExcel }]) =>
  createWorkbookApi(new SimulatedExcel().host),
);
