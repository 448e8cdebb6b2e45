/**
 * Submissions not yet received by the server, kept in the add-in's storage with their idempotency key, so
 * that a closed pane or a restarted Excel loses nothing and a retry can never make a second version (the
 * server replays the first receipt for the same key). One per report series: a newer submission of the
 * same report replaces the one waiting. Never the token: that is read from the connection at each attempt.
 */
import { z } from 'zod';
import { sameSeries, type ReportKey } from '../report/report-key';
import type { SubmissionBody } from './body';
import { STORED, type AddinStorage } from './storage';

const NAME = STORED.outbox;

const pendingSchema = z.object({
  idempotencyKey: z.string(),
  endpoint: z.string(),
  key: z.object({ kommunenummer: z.string(), bydel: z.string(), ar: z.number().int() }),
  body: z.object({ text: z.string(), sha256: z.string() }),
  failedAttempts: z.number().int().min(0),
  /** Epoch milliseconds. */
  nextAttemptAt: z.number(),
});
export type PendingSubmission = z.infer<typeof pendingSchema>;

export interface Outbox {
  all(): readonly PendingSubmission[];
  /** The one waiting for this report series, if any. */
  of(key: ReportKey): PendingSubmission | undefined;
  /** Keeps a new submission, in place of any waiting for the same report. */
  keep(pending: { readonly idempotencyKey: string; readonly endpoint: string; readonly key: ReportKey; readonly body: SubmissionBody }, now: number): PendingSubmission;
  /** Records a failed attempt and when to try again. */
  failed(idempotencyKey: string, nextAttemptAt: number): PendingSubmission | undefined;
  remove(idempotencyKey: string): void;
}

export function outbox(storage: AddinStorage): Outbox {
  const all = (): PendingSubmission[] => storage.read(NAME, z.array(pendingSchema)) ?? [];
  const save = (list: readonly PendingSubmission[]): void => (list.length === 0 ? storage.remove(NAME) : storage.write(NAME, list));
  return {
    all,
    of: (key) => all().find((p) => sameSeries(p.key, key)),
    keep: (pending, now) => {
      const kept: PendingSubmission = { ...pending, body: { ...pending.body }, failedAttempts: 0, nextAttemptAt: now };
      save([...all().filter((p) => !sameSeries(p.key, pending.key)), kept]);
      return kept;
    },
    failed: (idempotencyKey, nextAttemptAt) => {
      const list = all();
      const found = list.find((p) => p.idempotencyKey === idempotencyKey);
      if (found === undefined) return undefined;
      const updated = { ...found, failedAttempts: found.failedAttempts + 1, nextAttemptAt };
      save(list.map((p) => (p === found ? updated : p)));
      return updated;
    },
    remove: (idempotencyKey) => save(all().filter((p) => p.idempotencyKey !== idempotencyKey)),
  };
}
