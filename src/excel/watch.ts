/**
 * Change events on the template's sheets, turned into "the report changed" (debounced). An event is only
 * a hint: `details` is missing for pastes and multi-cell edits and some edits fire nothing (office-js
 * #5347, #3888), so the caller reads the whole report again. The add-in's own writes are ignored: Excel
 * marks them `ThisLocalAddin` from ExcelApi 1.14; before that, events during a write are taken as its own.
 */
import type { ReportChange, Watcher } from './api';
import type { RequestContext } from './office';
import type { WorkbookRead } from './read-workbook';

export async function watchSheets(
  context: RequestContext,
  readWorkbook: (context: RequestContext) => Promise<WorkbookRead>,
  onChange: (change: ReportChange) => void,
  writingNow: () => boolean,
  debounceMs: number,
): Promise<Watcher> {
  const read = await readWorkbook(context);
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const changed = new Set<string>();
  for (const name of read.sheets.filter((s) => read.reportSheets.has(s))) {
    context.workbook.worksheets.getItem(name).onChanged.add(async (event) => {
      if (stopped || event.triggerSource === 'ThisLocalAddin' || (event.triggerSource === undefined && writingNow())) return;
      changed.add(name);
      clearTimeout(timer);
      timer = setTimeout(() => {
        const sheets = [...changed];
        changed.clear();
        if (!stopped) onChange({ sheets });
      }, debounceMs);
    });
  }
  await context.sync();
  return {
    // Office keeps the handlers until the pane closes; a stopped watcher ignores them.
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
