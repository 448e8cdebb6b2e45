import { join } from 'node:path';
import { fullReport } from '../fixtures/full-report';
import { runServerCli, startServer } from './helpers/server-process';
import { tempDir } from './helpers/temp-dir';

jest.setTimeout(60_000);

function isJsonObject(line: string): boolean {
  try {
    return typeof JSON.parse(line) === 'object';
  } catch {
    return false;
  }
}

describe('the boso-server process', () => {
  const dir = tempDir();
  const env = { BOSO_DB: join(dir.path, 'data', 'boso.db'), BOSO_LOG_LEVEL: 'info' };
  afterAll(() => dir.remove());

  it('prints one line when it listens, logs request ids without contents or tokens, and stops on SIGTERM', async () => {
    const created = await runServerCli(['token', 'create', '--admin', '--json'], env);
    expect(created.code).toBe(0);
    const { token } = JSON.parse(created.stdout) as { token: string };

    const server = await startServer(env);
    const marker = 'Hemmelig-programleder-7f3a';
    const report = fullReport();
    const res = await fetch(`${server.url}/api/v1/innsendinger`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ ...report, values: { ...report.values, programleder: marker } }),
    });
    expect(res.status).toBe(201);
    const requestId = res.headers.get('x-request-id');
    // JSON.parse quotes the text near a syntax error in its message: that must not reach the log either.
    const broken = await fetch(`${server.url}/api/v1/innsendinger`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: `{"values": {"programleder": "${marker}" "kommunenummer": "0502"}}`,
    });
    expect(broken.status).toBe(400);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);

    const { stdout, stderr } = server.output();
    expect(stdout.trim().split('\n')).toEqual([expect.stringMatching(/^boso-server lytter på http:\/\/127\.0\.0\.1:\d+ \(SQLite .*boso\.db\)$/)]);
    const linesOfRequest = stderr.split('\n').filter((line) => line.includes(`"reqId":"${requestId}"`));
    expect(linesOfRequest).toEqual([expect.stringMatching(/"method":"POST".*"url":"\/api\/v1\/innsendinger".*"statusCode":201/)]);
    expect(stderr).not.toContain(marker);
    expect(stderr).not.toContain(token);
    // Every line is a log record a log collector can read: no plain-text warnings (a deprecated option).
    expect(stderr.split('\n').filter((line) => line !== '' && !isJsonObject(line))).toEqual([]);
  });

  it('refuses bad configuration with a Norwegian message and exit code 1', async () => {
    const result = await runServerCli([], { ...env, PORT: 'åtte' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/PORT: må være et tall/);
    expect(result.stdout).toBe('');
  });
});
