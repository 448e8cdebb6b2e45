import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Caller } from '../../src/server/auth';
import { HttpProblem } from '../../src/server/problem';
import type { SubmissionRequest } from '../../src/server/receive-submission';
import { startReceiverThread, type ReceiverThread } from '../../src/server/receiver-thread';
import type { Store } from '../../src/server/storage/store';
import { sha256Hex } from '../../src/server/tokens';
import { fullReport } from '../fixtures/full-report';
import { storeFactories, type TestDatabase } from './helpers/stores';
import { tempDir } from './helpers/temp-dir';

const caller: Caller = { kind: 'kommune', tokenId: 'tok-0502', kommunenummer: '0502' };

function request(body: string, idempotencyKey: string | null = null): SubmissionRequest {
  return {
    body: { kind: 'json', bytes: Buffer.from(body) },
    contentType: 'application/json',
    caller,
    idempotencyKey,
    now: new Date('2014-02-20T10:00:00Z'),
  };
}

const problemOf = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => undefined,
    (error: unknown) => (error instanceof HttpProblem ? { kind: error.kind, status: error.problem.status, findings: error.problem.findings?.length } : error),
  );

describe.each(storeFactories)('the receiver thread on $name', (factory) => {
  let db: TestDatabase;
  let store: Store;
  let thread: ReceiverThread;

  beforeAll(async () => {
    db = await factory.create();
    store = db.open();
    await store.migrate();
    await store.addToken({ id: caller.tokenId, hash: 'h', kind: 'kommune', kommunenummer: '0502', navn: null, opprettet: new Date() });
    thread = await startReceiverThread(db.config);
  });
  afterAll(async () => {
    await thread.close();
    await store.close();
    await db.drop();
  });

  it('stores concurrent submissions as gap-free versions that the server’s own connection reads back', async () => {
    const body = JSON.stringify(fullReport());
    const accepted = await Promise.all(Array.from({ length: 12 }, () => thread.receive(request(body))));
    expect(accepted.map((a) => a.submission.versjon).sort((a, b) => a - b)).toEqual([...Array(12).keys()].map((i) => i + 1));
    const stored = await store.submission(accepted[0]!.submission.id);
    expect(stored?.sha256).toBe(sha256Hex(body));
    expect(stored?.mottatt).toEqual(new Date('2014-02-20T10:00:00Z'));
    expect(stored?.payload).toEqual(fullReport());
  });

  it('answers a retried Idempotency-Key with the first receipt', async () => {
    const body = JSON.stringify(fullReport());
    const [first, again] = await Promise.all([thread.receive(request(body, 'k-1')), thread.receive(request(body, 'k-1'))]);
    expect(again?.submission.id).toBe(first?.submission.id);
    expect([first?.replayed, again?.replayed].sort()).toEqual([false, true]);
  });

  it('gives back the problems it finds as HttpProblems, as receiving in this thread does', async () => {
    const withErrors = fullReport();
    withErrors.values.h11_a_status0101 = '10?';
    expect(await problemOf(thread.receive(request(JSON.stringify(withErrors))))).toEqual({ kind: 'rapporten-har-feil', status: 422, findings: expect.any(Number) });
    expect(await problemOf(thread.receive(request('{"template":')))).toEqual({ kind: 'ugyldig-json', status: 400, findings: undefined });
    expect(await problemOf(thread.receive(request('')))).toEqual({ kind: 'ugyldig-json', status: 400, findings: undefined });
    const latin1: SubmissionRequest = { ...request(''), body: { kind: 'json', bytes: Buffer.from('{"a":"\xe6"}', 'latin1') } };
    expect(await problemOf(thread.receive(latin1))).toEqual({ kind: 'ikke-utf8', status: 400, findings: undefined });
    const other: SubmissionRequest = { ...request(JSON.stringify(fullReport())), caller: { kind: 'kommune', tokenId: 't', kommunenummer: '3407' } };
    expect(await problemOf(thread.receive(other))).toEqual({ kind: 'ingen-tilgang', status: 403, findings: undefined });
  });

  it('fails a submission the database refuses with an error, not a receipt, and takes the next one', async () => {
    const unknownToken: SubmissionRequest = { ...request(JSON.stringify(fullReport())), caller: { kind: 'admin', tokenId: 'finnes-ikke' } };
    const failed = await problemOf(thread.receive(unknownToken));
    expect(failed).toBeInstanceOf(Error);
    expect(String((failed as Error).message)).toMatch(/Feil i mottakstråden/);
    expect((await thread.receive(request(JSON.stringify(fullReport())))).submission.id).toMatch(/^[0-9a-f-]{36}$/);
  });
});

