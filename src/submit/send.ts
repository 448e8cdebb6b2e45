/**
 * Sending the report in, outside React so the ribbon, the pane and the tests share it: read and check
 * (refused while any feil remains), keep the submission in the outbox with its idempotency key, send, and
 * write the receipt into the workbook (settings and status line, one undo step). A submission leaves the
 * outbox only when the server refused it for good (4xx) or its receipt is in the workbook; until then it is
 * retried, and the server's replay of the same key makes the retry harmless.
 */
import type { HostFailure, HostResult, ReportFound, StatusOutcome, SubmissionStatus, WorkbookApi } from '../excel/api';
import { localDateTime } from '../excel/status-line';
import type { Receipt } from '../api/receipt';
import type { Finding } from '../report/findings';
import { reportKeyOf, sameSeries, type ReportKey } from '../report/report-key';
import { checkReport } from '../taskpane/check-report';
import { retryWaitMs } from './backoff';
import { submissionBody, type SubmissionBody } from './body';
import { submit, type Fetch, type Refused, type Unreachable } from './client';
import { loadConnection } from './connection';
import { outbox, type PendingSubmission } from './outbox';
import type { AddinStorage } from './storage';

export interface SubmitDeps {
  readonly api: WorkbookApi;
  readonly fetch: Fetch;
  readonly storage: AddinStorage;
  readonly clock: () => Date;
  /** A new idempotency key (a UUID in the add-in). */
  readonly newKey: () => string;
}

export type Readiness =
  | { readonly kind: 'ingenRapport'; readonly message: string }
  /** The report has no kommunenummer or year: the check's feil say so. */
  | { readonly kind: 'harFeil'; readonly read: ReportFound; readonly errors: readonly Finding[] }
  | { readonly kind: 'klar'; readonly read: ReportFound; readonly warnings: readonly Finding[]; readonly key: ReportKey; readonly body: SubmissionBody };

/** One read (one sync) and the full check: what would be sent, or the feil that stop it. */
export async function prepare(api: WorkbookApi, now: Date): Promise<HostResult<Readiness>> {
  const read = await api.readReport();
  if (!read.ok) return read;
  if (read.value.kind !== 'rapport') return { ok: true, value: { kind: 'ingenRapport', message: read.value.message } };
  const found = read.value;
  const { findings } = checkReport(found, now);
  const errors = findings.filter((f) => f.severity === 'feil');
  const key = reportKeyOf(found.payload);
  if (errors.length > 0 || key === undefined) return { ok: true, value: { kind: 'harFeil', read: found, errors } };
  return { ok: true, value: { kind: 'klar', read: found, warnings: findings, key, body: await submissionBody(found.payload) } };
}

export type SendOutcome =
  | { readonly kind: 'mottatt'; readonly receipt: Receipt; readonly replayed: boolean; readonly status: SubmissionStatus; readonly written: StatusOutcome }
  /** Refused for good (4xx): the server's reason; the submission is no longer kept. */
  | { readonly kind: 'avvist'; readonly refused: Refused }
  /** Kept, to be tried again at `pending.nextAttemptAt`. */
  | { readonly kind: 'venter'; readonly pending: PendingSubmission; readonly unreachable: Unreachable }
  /** Received, but Excel refused the receipt: kept, so the next attempt (a replay) writes it. */
  | { readonly kind: 'ikkeSkrevet'; readonly pending: PendingSubmission; readonly failure: HostFailure }
  /** Received, but the open workbook holds another report: kept until its own workbook is open. */
  | { readonly kind: 'annenArbeidsbok'; readonly pending: PendingSubmission }
  | { readonly kind: 'ingenTilkobling' };

/** Keeps the submission in the outbox, then makes the first attempt. */
export async function send(deps: SubmitDeps, ready: Extract<Readiness, { kind: 'klar' }>): Promise<SendOutcome> {
  const connection = loadConnection(deps.storage);
  if (connection === undefined) return { kind: 'ingenTilkobling' };
  const pending = outbox(deps.storage).keep(
    { idempotencyKey: deps.newKey(), endpoint: connection.endpoint, key: ready.key, body: ready.body },
    deps.clock().getTime(),
  );
  return attempt(deps, pending);
}

/** The receipt as the workbook keeps it: the time as the user's clock shows the server's. */
function statusOf(receipt: Receipt): SubmissionStatus {
  return { at: localDateTime(new Date(receipt.mottatt)), version: receipt.versjon, id: receipt.id, sha256: receipt.sha256, receipt };
}

/** One attempt at a kept submission; on success the receipt goes into the workbook, when it holds that report. */
export async function attempt(deps: SubmitDeps, pending: PendingSubmission): Promise<SendOutcome> {
  const box = outbox(deps.storage);
  const connection = loadConnection(deps.storage);
  if (connection === undefined) return { kind: 'ingenTilkobling' };
  // Sent where it was meant to go, with the token the user has now.
  const reply = await submit(deps.fetch, { endpoint: pending.endpoint, token: connection.token }, pending.body, pending.idempotencyKey);
  if (reply.kind === 'avvist') {
    box.remove(pending.idempotencyKey);
    return { kind: 'avvist', refused: reply };
  }
  if (reply.kind === 'utilgjengelig') {
    const wait = retryWaitMs(pending.failedAttempts + 1, reply.retryAfterSeconds);
    return { kind: 'venter', pending: box.failed(pending.idempotencyKey, deps.clock().getTime() + wait) ?? pending, unreachable: reply };
  }
  const status = statusOf(reply.value);
  // The outbox is the user's, not the workbook's: another workbook may be open by now.
  const read = await deps.api.readReport();
  const here = read.ok && read.value.kind === 'rapport' ? reportKeyOf(read.value.payload) : undefined;
  if (here === undefined || !sameSeries(here, pending.key)) return { kind: 'annenArbeidsbok', pending };
  const written = await deps.api.writeStatus({ kind: 'innsending', ...status });
  if (!written.ok) return { kind: 'ikkeSkrevet', pending, failure: written };
  box.remove(pending.idempotencyKey);
  return { kind: 'mottatt', receipt: reply.value, replayed: reply.replayed, status, written: written.value };
}

/** The kept submission of this report whose time has come, tried once; undefined when none is due. */
export async function retryDue(deps: SubmitDeps, key: ReportKey): Promise<SendOutcome | undefined> {
  const pending = outbox(deps.storage).of(key);
  if (pending === undefined || pending.nextAttemptAt > deps.clock().getTime()) return undefined;
  return attempt(deps, pending);
}
