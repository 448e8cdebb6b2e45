/**
 * Throughput of POST /api/v1/innsendinger on SQLite against a bare Fastify route that only parses the
 * same body and answers 201, in one run: `npx tsx bench/server.bench.ts`. Goal: at least 50 % of the
 * bare route's requests per second, with p99 under 50 ms.
 *
 * The servers run in a child process (this file with `--serve`), so autocannon does not share their
 * event loop. Every request stores a new version of the same realistic report, with one token.
 */
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { buildApp } from '../src/server/app';
import { openSqliteStore } from '../src/server/storage/sqlite-store';
import { createToken } from '../src/server/tokens';
import { fullReport } from '../test/fixtures/full-report';

const CONNECTIONS = 50;
const DURATION_S = 10;
const WARMUP_S = 2;

interface Targets {
  readonly innsendinger: string;
  readonly bare: string;
  readonly token: string;
}

async function serve(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'boso-bench-'));
  const store = openSqliteStore(join(dir, 'boso.db'));
  await store.migrate();
  const issued = await createToken(store, '0502', 'bench', new Date());
  const app = buildApp({ store, config: { allowedOrigins: [], logLevel: 'silent' } });

  const bare = Fastify({ logger: false });
  bare.post('/bare', async (_request, reply) => reply.code(201).send({ ok: true }));

  const targets: Targets = {
    innsendinger: `${await app.listen({ host: '127.0.0.1', port: 0 })}/api/v1/innsendinger`,
    bare: `${await bare.listen({ host: '127.0.0.1', port: 0 })}/bare`,
    token: issued.token,
  };
  process.send?.(targets);
  process.once('disconnect', () => {
    void Promise.all([app.close(), bare.close()])
      .then(() => store.close())
      .finally(() => rmSync(dir, { recursive: true, force: true }));
  });
}

interface Measured {
  readonly rps: number;
  readonly p99: number;
  readonly non2xx: number;
  readonly errors: number;
}

async function measure(url: string, token: string, duration: number): Promise<Measured> {
  const result = await autocannon({
    url,
    method: 'POST',
    connections: CONNECTIONS,
    duration,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(fullReport()),
  });
  return { rps: result.requests.average, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors };
}

async function main(): Promise<void> {
  const child = fork(__filename, ['--serve'], { execArgv: ['--import', 'tsx'] });
  const [targets] = (await once(child, 'message')) as [Targets];
  try {
    await measure(targets.bare, targets.token, WARMUP_S);
    await measure(targets.innsendinger, targets.token, WARMUP_S);
    const bare = await measure(targets.bare, targets.token, DURATION_S);
    const ours = await measure(targets.innsendinger, targets.token, DURATION_S);
    const bytes = Buffer.byteLength(JSON.stringify(fullReport()));
    console.log(`Body: fullReport(), ${bytes} bytes JSON; ${CONNECTIONS} connections, ${DURATION_S} s each, loopback, SQLite (WAL, synchronous=FULL)`);
    console.log(`bare Fastify route        ${bare.rps.toFixed(0).padStart(7)} req/s   p99 ${bare.p99} ms   (non-2xx ${bare.non2xx}, errors ${bare.errors})`);
    console.log(`POST /api/v1/innsendinger ${ours.rps.toFixed(0).padStart(7)} req/s   p99 ${ours.p99} ms   (non-2xx ${ours.non2xx}, errors ${ours.errors})`);
    const ratio = ours.rps / bare.rps;
    const met = ratio >= 0.5 && ours.p99 < 50;
    console.log(`ratio ${(ratio * 100).toFixed(1)} % of the bare route — goal ≥ 50 % with p99 < 50 ms: ${met ? 'met' : 'NOT met'}`);
  } finally {
    child.disconnect();
  }
}

if (process.argv.includes('--serve')) void serve();
else void main();
