import { join } from 'node:path';
import Database from 'better-sqlite3';
import { receiptSchema, submissionReplySchema, type Receipt } from '../../src/server/receipt';
import { sha256Hex } from '../../src/server/tokens';
import { fullReport } from '../fixtures/full-report';
import { runServerCli, startServer } from './helpers/server-process';
import { tempDir } from './helpers/temp-dir';

jest.setTimeout(120_000);

const ACKNOWLEDGED_BEFORE_KILL = 60;
const CONCURRENCY = 16;

describe('crash safety on SQLite', () => {
  const dir = tempDir();
  const env = { BOSO_DB: join(dir.path, 'boso.db') };
  afterAll(() => dir.remove());

  it('keeps every submission that got a 201 when the server is killed with SIGKILL, and nothing half-written', async () => {
    const created = await runServerCli(['token', 'create', '--kommune', '0502', '--json'], env);
    expect(created.code).toBe(0);
    const { token } = JSON.parse(created.stdout) as { token: string };

    const first = await startServer(env);
    const acknowledged: Receipt[] = [];
    let killed = false;
    const submitUntilKilled = async (worker: number): Promise<void> => {
      for (let i = 0; !killed; i++) {
        const report = fullReport();
        // Different bodies, so each receipt's SHA-256 names one request.
        const body = JSON.stringify({ ...report, values: { ...report.values, programleder: `Leder ${worker}-${i}` } });
        let reply: { status: number; text: string };
        try {
          const res = await fetch(`${first.url}/api/v1/innsendinger`, {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            body,
          });
          reply = { status: res.status, text: await res.text() };
        } catch (error) {
          // Only the transport may fail: requests in flight when the process dies were never acknowledged.
          if (killed) continue;
          throw error;
        }
        // A reply that arrived is held to the same checks before and after the kill.
        if (reply.status !== 201) throw new Error(`Uventet svar ${reply.status}: ${reply.text}`);
        const receipt = receiptSchema.parse(JSON.parse(reply.text));
        expect(receipt.sha256).toBe(sha256Hex(body));
        acknowledged.push(receipt);
        if (acknowledged.length >= ACKNOWLEDGED_BEFORE_KILL && !killed) {
          killed = true;
          first.child.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, (_, w) => submitUntilKilled(w)));
    expect(await first.exited).toBe('SIGKILL');

    const second = await startServer(env);
    try {
      for (const receipt of acknowledged) {
        const res = await fetch(`${second.url}/api/v1/innsendinger/${receipt.id}`, { headers: { authorization: `Bearer ${token}` } });
        expect(res.status).toBe(200);
        const stored = submissionReplySchema.parse(await res.json());
        expect(stored.sha256).toBe(receipt.sha256);
        expect(stored.versjon).toBe(receipt.versjon);
      }
    } finally {
      second.child.kill('SIGTERM');
    }
    expect(await second.exited).toBe(0);

    const db = new Database(env.BOSO_DB, { readonly: true });
    const rows = db.prepare('SELECT versjon, sha256, body, payload FROM innsendinger ORDER BY versjon').all() as {
      versjon: number;
      sha256: string;
      body: Buffer;
      payload: string | null;
    }[];
    db.close();
    expect(rows.length).toBeGreaterThanOrEqual(acknowledged.length);
    expect(rows.map((r) => r.versjon)).toEqual(rows.map((_, i) => i + 1));
    for (const row of rows) {
      expect(sha256Hex(row.body)).toBe(row.sha256);
      // A JSON submission's payload is its body, kept once.
      expect(row.payload).toBeNull();
      expect(JSON.parse(row.body.toString('utf8'))).toMatchObject({ values: { kommunenummer: '0502' } });
    }
  });
});
