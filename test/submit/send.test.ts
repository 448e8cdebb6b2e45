/**
 * Sending in from the workbook, end to end: the simulated Excel, the add-in's submission code, and the real
 * collection server listening on loopback with SQLite in a temporary file, called with Node's fetch.
 */
import type { FastifyInstance } from 'fastify';
import { kontroller } from '../../src/commands/kontroller';
import { dateTimeText, localDateTime } from '../../src/excel/status-line';
import { SETTING_KEYS } from '../../src/excel/settings';
import { cellView } from '../../src/excel/simulated';
import { STATUS_NAME } from '../../src/report/layout/names';
import { outbox } from '../../src/submit/outbox';
import { attempt, prepare, retryDue, send, type SendOutcome, type SubmitDeps } from '../../src/submit/send';
import { testConnection } from '../../src/submit/test-connection';
import { fullReport } from '../fixtures/full-report';
import { ok, withTemplate } from '../excel/support/workbook';
import { listen, testServer, type TestServer } from '../server/helpers/server';
import { fieldCell, fillWorkbook } from '../support/simulated-report';
import { CLIENT_NOW, freePort, submitter, workbookText } from './support';

let server: TestServer;
let endpoint: string;
beforeEach(async () => {
  server = await testServer();
  endpoint = await listen(server);
});
afterEach(async () => {
  await server.close();
});

async function ready(deps: SubmitDeps) {
  const readiness = ok(await prepare(deps.api, deps.clock()));
  if (readiness.kind !== 'klar') throw new Error(`Ikke klar: ${readiness.kind}`);
  return readiness;
}

function received(outcome: SendOutcome | undefined) {
  if (outcome?.kind !== 'mottatt') throw new Error(`Ikke mottatt: ${JSON.stringify(outcome)}`);
  return outcome;
}

const versions = async (): Promise<number[]> => (await server.store.submissions({ kommunenummer: '0502', ar: 2013 })).map((s) => s.versjon).sort();

function statusLineOf(excel: Awaited<ReturnType<typeof withTemplate>>['excel']): unknown {
  const target = excel.model.names.find((n) => n.name === STATUS_NAME)?.target;
  if (target === undefined || 'error' in target) throw new Error('Ingen statuslinje');
  return cellView(excel, '0 Generelt', `A${target.rect.top}`).value;
}

