/**
 * The collection endpoint, as the add-in calls it: bearer token, no cookies, replies parsed with the
 * server's own schemas (src/api). Results, never throws: an endpoint that cannot be reached or answers 5xx
 * is `utilgjengelig` (try again later), any other refusal is `avvist` with the server's Norwegian reason.
 */
import type { z } from 'zod';
import { accessSchema, type Access } from '../api/access';
import { problemSchema } from '../api/problem';
import { submissionReplySchema, receiptSchema, type Receipt } from '../api/receipt';
import type { Finding } from '../report/findings';
import type { PayloadV1 } from '../report/payload';
import type { ReportKey } from '../report/report-key';
import type { SubmissionBody } from './body';

/** `fetch` as the browser has it; injected, so tests and the demo pass their own. */
export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

export interface Connection {
  /** The endpoint's base URL, e.g. `https://boso.husbanken.no`. */
  readonly endpoint: string;
  readonly token: string;
}

export type Unreachable = {
  readonly kind: 'utilgjengelig';
  /** The HTTP status of a 5xx; absent when nothing answered. */
  readonly status?: number;
  /** The server's `Retry-After`, in seconds. */
  readonly retryAfterSeconds?: number;
};

export type Refused = {
  readonly kind: 'avvist';
  readonly status: number;
  /** The server's reason, in Norwegian; absent when the reply was not the server's (a proxy, a wrong URL). */
  readonly detail?: string;
  /** With a 422 for feil: every finding the server made. */
  readonly findings: readonly Finding[];
};

export type Reply<T> = { readonly kind: 'svar'; readonly value: T; readonly replayed: boolean } | Refused | Unreachable;

const retryAfter = (response: Response): { retryAfterSeconds?: number } => {
  const seconds = Number(response.headers.get('Retry-After'));
  return Number.isFinite(seconds) && seconds > 0 ? { retryAfterSeconds: seconds } : {};
};

async function call<T>(fetch: Fetch, connection: Connection, path: string, init: RequestInit, schema: z.ZodType<T>): Promise<Reply<T>> {
  let response: Response;
  try {
    response = await fetch(`${connection.endpoint.replace(/\/+$/, '')}${path}`, {
      ...init,
      // A bearer token, never cookies: third-party cookies are blocked in Office's webviews anyway.
      credentials: 'omit',
      headers: { ...init.headers, Authorization: `Bearer ${connection.token}` },
    });
  } catch {
    // Offline, a wrong host, or CORS refused: the browser tells these apart to nobody.
    return { kind: 'utilgjengelig' };
  }
  const json: unknown = await response.json().catch(() => undefined);
  if (response.status >= 500) return { kind: 'utilgjengelig', status: response.status, ...retryAfter(response) };
  if (response.ok) {
    const value = schema.safeParse(json);
    if (value.success) return { kind: 'svar', value: value.data, replayed: response.headers.get('Idempotent-Replayed') === 'true' };
  }
  const problem = problemSchema.safeParse(json);
  return {
    kind: 'avvist',
    status: response.status,
    ...(problem.success ? { detail: problem.data.detail } : {}),
    findings: problem.success ? (problem.data.findings ?? []) : [],
  };
}

export function submit(fetch: Fetch, connection: Connection, body: SubmissionBody, idempotencyKey: string): Promise<Reply<Receipt>> {
  return call(
    fetch,
    connection,
    '/api/v1/innsendinger',
    { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey }, body: body.text },
    receiptSchema,
  );
}

export const access = (fetch: Fetch, connection: Connection): Promise<Reply<Access>> =>
  call(fetch, connection, '/api/v1/tilgang', { method: 'GET' }, accessSchema);

/** The previous year's accepted report of the same municipality (and bydel): `GET …/forrige`. */
export async function previousReport(fetch: Fetch, connection: Connection, key: ReportKey): Promise<Reply<PayloadV1>> {
  const query = new URLSearchParams({ ar: String(key.ar), ...(key.bydel === '' ? {} : { bydel: key.bydel }) });
  const reply = await call(fetch, connection, `/api/v1/kommuner/${encodeURIComponent(key.kommunenummer)}/forrige?${query}`, { method: 'GET' }, submissionReplySchema);
  return reply.kind === 'svar' ? { ...reply, value: reply.value.payload } : reply;
}