/**
 * Runs `test` against a thread whose entry is `source` (CommonJS), in a folder of its own that
 * `source` may use as `FOLDER`.
 */
async function withFakeThread(
  source: string,
  test: (thread: ReceiverThread) => Promise<void>,
  options: { readonly maxWaiting?: number } = {},
): Promise<void> {
  const dir = tempDir();
  const entry = join(dir.path, 'entry.js');
  writeFileSync(entry, `const FOLDER = ${JSON.stringify(dir.path)};\n${source}`);
  const thread = await startReceiverThread({ kind: 'sqlite', file: join(dir.path, 'ubrukt.db') }, { ...options, entry });
  try {
    await test(thread);
  } finally {
    await thread.close();
    dir.remove();
  }
}

describe('a receiver thread that dies', () => {
  it('fails the submissions it held and starts again for the next ones', async () => {
    // Starts like the real thread, dies on a request with Idempotency-Key "die", answers others.
    await withFakeThread(
      `const { parentPort } = require('node:worker_threads');
       parentPort.on('message', (m) => {
         if (m === 'close') process.exit(0);
         if (m.request.idempotencyKey === 'die') process.exit(3);
         parentPort.postMessage({ id: m.id, outcome: { kind: 'problem', problem: 'ikke-funnet', detail: 'levende', extras: {}, headers: {} } });
       });
       parentPort.postMessage({ ok: true });`,
      async (thread) => {
        const dying = problemOf(thread.receive(request('{}', 'die')));
        expect(await dying).toEqual(new Error('Mottakstråden stoppet (kode 3).'));
        expect(await problemOf(thread.receive(request('{}')))).toEqual({ kind: 'ikke-funnet', status: 404, findings: undefined });
      },
    );
  });

  it('is started again by the next submission when it could not start after dying', async () => {
    // Start 1 works until "die"; start 2 fails as a thread whose database is away would; start 3 works.
    await withFakeThread(
      `const { appendFileSync, readFileSync } = require('node:fs');
       const { parentPort } = require('node:worker_threads');
       appendFileSync(FOLDER + '/starts', 'x');
       const start = readFileSync(FOLDER + '/starts', 'utf8').length;
       parentPort.on('message', (m) => {
         if (m === 'close') process.exit(0);
         if (m.request.idempotencyKey === 'die') process.exit(3);
         parentPort.postMessage({ id: m.id, outcome: { kind: 'problem', problem: 'ikke-funnet', detail: 'start ' + start, extras: {}, headers: {} } });
       });
       parentPort.postMessage(start === 2 ? { ok: false, message: 'databasen er borte' } : { ok: true });`,
      async (thread) => {
        expect(await problemOf(thread.receive(request('{}', 'die')))).toEqual(new Error('Mottakstråden stoppet (kode 3).'));
        const answer = await thread.receive(request('{}')).catch((error: unknown) => error);
        expect(answer).toBeInstanceOf(HttpProblem);
        expect((answer as HttpProblem).detail).toBe('start 3');
      },
    );
  });

  it('turns submissions away with a 503 while it holds as many as it may', async () => {
    // Holds the first two submissions for a moment, then answers both.
    await withFakeThread(
      `const { parentPort } = require('node:worker_threads');
       const held = [];
       const answer = (id) => parentPort.postMessage({ id, outcome: { kind: 'problem', problem: 'ikke-funnet', detail: 'svar', extras: {}, headers: {} } });
       parentPort.on('message', (m) => {
         if (m === 'close') process.exit(0);
         held.push(m.id);
         if (held.length === 2) setTimeout(() => held.forEach(answer), 300);
         if (held.length > 2) answer(m.id);
       });
       parentPort.postMessage({ ok: true });`,
      async (thread) => {
        const held = [thread.receive(request('{}')), thread.receive(request('{}'))].map(problemOf);
        const turnedAway = await thread.receive(request('{}')).catch((error: unknown) => error);
        expect(turnedAway).toBeInstanceOf(HttpProblem);
        expect((turnedAway as HttpProblem).problem.status).toBe(503);
        expect((turnedAway as HttpProblem).headers).toEqual({ 'Retry-After': '30' });
        await Promise.all(held);
        expect(await problemOf(thread.receive(request('{}')))).toEqual({ kind: 'ikke-funnet', status: 404, findings: undefined });
      },
      { maxWaiting: 2 },
    );
  });

  it('is reported at start when its database cannot be opened', async () => {
    const dir = tempDir();
    const notAFolder = join(dir.path, 'fil');
    writeFileSync(notAFolder, '');
    try {
      await expect(startReceiverThread({ kind: 'sqlite', file: join(notAFolder, 'boso.db') })).rejects.toThrow(/Mottakstråden startet ikke/);
    } finally {
      dir.remove();
    }
  });
});
