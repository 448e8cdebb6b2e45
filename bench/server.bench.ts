/**
 * Throughput of POST /api/v1/innsendinger on SQLite against a bare Fastify route that only parses the
 * same body and answers 201, in one run: `npm run build && npx tsx bench/server.bench.ts`. Goal: at
 * least 50 % of the bare route's requests per second, with p99 under 50 ms.
 *
 * The server measured is the production entry (`dist/server/main.js`, what `npx boso-server` runs,
 * with its default logging and its receiver thread) in a child process; the bare route runs in another
 * child, so autocannon shares the event loop with neither. Every request stores a new version of the
 * same realistic report. Beside throughput it prints the CPU time each server process spent per request
 * (all its threads, from /proc), which tells what the machine's cores allow.
 */
import { execFileSync, fork, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { fullReport } from '../test/fixtures/full-report';

const CONNECTIONS = 50;
const DURATION_S = 10;
const WARMUP_S = 2;
/**
 * The machine is a shared virtual machine whose neighbours move the bare route by ±25 % from minute to
 * minute: the two are measured in turns, and the median round is the figure.
 */
const ROUNDS = 3;
const SERVER_ENTRY = join(__dirname, '..', 'dist', 'server', 'main.js');

async function serveBare(): Promise<void> {
  const bare = Fastify({ logger: false, bodyLimit: 2 * 1024 * 1024 });
  bare.post('/bare', async (_request, reply) => reply.code(201).send({ ok: true }));
  process.send?.(`${await bare.listen({ host: '127.0.0.1', port: 0 })}/bare`);
  process.once('disconnect', () => void bare.close());
}

async function startServer(dir: string): Promise<{ url: string; token: string; pid: number | undefined; stop: () => void }> {
  const env = { ...process.env, HOST: '127.0.0.1', PORT: '0', BOSO_DB: join(dir, 'boso.db') };
  const created = execFileSync(process.execPath, [SERVER_ENTRY, 'token', 'create', '--kommune', '0502', '--json'], { env });
  const { token } = JSON.parse(created.toString()) as { token: string };
  const child = spawn(process.execPath, [SERVER_ENTRY], { env, stdio: ['ignore', 'pipe', 'ignore'] });
  const [line] = (await once(createInterface({ input: child.stdout }), 'line')) as [string];
  const address = /https?:\/\/[^\s]+/.exec(line)?.[0];
  if (address === undefined) throw new Error(`boso-server skrev ikke adressen: ${line}`);
  return { url: `${address}/api/v1/innsendinger`, token, pid: child.pid, stop: () => child.kill('SIGTERM') };
}

/** CPU seconds used (user + system) as /proc/…/stat counts them (Linux). */
function cpuOfStat(file: string): number {
  const fields = readFileSync(file, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** CPU seconds of a process: all threads, and its main thread (the event loop) alone. */
function cpuSeconds(pid: number | undefined): { all: number; main: number } {
  return { all: cpuOfStat(`/proc/${pid}/stat`), main: cpuOfStat(`/proc/${pid}/task/${pid}/stat`) };
}

interface Measured {
  readonly rps: number;
  readonly cpuMsPerRequest: number;
  /** Of that, the event loop's thread; the rest is the receiver thread, V8's GC helpers and libuv. */
  readonly mainCpuMsPerRequest: number;
  /** autocannon's own CPU: it shares the machine's cores with the server. */
  readonly loadCpuMsPerRequest: number;
  readonly p99: number;
  readonly non2xx: number;
  readonly errors: number;
}

async function measure(url: string, token: string, duration: number, pid: number | undefined): Promise<Measured> {
  const cpuBefore = cpuSeconds(pid);
  const loadBefore = process.cpuUsage();
  const result = await autocannon({
    url,
    method: 'POST',
    connections: CONNECTIONS,
    duration,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(fullReport()),
  });
  const cpuAfter = cpuSeconds(pid);
  const perRequest = (seconds: number): number => (seconds * 1000) / result.requests.total;
  const load = process.cpuUsage(loadBefore);
  const loadCpuMsPerRequest = (load.user + load.system) / 1000 / result.requests.total;
  return {
    rps: result.requests.average,
    cpuMsPerRequest: perRequest(cpuAfter.all - cpuBefore.all),
    mainCpuMsPerRequest: perRequest(cpuAfter.main - cpuBefore.main),
    loadCpuMsPerRequest,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

const row = (name: string, m: Measured): string =>
  `${name.padEnd(30)}${m.rps.toFixed(0).padStart(7)} req/s   p99 ${m.p99} ms   CPU ms/request: server ${m.cpuMsPerRequest.toFixed(3)} (event loop ${m.mainCpuMsPerRequest.toFixed(3)}), autocannon ${m.loadCpuMsPerRequest.toFixed(3)}   (non-2xx ${m.non2xx}, errors ${m.errors})`;

const percent = (ratio: number): string => `${(ratio * 100).toFixed(1)} %`;

/**
 * What the goal leaves for the server: at half the bare route's rate, the machine's cores less what
 * autocannon needs, shared by the submissions of one second.
 */
function budgetLine(bare: Measured, ours: Measured): string {
  const cores = availableParallelism();
  const goalRps = bare.rps / 2;
  const budgetMs = (cores * 1000) / goalRps - ours.loadCpuMsPerRequest;
  return `CPU per submission that 50 % leaves on ${cores} cores: ${budgetMs.toFixed(3)} ms (at ${goalRps.toFixed(0)} req/s); spent: ${ours.cpuMsPerRequest.toFixed(3)} ms`;
}

async function main(): Promise<void> {
  if (!existsSync(SERVER_ENTRY)) {
    console.error('Bygg først: npm run build (benchmarken måler dist/server/main.js).');
    process.exitCode = 1;
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'boso-bench-'));
  const bareChild = fork(__filename, ['--serve-bare'], { execArgv: ['--import', 'tsx'] });
  const server = await startServer(dir);
  try {
    const [bareUrl] = (await once(bareChild, 'message')) as [string];
    await measure(bareUrl, server.token, WARMUP_S, bareChild.pid);
    await measure(server.url, server.token, WARMUP_S, server.pid);
    const bytes = Buffer.byteLength(JSON.stringify(fullReport()));
    console.log(`Body: fullReport(), ${bytes} bytes JSON; ${CONNECTIONS} connections, ${DURATION_S} s each, loopback; ${ROUNDS} rounds`);
    console.log(`boso-server: dist/server/main.js, SQLite (WAL, synchronous=FULL), default logging`);
    const rounds: { bare: Measured; ours: Measured; ratio: number }[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const bare = await measure(bareUrl, server.token, DURATION_S, bareChild.pid);
      const ours = await measure(server.url, server.token, DURATION_S, server.pid);
      const ratio = ours.rps / bare.rps;
      rounds.push({ bare, ours, ratio });
      console.log(`round ${round}`);
      console.log(row('  bare Fastify route', bare));
      console.log(row('  POST /api/v1/innsendinger', ours));
      console.log(`  ratio ${percent(ratio)}`);
    }
    const median = [...rounds].sort((a, b) => a.ratio - b.ratio)[Math.floor(ROUNDS / 2)];
    if (median === undefined) return;
    const met = median.ratio >= 0.5 && median.ours.p99 < 50;
    console.log(`median round: ratio ${percent(median.ratio)} of the bare route, p99 ${median.ours.p99} ms — goal ≥ 50 % with p99 < 50 ms: ${met ? 'met' : 'NOT met'}`);
    console.log(budgetLine(median.bare, median.ours));
  } finally {
    bareChild.disconnect();
    server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv.includes('--serve-bare')) void serveBare();
else void main();
