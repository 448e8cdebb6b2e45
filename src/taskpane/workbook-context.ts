import { createContext, useContext } from 'react';
import type { WorkbookApi } from '../excel/api';

const WorkbookContext = createContext<WorkbookApi | null | undefined>(undefined);

/**
 * The open workbook, as src/excel gives it: the real Excel in the add-in, the simulated one in the demo
 * and the tests; null while its API loads (it loads while Office starts, and the pane's frame shows
 * meanwhile). Components never reach for Office.js themselves.
 */
export const WorkbookProvider = WorkbookContext.Provider;

/** The workbook's API, or null while it loads: for the frame, which shows before it. */
export function useWorkbookWhileLoading(): WorkbookApi | null {
  const api = useContext(WorkbookContext);
  if (api === undefined) throw new Error('useWorkbook utenfor WorkbookProvider');
  return api;
}

/** The workbook's API, for what shows once it has loaded (the tabs and what they hold). */
export function useWorkbook(): WorkbookApi {
  const api = useWorkbookWhileLoading();
  if (api === null) throw new Error('useWorkbook før arbeidsbokens API er lastet');
  return api;
}
