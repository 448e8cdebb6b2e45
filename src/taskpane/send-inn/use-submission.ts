/**
 * The Send inn tab's state over src/submit: what is waiting in the outbox for this report (also after a
 * closed pane or a restarted Excel), the retry timer while the pane runs, and the outcome of the last try.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Receipt } from '../../api/receipt';
import type { Finding } from '../../report/findings';
import { reportKeyOf, seriesText } from '../../report/report-key';
import type { Refused } from '../../submit/client';
import { loadConnection } from '../../submit/connection';
import { outbox, type PendingSubmission } from '../../submit/outbox';
import { attempt, prepare, retryDue, send, type SendOutcome, type SubmitDeps } from '../../submit/send';
import type { AddinStorage } from '../../submit/storage';
import { useAddinStorage, useSubmitEnvironment } from '../submit-context';
import type { Pane } from '../use-pane';
import { useWorkbook } from '../workbook-context';

export type SubmissionView =
  | { readonly kind: 'klar' }
  | { readonly kind: 'sender' }
  | { readonly kind: 'sendt'; readonly receipt: Receipt; readonly serverWarnings: readonly Finding[] }
  | { readonly kind: 'venter'; readonly pending: PendingSubmission; readonly status?: number }
  | { readonly kind: 'avvist'; readonly refused: Refused }
  | { readonly kind: 'ikkeSkrevet'; readonly message: string; readonly pending: PendingSubmission }
  | { readonly kind: 'annenArbeidsbok' }
  | { readonly kind: 'ingenTilkobling' }
  | { readonly kind: 'avbrutt' };

export interface Submission {
  readonly view: SubmissionView;
  readonly storage: AddinStorage;
  readonly connected: boolean;
  send(): Promise<void>;
  retryNow(): Promise<void>;
  cancel(): void;
}

const findingKey = (f: Finding): string => `${f.rule}|${f.fields.join(',')}`;

/** The advarsler the server found that the add-in's own check did not (HIS-01, HIS-02: they need the server's history). */
function serverWarnings(receipt: Receipt, own: readonly Finding[]): Finding[] {
  const seen = new Set(own.map(findingKey));
  return receipt.findings.filter((f) => !seen.has(findingKey(f)));
}

function viewOf(outcome: SendOutcome, own: readonly Finding[]): SubmissionView {
  switch (outcome.kind) {
    case 'mottatt':
      return { kind: 'sendt', receipt: outcome.receipt, serverWarnings: serverWarnings(outcome.receipt, own) };
    case 'venter':
      return { kind: 'venter', pending: outcome.pending, ...(outcome.unreachable.status === undefined ? {} : { status: outcome.unreachable.status }) };
    case 'avvist':
      return { kind: 'avvist', refused: outcome.refused };
    case 'ikkeSkrevet':
      return { kind: 'ikkeSkrevet', message: outcome.failure.message, pending: outcome.pending };
    case 'annenArbeidsbok':
      return { kind: 'annenArbeidsbok' };
    case 'ingenTilkobling':
      return { kind: 'ingenTilkobling' };
  }
}

export function useSubmission(pane: Pane): Submission {
  const env = useSubmitEnvironment();
  const api = useWorkbook();
  const storage = useAddinStorage();
  const deps: SubmitDeps = useMemo(() => ({ api, fetch: env.fetch, storage, clock: env.clock, newKey: env.newKey }), [api, env, storage]);
  const read = pane.check.kind === 'kontrollert' ? pane.check.read : undefined;
  const own = pane.check.kind === 'kontrollert' ? pane.check.result.findings : [];
  const key = read === undefined ? undefined : reportKeyOf(read.payload);
  // The effects below follow the report series, not `key`, whose object is new with every read.
  const series = key === undefined ? undefined : seriesText(key);
  const [view, setView] = useState<SubmissionView>({ kind: 'klar' });

  const settle = useCallback(
    async (outcome: SendOutcome | undefined): Promise<void> => {
      if (outcome === undefined) return;
      setView(viewOf(outcome, own));
      // The receipt changed the workbook's status: read it again (the pane's own writes fire no event).
      if (outcome.kind === 'mottatt') await pane.checkNow();
    },
    [own, pane],
  );

  // What waits in the outbox for this report, kept from an earlier session.
  useEffect(() => {
    if (key === undefined) return;
    const pending = outbox(storage).of(key);
    if (pending !== undefined) setView((shown) => (shown.kind === 'klar' ? { kind: 'venter', pending } : shown));
  }, [series, storage]);

  // While the pane runs, a kept submission is tried again when its time comes.
  const waitingFor = view.kind === 'venter' ? view.pending : undefined;
  useEffect(() => {
    if (waitingFor === undefined || key === undefined) return undefined;
    const timer = setTimeout(() => void retryDue(deps, key).then(settle), Math.max(0, waitingFor.nextAttemptAt - deps.clock().getTime()));
    return () => clearTimeout(timer);
  }, [waitingFor, series, deps, settle]);

  return {
    view,
    storage,
    connected: loadConnection(storage) !== undefined,
    send: async () => {
      setView({ kind: 'sender' });
      const ready = await prepare(api, deps.clock());
      // A read that fails, or feil found in the fresh read: the tab shows the live check's list.
      if (!ready.ok || ready.value.kind !== 'klar') {
        setView({ kind: 'klar' });
        await pane.checkNow();
        return;
      }
      await settle(await send(deps, ready.value));
    },
    retryNow: async () => {
      const pending = view.kind === 'venter' || view.kind === 'ikkeSkrevet' ? view.pending : undefined;
      if (pending !== undefined) await settle(await attempt(deps, pending));
    },
    cancel: () => {
      if (view.kind === 'venter') outbox(storage).remove(view.pending.idempotencyKey);
      setView({ kind: 'avbrutt' });
    },
  };
}
