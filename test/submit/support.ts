/** A real collection server on loopback (SQLite in a temporary file) and the add-in's submission over the simulated Excel. */
import { createServer } from 'node:net';
import { randomUUID } from 'node:crypto';
import type { SimulatedExcel } from '../../src/excel/simulated';
import type { WorkbookApi } from '../../src/excel/api';
import { saveConnection } from '../../src/submit/connection';
import type { Fetch } from '../../src/submit/client';
import type { SubmitDeps } from '../../src/submit/send';
import { addinStorage, memoryStorage } from '../../src/submit/storage';

/** A day inside the 2013 reporting window, as the server's clock in test/server/helpers/server.ts. */
export const CLIENT_NOW = new Date('2014-02-20T11:00:00Z');

/** A port nothing listens on yet: a server that is down. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Node's fetch, counting the requests made. */
export function countingFetch(): Fetch & { readonly calls: string[] } {
  const calls: string[] = [];
  const counted = async (url: string, init: RequestInit): Promise<Response> => {
    calls.push(`${init.method ?? 'GET'} ${new URL(url).pathname}`);
    return fetch(url, init);
  };
  return Object.assign(counted, { calls });
}

export interface Submitter {
  readonly deps: SubmitDeps & { readonly fetch: ReturnType<typeof countingFetch> };
  readonly entries: Map<string, string>;
  /** The clock, moved on by tests to make a kept submission due. */
  advance(ms: number): void;
}

export function submitter(api: WorkbookApi, connection: { endpoint: string; token: string }, options: { readonly newKey?: () => string } = {}): Submitter {
  const kv = memoryStorage();
  const storage = addinStorage(kv, 'partisjon-');
  saveConnection(storage, connection);
  let now = CLIENT_NOW.getTime();
  return {
    deps: { api, fetch: countingFetch(), storage, clock: () => new Date(now), newKey: options.newKey ?? randomUUID },
    entries: kv.entries,
    advance: (ms) => {
      now += ms;
    },
  };
}

/** Everything the workbook holds that travels with the file: settings, names, every cell, as text. */
export function workbookText(excel: SimulatedExcel): string {
  const maps = (_: string, value: unknown): unknown => (value instanceof Map ? [...value.entries()] : value);
  return JSON.stringify({ settings: [...excel.settings.entries()], workbook: excel.snapshot() }, maps);
}
