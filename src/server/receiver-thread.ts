/**
 * Submissions received in a thread of their own. Reading, validating and storing a report (with the
 * disk wait of a durable commit) is most of what a submission costs; done in the thread that answers
 * every request, it would hold up health checks, reads and other uploads, and leave the machine's
 * second core idle. The event loop passes on the bytes as they arrived and answers with what the
 * receiver thread decided; `receiveSubmission` is the same code either way.
 *
 * One thread, because SQLite has one writer at a time (several would only wait for each other's
 * lock); Husbanken scales PostgreSQL by running several server processes. If the thread dies, the
 * submissions it held get a 500 (none was answered as stored without being committed) and a new
 * thread takes the next ones.
 */
import { once } from 'node:events';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DatabaseConfig } from './config';
import { HttpProblem } from './problem';
import type { Receive, SubmissionRequest } from './receive-submission';
import type { ReceiverData, ReceiverReply, ReceiverRequest, ReceiverStarted } from './receiver-messages';

export interface ReceiverThread {
  readonly receive: Receive;
  /** Lets the thread finish what it holds, close its database connection, and end. */
  close(): Promise<void>;
}

const BUILT = __filename.endsWith('.js');
const WORKER_FILE = join(__dirname, BUILT ? 'receiver-worker.js' : 'receiver-worker.ts');
// Tests run the sources: a thread does not get the loader of the thread that starts it, so it
// registers tsx (a development dependency) before it loads the TypeScript entry.
const WORKER_SOURCE = BUILT ? WORKER_FILE : `require('tsx/cjs/api').register(); require(${JSON.stringify(WORKER_FILE)});`;

interface Waiting {
  readonly resolve: (reply: ReceiverReply['outcome']) => void;
  readonly reject: (error: Error) => void;
}

export interface ReceiverThreadOptions {
  /** The thread's entry; tests give one that fails on purpose. */
  readonly entry?: string;
  /** Submissions the thread may hold at once; more get a 503 (default 256). */
  readonly maxWaiting?: number;
}

/**
 * Each held submission keeps its body (up to 5 MB) in memory: a cap bounds that, and a client told to
 * come back is better off than one whose upload waits behind hundreds of others.
 */
const MAX_WAITING = 256;

interface Running {
  readonly worker: Worker;
  /** Resolves when the thread has ended, for whatever reason. */
  readonly ended: Promise<void>;
}

async function startWorker(
  database: DatabaseConfig,
  { entry }: ReceiverThreadOptions,
  onReply: (reply: ReceiverReply) => void,
  onGone: (error: Error) => void,
): Promise<Running> {
  const workerData: ReceiverData = { database };
  const worker = entry === undefined ? new Worker(WORKER_SOURCE, { eval: !BUILT, workerData }) : new Worker(entry, { workerData });
  const ended = once(worker, 'exit').then(() => undefined);
  const failed = (message: string): [ReceiverStarted] => [{ ok: false, message }];
  const [started] = (await Promise.race([
    once(worker, 'message'),
    once(worker, 'error').then(([error]) => failed(String(error))),
    ended.then(() => failed('tråden sluttet')),
  ])) as [ReceiverStarted];
  if (!started.ok) {
    await worker.terminate();
    throw new Error(`Mottakstråden startet ikke: ${started.message}`);
  }
  worker.on('message', onReply);
  // An uncaught error is followed by 'exit': the first of the two reports the thread gone.
  let gone = false;
  const report = (error: Error): void => {
    if (gone) return;
    gone = true;
    onGone(error);
  };
  worker.on('error', report);
  worker.on('exit', (code) => report(new Error(`Mottakstråden stoppet (kode ${code}).`)));
  return { worker, ended };
}

export async function startReceiverThread(database: DatabaseConfig, options: ReceiverThreadOptions = {}): Promise<ReceiverThread> {
  const waiting = new Map<number, Waiting>();
  let nextId = 0;
  let closing = false;

  const onReply = (reply: ReceiverReply): void => {
    const w = waiting.get(reply.id);
    waiting.delete(reply.id);
    w?.resolve(reply.outcome);
  };
  const start = (): Promise<Running> => {
    const started = startWorker(database, options, onReply, onGone);
    // A thread that cannot start fails the submissions that wait for it, not the process.
    started.catch(() => undefined);
    return started;
  };
  let current: Promise<Running>;
  function onGone(error: Error): void {
    const lost = [...waiting.values()];
    waiting.clear();
    lost.forEach((w) => w.reject(error));
    if (!closing) current = start();
  }
  current = start();
  await current;

  /** The running thread; the first submission to find that it could not start tries once more. */
  const running = async (): Promise<Running> => {
    const attempt = current;
    try {
      return await attempt;
    } catch {
      if (current === attempt) current = start();
      return current;
    }
  };

  // Counted from the call on, not from the hand-over, so that calls waiting for a thread count too.
  let held = 0;
  const receive: Receive = async (request: SubmissionRequest) => {
    if (held >= (options.maxWaiting ?? MAX_WAITING)) {
      throw new HttpProblem(
        'opptatt',
        'Serveren tar imot svært mange rapporter akkurat nå. Vent et halvt minutt og send på nytt; bruk gjerne samme Idempotency-Key.',
        {},
        { 'Retry-After': '30' },
      );
    }
    held++;
    let outcome: ReceiverReply['outcome'];
    try {
      const { worker } = await running();
      const id = nextId++;
      outcome = await new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, request } satisfies ReceiverRequest);
      });
    } finally {
      held--;
    }
    switch (outcome.kind) {
      case 'accepted':
        return outcome.accepted;
      case 'problem':
        throw new HttpProblem(outcome.problem, outcome.detail, outcome.extras, outcome.headers);
      case 'error':
        throw new Error(`Feil i mottakstråden: ${outcome.stack}`);
    }
  };

  return {
    receive,
    async close() {
      closing = true;
      const thread = await current.catch(() => undefined);
      if (thread === undefined) return;
      thread.worker.postMessage('close');
      await thread.ended;
    },
  };
}
