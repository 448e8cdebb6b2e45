/** The receiver thread's entry (receiver-thread.ts): one database connection, one submission after another. */
import { parentPort, workerData } from 'node:worker_threads';
import { HttpProblem } from './problem';
import { receiveSubmission } from './receive-submission';
import type { ReceiverData, ReceiverReply, ReceiverRequest, ReceiverStarted } from './receiver-messages';
import { openStore } from './storage/open-store';
import type { Store } from './storage/store';

async function outcomeOf(store: Store, { request }: ReceiverRequest): Promise<ReceiverReply['outcome']> {
  try {
    return { kind: 'accepted', accepted: await receiveSubmission(store, request) };
  } catch (error) {
    if (error instanceof HttpProblem) {
      return { kind: 'problem', problem: error.kind, detail: error.detail, extras: error.extras, headers: error.headers };
    }
    return { kind: 'error', stack: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

async function serve(port: NonNullable<typeof parentPort>, { database }: ReceiverData): Promise<void> {
  let store: Store;
  try {
    store = await openStore(database);
  } catch (error) {
    port.postMessage({ ok: false, message: (error as Error).message } satisfies ReceiverStarted);
    return;
  }
  const inFlight = new Set<Promise<void>>();
  port.on('message', (message: ReceiverRequest | 'close') => {
    if (message === 'close') {
      void Promise.all(inFlight)
        .then(() => store.close())
        .finally(() => port.close());
      return;
    }
    const done = outcomeOf(store, message).then((outcome) => port.postMessage({ id: message.id, outcome } satisfies ReceiverReply));
    inFlight.add(done);
    void done.finally(() => inFlight.delete(done));
  });
  port.postMessage({ ok: true } satisfies ReceiverStarted);
}

if (parentPort === null) throw new Error('receiver-worker.ts kjøres bare som mottakstråd (receiver-thread.ts).');
void serve(parentPort, workerData as ReceiverData);