describe('Send inn against the real server on loopback', () => {
  it('refuses while feil remain, sends when fixed, keeps the receipt in the workbook, sees a change, and sends version 2', async () => {
    const { excel, api } = await withTemplate();
    const { deps } = submitter(api, { endpoint, token: server.gjovik });

    fillWorkbook(excel, { ...fullReport(), values: { ...fullReport().values, c1_fastrente: 12, c1_fullfinansierte: 10 } });
    const refused = ok(await prepare(api, CLIENT_NOW));
    expect(refused.kind === 'harFeil' && refused.errors.map((f) => f.rule)).toEqual(['C1-01']);

    fillWorkbook(excel, fullReport());
    const first = received(await send(deps, await ready(deps)));
    expect(first.receipt.versjon).toBe(1);
    expect(deps.fetch.calls).toEqual(['POST /api/v1/innsendinger']);
    const sentAt = dateTimeText(localDateTime(new Date(first.receipt.mottatt)));
    expect(statusLineOf(excel)).toBe(`Sendt inn ${sentAt}, versjon 1`);
    // The workbook remembers the receipt, with the hash the server computed of the bytes it got.
    const remembered = JSON.parse(excel.settings.get(SETTING_KEYS.submission) ?? '{}');
    expect(remembered).toMatchObject({ version: 1, id: first.receipt.id, sha256: first.receipt.sha256 });
    expect((await ready(deps)).body.sha256).toBe(first.receipt.sha256);
    // Writing the receipt was one step of the user's undo history.
    const line = statusLineOf(excel);
    expect(excel.undo()).toBe(true);
    expect(statusLineOf(excel)).not.toBe(line);

    // A cell changed: the report no longer is what was sent, and Kontroller's line says so.
    const { sheet, address } = fieldCell(excel, 'c1_bostotte');
    excel.user.put(sheet, address, 420);
    expect((await ready(deps)).body.sha256).not.toBe(first.receipt.sha256);
    const checked = await kontroller(api, CLIENT_NOW);
    expect(checked.message).toMatch(/\. Endret etter innsending av versjon 1$/);
    expect(statusLineOf(excel)).toBe(checked.message);

    const second = received(await send(deps, await ready(deps)));
    expect(second.receipt.versjon).toBe(2);
    expect(second.receipt.findings.map((f) => f.rule)).toContain('HIS-02');
    expect(statusLineOf(excel)).toBe(`Sendt inn ${dateTimeText(localDateTime(new Date(second.receipt.mottatt)))}, versjon 2`);
    expect((await kontroller(api, CLIENT_NOW)).message).toMatch(/\. Som sendt inn, versjon 2$/);
    expect(await versions()).toEqual([1, 2]);
  });

  it('keeps the token out of the workbook: no setting, name or cell holds it (the add-in writes no custom XML part)', async () => {
    const { excel, api } = await withTemplate();
    const { deps, entries } = submitter(api, { endpoint, token: server.gjovik });
    fillWorkbook(excel, fullReport());
    received(await send(deps, await ready(deps)));
    await kontroller(api, CLIENT_NOW);
    expect(workbookText(excel)).not.toContain(server.gjovik);
    expect(workbookText(excel)).not.toContain(server.gjovik.slice(-12));
    // It is in the add-in's own storage, under Office's partition key.
    expect([...entries.keys()]).toEqual(['partisjon-BOSO.tilkobling']);
  });

  it('keeps a submission while the server is down, and sends it once it is up: exactly one version', async () => {
    const { excel, api } = await withTemplate();
    const port = await freePort();
    const { deps, advance, entries } = submitter(api, { endpoint: `http://127.0.0.1:${port}`, token: server.gjovik });
    fillWorkbook(excel, fullReport());
    const { key } = await ready(deps);

    const waiting = await send(deps, await ready(deps));
    expect(waiting.kind).toBe('venter');
    expect(outbox(deps.storage).all()).toHaveLength(1);
    // Not due yet: nothing is sent.
    expect(await retryDue(deps, key)).toBeUndefined();
    advance(5_000);
    expect((await retryDue(deps, key))?.kind).toBe('venter');
    expect(outbox(deps.storage).of(key)?.failedAttempts).toBe(2);
    // The kept submission is in the add-in's storage (it survives a closed pane), without the token.
    expect(entries.get('partisjon-BOSO.utboks')).not.toContain(server.gjovik);

    await server.app.close();
    const upAgain = await testServerOnPort(server, port);
    try {
      advance(15_000);
      const sent = received(await retryDue(deps, key));
      expect(sent.receipt.versjon).toBe(1);
      expect(outbox(deps.storage).all()).toEqual([]);
      expect(await versions()).toEqual([1]);
    } finally {
      // Its own app: the server's `close` (after each test) closes the first one and the store.
      await upAgain.close();
    }
  });

  it('sends a submission whose answer was lost only once: the retry gets the same receipt', async () => {
    const { excel, api } = await withTemplate();
    const { deps } = submitter(api, { endpoint, token: server.gjovik });
    fillWorkbook(excel, fullReport());
    // The server stores it, and the answer never reaches the add-in.
    const lost: SubmitDeps = { ...deps, fetch: async (url, init) => (await deps.fetch(url, init), Promise.reject(new TypeError('Failed to fetch'))) };
    expect((await send(lost, await ready(deps))).kind).toBe('venter');
    const [pending] = outbox(deps.storage).all();
    if (pending === undefined) throw new Error('Ikke tatt vare på');
    const retried = received(await attempt(deps, pending));
    expect(retried.replayed).toBe(true);
    expect(await versions()).toEqual([1]);
  });

  it('shows a 422 with the server\'s reason and does not retry it', async () => {
    const { excel, api } = await withTemplate();
    // The same key for another report: the server refuses it (idempotens-konflikt).
    const { deps, advance } = submitter(api, { endpoint, token: server.gjovik }, { newKey: () => 'samme-nokkel' });
    fillWorkbook(excel, fullReport());
    received(await send(deps, await ready(deps)));
    const { sheet, address } = fieldCell(excel, 'c1_bostotte');
    excel.user.put(sheet, address, 420);
    const readiness = await ready(deps);
    const refused = await send(deps, readiness);
    expect(refused.kind === 'avvist' && refused.refused).toMatchObject({ status: 422, detail: expect.stringMatching(/Idempotency-Key/) });
    expect(outbox(deps.storage).all()).toEqual([]);
    advance(3_600_000);
    expect(await retryDue(deps, readiness.key)).toBeUndefined();
    expect(deps.fetch.calls).toHaveLength(2);
    // What the user typed is still there.
    expect(cellView(excel, sheet, address).value).toBe(420);
  });

  it('refuses a token for another municipality with a clear message, before sending and when sending', async () => {
    const { excel, api } = await withTemplate();
    const oslo = await server.token('0301');
    const { deps } = submitter(api, { endpoint, token: oslo });
    fillWorkbook(excel, fullReport());
    expect(await testConnection(deps.fetch, { endpoint, token: oslo }, '0502')).toEqual({ kind: 'annenKommune', tokenFor: '0301', report: '0502' });
    const refused = await send(deps, await ready(deps));
    expect(refused.kind === 'avvist' && refused.refused).toMatchObject({ status: 403, detail: 'Tokenet gjelder kommune 0301, ikke 0502. Bruk tokenet til kommunen rapporten gjelder.' });
    expect(await versions()).toEqual([]);
  });

  it('says a revoked token is not valid, and an endpoint that is down is unreachable', async () => {
    const token = await server.token('0502');
    const record = (await server.store.listTokens()).filter((t) => t.kommunenummer === '0502').at(-1);
    await server.store.revokeToken(record?.id ?? '', new Date());
    const { deps } = submitter((await withTemplate()).api, { endpoint, token });
    expect(await testConnection(deps.fetch, { endpoint, token }, '0502')).toMatchObject({ kind: 'ugyldigToken', detail: expect.stringMatching(/trukket tilbake/) });
    expect(await testConnection(deps.fetch, { endpoint, token: server.gjovik }, '0502')).toEqual({ kind: 'ok', kommunenummer: '0502' });
    expect(await testConnection(deps.fetch, { endpoint: `http://127.0.0.1:${await freePort()}`, token }, '0502')).toEqual({ kind: 'utilgjengelig' });
  });
});

/** The same store served again on `port`, as a server that comes back up. */
async function testServerOnPort(previous: TestServer, port: number): Promise<FastifyInstance> {
  const { buildApp } = await import('../../src/server/app');
  const app = buildApp({ store: previous.store, config: { allowedOrigins: [], logLevel: 'silent' }, now: () => new Date('2014-02-20T10:00:00Z') });
  await app.listen({ host: '127.0.0.1', port });
  return app;
}
