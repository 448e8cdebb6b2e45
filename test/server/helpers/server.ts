import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { PayloadV1 } from '../../../src/report/payload';
import { buildApp } from '../../../src/server/app';
import { openSqliteStore } from '../../../src/server/storage/sqlite-store';
import type { Store } from '../../../src/server/storage/store';
import { createToken } from '../../../src/server/tokens';
import { tempDir } from './temp-dir';

/** A day inside the 2013 reporting window: after 31.12.2013 and before the deadline 28.02.2014. */
const FEBRUARY_2014 = new Date('2014-02-20T10:00:00Z');

export interface TestServer {
  readonly app: FastifyInstance;
  readonly store: Store;
  /** The file the store keeps, for tests that look at it directly. */
  readonly file: string;
  readonly admin: string;
  /** A token of municipality 0502 (Gjøvik in 2013). */
  readonly gjovik: string;
  setNow(now: Date): void;
  token(kommunenummer: string | null): Promise<string>;
  close(): Promise<void>;
}

const grantToken = async (store: Store, kommunenummer: string | null): Promise<string> =>
  (await createToken(store, kommunenummer, null, new Date())).token;

/** The app on a fresh SQLite file, not listening (tests use `app.inject`, or `listen` on port 0). */
export async function testServer(options: { readonly allowedOrigins?: readonly string[] } = {}): Promise<TestServer> {
  const dir = tempDir();
  const file = join(dir.path, 'boso.db');
  const store = openSqliteStore(file);
  await store.migrate();
  let now = FEBRUARY_2014;
  const app = buildApp({ store, config: { allowedOrigins: options.allowedOrigins ?? [], logLevel: 'silent' }, now: () => now });
  await app.ready();
  return {
    app,
    store,
    file,
    admin: await grantToken(store, null),
    gjovik: await grantToken(store, '0502'),
    setNow: (d) => {
      now = d;
    },
    token: (kommunenummer) => grantToken(store, kommunenummer),
    async close() {
      await app.close();
      await store.close();
      dir.remove();
    },
  };
}

export const bearer = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });

export function postJson(server: TestServer, token: string, payload: unknown, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
  return server.app.inject({
    method: 'POST',
    url: '/api/v1/innsendinger',
    headers: { ...bearer(token), 'content-type': 'application/json', ...headers },
    payload: JSON.stringify(payload),
  });
}

/** fullReport() for another year: dated in February after it, its own year's row in 5.2. */
export function reportForYear(report: PayloadV1, year: number): PayloadV1 {
  return { ...report, values: { ...report.values, rapporteringsar: year, rapporteringsdato: `19.02.${year + 1}` } };
}
