/**
 * The ribbon's Kontroller: the full check without the pane, its result written as the status line on the
 * first sheet and in the workbook settings (one undo step, src/excel's `writeStatus`). It keeps nothing in
 * memory, so it works from a cold start of the shared runtime, and it always tells Office it is done.
 */
import type { LocalDateTime, WorkbookApi } from '../excel/api';

/** Office's argument to a function command; `completed` must be called every time, or the button stops working. */
export interface CommandEvent {
  completed(): void;
}

/** What the command did: the status line it wrote, or why it wrote nothing (no template, Excel refused). */
export interface KontrollerOutcome {
  readonly written: boolean;
  readonly message: string;
}

const localDateTime = (now: Date): LocalDateTime => ({
  year: now.getFullYear(),
  month: now.getMonth() + 1,
  day: now.getDate(),
  hour: now.getHours(),
  minute: now.getMinutes(),
});

export async function kontroller(api: WorkbookApi, now: Date): Promise<KontrollerOutcome> {
  const read = await api.readReport();
  if (!read.ok) return { written: false, message: read.message };
  // Without the template there is nothing to check and nowhere to write: the workbook stays as it is.
  if (read.value.kind !== 'rapport') return { written: false, message: read.value.message };
  // The rules (zod, the register) load when the command first runs: the page holds the pane's first view too.
  const { checkReport } = await import('../taskpane/check-report');
  const { findings } = checkReport(read.value, now);
  const errors = findings.filter((f) => f.severity === 'feil').length;
  const status = await api.writeStatus({ kind: 'kontroll', at: localDateTime(now), errors, warnings: findings.length - errors });
  return status.ok ? { written: status.value.lineWritten, message: status.value.line } : { written: false, message: status.message };
}

/** The handler Office calls: whatever happens, `completed()` is called; `report` hears what was done. */
export function kontrollerCommand(
  api: WorkbookApi,
  report: (outcome: KontrollerOutcome) => void = () => undefined,
  clock: () => Date = () => new Date(),
): (event: CommandEvent) => Promise<void> {
  return async (event) => {
    try {
      report(await kontroller(api, clock()));
    } finally {
      event.completed();
    }
  };
}
