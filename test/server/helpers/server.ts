import type { AddressInfo } from 'node:net';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { PayloadV1 } from '../../../src/report/payload';
import { buildApp, type Timeouts } from '../../../src/server/app';
import type { OverviewPage } from '../../../src/server/overview-page';
import { reportKeyOf } from '../../../src/report/report-key';
import type { ReportKey, Store, Submission, SubmissionDraft } from '../../../src/server/storage/store';
import { createToken, sha256Hex } from '../../../src/server/tokens';
import { fullReport } from '../../fixtures/full-report';
import { sqliteFactory, type StoreFactory, type TestDatabase } from './stores';

/** A day inside the 2013 reporting window: after 31.12.2013 and before the deadline 28.02.2014. */
const FEBRUARY_2014 = new Date('2014-02-20T10:00:00Z');

export interface TestServer {
  readonly app: FastifyInstance;
  readonly store: Store;
  /** The database under the store, for tests that look at the stored rows directly. */
  readonly db: TestDatabase;
  readonly admin: string;
  /** A token of municipality 0502 (Gjøvik in 2013). */
  readonly gjovik: string;
  setNow(now: Date): void;
  token(kommunenummer: string | null): Promise<string>;
  close(): Promise<void>;
}

export interface TestServerOptions {
  readonly allowedOrigins?: readonly string[];
  /** SQLite unless a test runs against each store. */
  readonly database?: StoreFactory;
  readonly timeouts?: Timeouts;
  /** Husbanken's overview page as built, for browser tests. */
  readonly page?: OverviewPage;
}

const grantToken = async (store: Store, kommunenummer: string | null): Promise<string> =>
  (await createToken(store, kommunenummer, null, new Date())).token;

/** The app on a fresh database, not listening (tests use `app.inject`, or `listen` on port 0). */
export async function testServer(options: TestServerOptions = {}): Promise<TestServer> {
  const db = await (options.database ?? sqliteFactory).create();
  const store = db.open();
  await store.migrate();
  let now = FEBRUARY_2014;
  const app = buildApp({
    store,
    config: { allowedOrigins: options.allowedOrigins ?? [], logLevel: 'silent' },
    now: () => now,
    ...(options.timeouts === undefined ? {} : { timeouts: options.timeouts }),
    ...(options.page === undefined ? {} : { page: options.page }),
  });
  await app.ready();
  return {
    app,
    store,
    db,
    admin: await grantToken(store, null),
    gjovik: await grantToken(store, '0502'),
    setNow: (d) => {
      now = d;
    },
    token: (kommunenummer) => grantToken(store, kommunenummer),
    async close() {
      await app.close();
      await store.close();
      await db.drop();
    },
  };
}

export const bearer = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });

/** POST /api/v1/innsendinger with `body` exactly as given, as `contentType` (no Content-Type when undefined). */
export function postBody(
  server: TestServer,
  token: string,
  body: string | Buffer,
  contentType: string | undefined,
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  return server.app.inject({
    method: 'POST',
    url: '/api/v1/innsendinger',
    headers: { ...bearer(token), ...(contentType === undefined ? {} : { 'content-type': contentType }), ...headers },
    payload: body,
  });
}

export const postJson = (server: TestServer, token: string, payload: unknown, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> =>
  postBody(server, token, JSON.stringify(payload), 'application/json', headers);

/** fullReport() for another year: dated in February after it, its own year's row in 5.2. */
export function reportForYear(report: PayloadV1, year: number): PayloadV1 {
  return { ...report, values: { ...report.values, rapporteringsar: year, rapporteringsdato: `19.02.${year + 1}` } };
}

/** A JSON submission of `payload` as the store receives it. */
export function draftOf(
  payload: PayloadV1,
  key: ReportKey,
  options: { readonly tokenId: string; readonly mottatt?: Date; readonly idempotencyKey?: string | null },
): SubmissionDraft {
  const body = Buffer.from(JSON.stringify(payload));
  return {
    key,
    template: payload.template,
    payload,
    body,
    payloadIsBody: true,
    contentType: 'application/json',
    sha256: sha256Hex(body),
    tokenId: options.tokenId,
    idempotencyKey: options.idempotencyKey ?? null,
    mottatt: options.mottatt ?? FEBRUARY_2014,
  };
}

/**
 * Stores a report as accepted without judging it, as reports were kept before a rule that now refuses
 * them (e.g. a bydel before GEN-10), or to give a case its history.
 */
export async function seed(store: Store, payload: PayloadV1, options: { readonly key?: ReportKey; readonly mottatt?: Date } = {}): Promise<Submission> {
  const key = options.key ?? reportKeyOf(payload);
  const [token] = await store.listTokens();
  if (!key || !token) throw new Error('seed trenger en rapport med kommunenummer og år, og et token');
  const outcome = await store.submit(draftOf(payload, key, { tokenId: token.id, ...(options.mottatt ? { mottatt: options.mottatt } : {}) }), () => ({
    accepted: true,
    findings: [],
  }));
  if (outcome.kind !== 'lagret') throw new Error(`seed: ${outcome.kind}`);
  return outcome.submission;
}

/** fullReport() as one of Oslo's districts would send it, with the district written as given. */
export function osloReport(bydel: string, report: PayloadV1 = fullReport()): PayloadV1 {
  return { ...report, values: { ...report.values, kommunenummer: '0301', kommunenavn: 'Oslo', bydel } };
}

/** The app's base URL on loopback, listening on a free port from the first call on. */
export async function listen(server: TestServer): Promise<string> {
  if (!server.app.server.listening) await server.app.listen({ host: '127.0.0.1', port: 0 });
  return `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
}
