/**
 * How a submission is stored, written once for both databases: a generator that yields the queries it
 * needs and receives their first row. SQLite runs it synchronously inside one transaction, PostgreSQL
 * with awaits inside one transaction that holds a lock on the report; the steps are the same.
 */
import { randomUUID } from 'node:crypto';
import {
  byIdempotencyKey,
  highestVersion,
  insertSubmission,
  latestVersion,
  submissionFromRow,
  versionFromRow,
  withPayloadFromRow,
  type Query,
} from './sql';
import type { History, Judgement, SubmissionDraft, SubmitOutcome } from './store';

/** A query to run: `get` answers with its first row (or undefined), `run` with nothing. */
export interface Step {
  readonly query: Query;
  readonly mode: 'get' | 'run';
}

export type Steps<T> = Generator<Step, T, unknown>;

export function* submitting(draft: SubmissionDraft, judge: (history: History) => Judgement): Steps<SubmitOutcome> {
  if (draft.idempotencyKey !== null) {
    const earlier = yield { query: byIdempotencyKey(draft.tokenId, draft.idempotencyKey), mode: 'get' };
    if (earlier !== undefined) return { kind: 'gjentatt', submission: submissionFromRow(earlier) };
  }
  const previous = yield { query: latestVersion({ ...draft.key, ar: draft.key.ar - 1 }), mode: 'get' };
  const highest = yield { query: highestVersion(draft.key), mode: 'get' };
  // Versions are 1, 2, 3, … without gaps, so the highest is also the number accepted so far.
  const history: History = {
    ...(previous === undefined ? {} : { previous: withPayloadFromRow(previous).payload }),
    acceptedVersions: versionFromRow(highest),
  };
  const judgement = judge(history);
  if (!judgement.accepted) return { kind: 'avvist', findings: judgement.findings };
  const submission = {
    id: randomUUID(),
    key: draft.key,
    versjon: history.acceptedVersions + 1,
    template: draft.template,
    mottatt: draft.mottatt,
    sha256: draft.sha256,
    contentType: draft.contentType,
    tokenId: draft.tokenId,
    findings: judgement.findings,
  };
  yield { query: insertSubmission(submission, draft), mode: 'run' };
  return { kind: 'lagret', submission };
}

export function runSync<T>(steps: Steps<T>, execute: (step: Step) => unknown): T {
  let next = steps.next();
  while (!next.done) next = steps.next(execute(next.value));
  return next.value;
}

export async function runAsync<T>(steps: Steps<T>, execute: (step: Step) => Promise<unknown>): Promise<T> {
  let next = steps.next();
  while (!next.done) next = steps.next(await execute(next.value));
  return next.value;
}
