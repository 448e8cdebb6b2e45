/**
 * Husbanken's side with a full programme stored: 400 municipalities × 3 years × 2 versions (2 400
 * reports of 9 KB). `npm run build && npx tsx bench/oversikt.bench.ts`. Goals (issue 12): GET
 * /api/v1/oversikt p99 under 50 ms at 10 concurrent clients on SQLite, eksport.xlsx for a year under
 * 2 s, and at most 150 KB gzipped of the page's JavaScript before its first render (charts later).
 *
 * The server is the production entry (`dist/server/main.js`) in a child process, on a SQLite file
 * seeded through the store; the page is built with the project's webpack config.
 */
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { kommunerFor } from '../src/report/kommuner';
import type { PayloadV1 } from '../src/report/payload';
import { openSqliteStore } from '../src/server/storage/sqlite-store';
import { fullReport } from '../test/fixtures/full-report';
import { draftOf } from '../test/server/helpers/server';
import { buildWeb } from '../test/support/web-build';

const MUNICIPALITIES = 400;
const YEARS = [2012, 2013, 2014];
const VERSIONS = 2;
const CONNECTIONS = 10;
const DURATION_S = 10;
const EXPORTS = 5;
const SERVER_ENTRY = join(__dirname, '..', 'dist', 'server', 'main.js');

const WARNINGS = [
  { rule: 'GEN-09', severity: 'advarsel' as const, fields: ['telefon'], message: 'Telefon: «123» er ikke et norsk telefonnummer.' },
  { rule: 'HIS-02', severity: 'advarsel' as const, fields: ['kommunenummer', 'rapporteringsar'], message: 'Rapporten er allerede sendt inn.' },
];

async function seed(file: string): Promise<void> {
  const store = openSqliteStore(file);
  await store.migrate();
  const numbers = [...(kommunerFor(2013)?.keys() ?? [])].slice(0, MUNICIPALITIES);
  for (const [i, kommunenummer] of numbers.entries()) {
    await store.addToken({ id: `k${i}`, hash: `h${i}`, kind: 'kommune', kommunenummer, navn: null, opprettet: new Date() });
  }
  const pending: Promise<unknown>[] = [];
  for (const ar of YEARS) {
    for (const [i, kommunenummer] of numbers.entries()) {
      for (let v = 1; v <= VERSIONS; v++) {
        const report = fullReport();
        const payload: PayloadV1 = { ...report, values: { ...report.values, kommunenummer, rapporteringsar: ar, c1_fullfinansierte: 20 + v } };
        // Received through February and into March: some after the deadline.
        const mottatt = new Date(Date.UTC(ar + 1, 1, 1 + ((i + v * 7) % 40), 10));
        const draft = draftOf(payload, { kommunenummer, bydel: '', ar }, { tokenId: `k${i}`, mottatt });
        pending.push(store.submit(draft, () => ({ accepted: true, findings: v === 1 ? [] : WARNINGS })));
      }
    }
  }
  await Promise.all(pending);
  await store.close();
}

/** CPU seconds (user + system, all threads) of a process, from /proc (Linux). */
function cpuSeconds(pid: number | undefined): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function startServer(dir: string): Promise<{ base: string; token: string; pid: number | undefined; stop: () => void }> {
  const env = { ...process.env, HOST: '127.0.0.1', PORT: '0', BOSO_DB: join(dir, 'boso.db'), BOSO_LOG_LEVEL: 'warn' };
  const created = execFileSync(process.execPath, [SERVER_ENTRY, 'token', 'create', '--admin', '--json'], { env });
  const { token } = JSON.parse(created.toString()) as { token: string };
  const child = spawn(process.execPath, [SERVER_ENTRY], { env, stdio: ['ignore', 'pipe', 'ignore'] });
  const [line] = (await once(createInterface({ input: child.stdout }), 'line')) as [string];
  const base = /https?:\/\/[^\s]+/.exec(line)?.[0];
  if (base === undefined) throw new Error(`boso-server skrev ikke adressen: ${line}`);
  return { base, token, pid: child.pid, stop: () => child.kill('SIGTERM') };
}

async function timed(url: string, token: string): Promise<{ ms: number; bytes: number; status: number }> {
  const start = performance.now();
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  const bytes = (await response.arrayBuffer()).byteLength;
  return { ms: performance.now() - start, bytes, status: response.status };
}

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

