/**
 * The ribbon's Kontroller: the full check without the pane, its result written as the status line on the
 * first sheet and in the workbook settings (one undo step). It keeps nothing in memory, so it works from a
 * cold start of the shared runtime, and it always tells Office it is done.
 */
import type { HostResult, LocalDateTime, StatusOutcome, WorkbookApi } from '../excel/api';
import { checkReport } from '../taskpane/check-report';

/** Office's argument to a function command; `completed` must be called every time, or the button stops working. */
export interface CommandEvent {
  completed(): void;
}

const localDateTime = (now: Date): LocalDateTime => ({
  year: now.getFullYear(),
  month: now.getMonth() + 1,
  day: now.getDate(),
  hour: now.getHours(),
  minute: now.getMinutes(),
});

export async function kontroller(api: WorkbookApi, now: Date): Promise<HostResult<StatusOutcome>> {
  const read = await api.readReport();
  if (!read.ok) return read;
  if (read.value.kind !== 'rapport') return { ok: false, reason: 'mangler', message: read.value.message };
  const { findings } = checkReport(read.value, now);
  const errors = findings.filter((f) => f.severity === 'feil').length;
  return api.writeStatus({ kind: 'kontroll', at: localDateTime(now), errors, warnings: findings.length - errors });
}

/** The handler Office calls: whatever happens, `completed()` is called. */
export function kontrollerCommand(api: WorkbookApi, clock: () => Date = () => new Date()): (event: CommandEvent) => Promise<void> {
  return async (event) => {
    try {
      await kontroller(api, clock());
    } finally {
      event.completed();
    }
  };
}
