/**
 * The ribbon's Kontroller: the full check without the pane, its result written as the status line on the
 * first sheet and in the workbook settings (one undo step, src/excel's `writeStatus`). After a submission the
 * line also says whether the report has changed since («Endret etter innsending»): live checking never writes,
 * so the commands are where the sheet's line learns it. It keeps nothing in
 * memory, so it works from a cold start of the shared runtime, and it always tells Office it is done.
 */
import type { CheckStatus, WorkbookApi } from '../excel/api';
import { localDateTime } from '../excel/status-line';
import { changedSince, submissionBody } from '../submit/body';

/** Office's argument to a function command; `completed` must be called every time, or the button stops working. */
export interface CommandEvent {
  completed(): void;
}

/** What the command did: the status line it wrote, or why it wrote nothing (no template, Excel refused). */
export interface KontrollerOutcome {
  readonly written: boolean;
  readonly message: string;
}

export async function kontroller(api: WorkbookApi, now: Date): Promise<KontrollerOutcome> {
  const read = await api.readReport();
  if (!read.ok) return { written: false, message: read.message };
  // Without the template there is nothing to check and nowhere to write: the workbook stays as it is.
  if (read.value.kind !== 'rapport') return { written: false, message: read.value.message };
  // The rules (zod, the register) load when the command first runs: the page holds the pane's first view too.
  const { checkReport } = await import('../taskpane/check-report');
  const { findings } = checkReport(read.value, now);
  const errors = findings.filter((f) => f.severity === 'feil').length;
  const sent = read.value.status.submission;
  // Whether the report differs from what was sent: the sheet's content now against the receipt's hash.
  const submitted: Pick<CheckStatus, 'submitted'> =
    sent === undefined ? {} : { submitted: { version: sent.version, changed: changedSince(await submissionBody(read.value.payload), sent.sha256) } };
  const status = await api.writeStatus({ kind: 'kontroll', at: localDateTime(now), errors, warnings: findings.length - errors, ...submitted });
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