async function serverFigures(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'boso-oversikt-bench-'));
  try {
    const seedStart = performance.now();
    await seed(join(dir, 'boso.db'));
    console.log(`Seeded ${MUNICIPALITIES} municipalities × ${YEARS.length} years × ${VERSIONS} versions = ${MUNICIPALITIES * YEARS.length * VERSIONS} reports in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);
    const server = await startServer(dir);
    try {
      const year = `${server.base}/api/v1/oversikt?ar=2013`;
      const first = await timed(year, server.token);
      console.log(`GET /api/v1/oversikt?ar=2013: ${first.status}, ${kb(first.bytes)}, first request ${first.ms.toFixed(1)} ms`);
      for (const [name, headers] of [
        ['as browsers ask (gzip)', { authorization: `Bearer ${server.token}`, 'accept-encoding': 'gzip, deflate, br' }],
        ['without compression', { authorization: `Bearer ${server.token}` }],
      ] as const) {
        await autocannon({ url: year, connections: CONNECTIONS, duration: 2, headers });
        const cpuBefore = cpuSeconds(server.pid);
        const ownBefore = process.cpuUsage();
        const load = await autocannon({ url: year, connections: CONNECTIONS, duration: DURATION_S, headers });
        const perRequest = (seconds: number): string => ((seconds * 1000) / load.requests.total).toFixed(3);
        const own = process.cpuUsage(ownBefore);
        const met = load.latency.p99 < 50 && load.non2xx === 0;
        console.log(
          `  ${name}, ${CONNECTIONS} concurrent clients, ${DURATION_S} s: ${load.requests.average.toFixed(0)} req/s, p50 ${load.latency.p50} ms, p99 ${load.latency.p99} ms ` +
            `(non-2xx ${load.non2xx}); CPU ms/request: server ${perRequest(cpuSeconds(server.pid) - cpuBefore)}, autocannon ${perRequest((own.user + own.system) / 1e6)} — goal p99 < 50 ms: ${met ? 'met' : 'NOT met'}`,
        );
      }

      for (const path of ['/api/v1/eksport.xlsx?ar=2013', '/api/v1/totaler?ar=2013', '/api/v1/eksport.csv?ar=2013']) {
        const runs = [];
        for (let i = 0; i < EXPORTS; i++) runs.push(await timed(`${server.base}${path}`, server.token));
        const ms = runs.map((r) => r.ms);
        const goal = path.includes('eksport.xlsx') ? ` — goal < 2 s: ${Math.max(...ms) < 2000 ? 'met' : 'NOT met'}` : '';
        console.log(`GET ${path}: ${runs[0]?.status}, ${kb(runs[0]?.bytes ?? 0)}, median ${median(ms).toFixed(0)} ms, slowest ${Math.max(...ms).toFixed(0)} ms of ${EXPORTS}${goal}`);
      }
      const list = (await (await fetch(`${server.base}/api/v1/innsendinger?ar=2013`, { headers: { authorization: `Bearer ${server.token}` } })).json()) as { innsendinger: { id: string }[] };
      const id = list.innsendinger[0]?.id ?? '';
      for (const path of [`/api/v1/innsendinger/${id}/visning`, `/api/v1/innsendinger/${id}/rapport.xlsx`]) {
        const runs = [];
        for (let i = 0; i < EXPORTS; i++) runs.push(await timed(`${server.base}${path}`, server.token));
        console.log(`GET ${path.replace(id, '{id}')}: ${runs[0]?.status}, ${kb(runs[0]?.bytes ?? 0)}, median ${median(runs.map((r) => r.ms)).toFixed(0)} ms`);
      }
    } finally {
      server.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function pageFigures(): Promise<void> {
  const build = await buildWeb();
  if (build.errors.length > 0) throw new Error(build.errors.join('\n'));
  const initial = build.initialFiles('oversikt');
  const isChart = (file: string): boolean => {
    const license = join(build.dir, 'web', `${file}.LICENSE.txt`);
    return existsSync(license) && readFileSync(license, 'utf8').includes('Chart.js');
  };
  const size = build.gzipped(initial);
  console.log(`Page JavaScript before first render: ${kb(size)} gzipped (${initial.join(', ')}) — goal ≤ 150 KB: ${size <= 150 * 1024 ? 'met' : 'NOT met'}`);
  console.log(`  Chart.js, loaded with the national view only: ${kb(build.gzipped(build.asyncFiles().filter(isChart)))} gzipped`);
}

async function main(): Promise<void> {
  if (!existsSync(SERVER_ENTRY)) {
    console.error('Bygg først: npm run build (benchmarken måler dist/server/main.js).');
    process.exitCode = 1;
    return;
  }
  await serverFigures();
  await pageFigures();
}

void main();
