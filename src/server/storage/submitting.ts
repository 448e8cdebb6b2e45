/**
 * How a submission is stored, written once for both databases (steps.ts): SQLite runs it inside one
 * transaction, PostgreSQL inside one transaction that holds a lock on the report.
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
} from './sql';
import type { Steps } from './steps';
import type { History, Judgement, SubmissionDraft, SubmitOutcome } from './store';

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
