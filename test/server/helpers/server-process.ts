import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const ROOT = join(__dirname, '..', '..', '..');
// node itself runs main.ts (through tsx's loader), so a signal reaches the server and not a wrapper.
const ENTRY = ['--import', 'tsx', join(ROOT, 'src', 'server', 'main.ts')];

export interface ServerProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Resolves with the exit code (or the signal) once the process has ended. */
  readonly exited: Promise<number | NodeJS.Signals>;
  /** Everything printed to stdout and stderr so far. */
  output(): { readonly stdout: string; readonly stderr: string };
}

// These tests are about the SQLite file: a DATABASE_URL of the developer's must not reach the child.
function environment(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, DATABASE_URL: '', HOST: '127.0.0.1', PORT: '0', BOSO_LOG_LEVEL: 'warn', ...extra };
}

/** `boso-server ARGS` to its end: what it printed and how it exited. */
export function runServerCli(args: readonly string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [...ENTRY, ...args], { cwd: ROOT, env: environment(env) }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** Starts the real server and waits for the one line it prints when it listens. */
export async function startServer(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, ENTRY, { cwd: ROOT, env: environment(env), stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = once(child, 'exit').then(([code, signal]) => (code ?? signal) as number | NodeJS.Signals);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const lines = createInterface({ input: child.stdout! });
  const [line] = (await Promise.race([once(lines, 'line'), exited.then(() => [undefined])])) as [string | undefined];
  const url = line === undefined ? undefined : /http:\/\/\S+/.exec(line)?.[0];
  if (url === undefined) throw new Error(`Serveren startet ikke: ${stderr}`);
  return { url, child, exited, output: () => ({ stdout, stderr }) };
}
