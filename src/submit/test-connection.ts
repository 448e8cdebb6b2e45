/** «Test tilkobling»: whether the endpoint answers, the token is valid, and it is for the report's municipality. */
import { access, type Connection, type Fetch } from './client';

export type ConnectionCheck =
  | { readonly kind: 'ok'; readonly kommunenummer?: string }
  | { readonly kind: 'utilgjengelig'; readonly status?: number }
  /** 401: unknown, mistyped or revoked. */
  | { readonly kind: 'ugyldigToken'; readonly detail?: string }
  | { readonly kind: 'annenKommune'; readonly tokenFor: string; readonly report: string }
  | { readonly kind: 'avvist'; readonly status: number; readonly detail?: string };

/** `reportKommune`: the municipality number the workbook's report gives, when it gives one. */
export async function testConnection(fetch: Fetch, connection: Connection, reportKommune: string | undefined): Promise<ConnectionCheck> {
  const reply = await access(fetch, connection);
  if (reply.kind === 'utilgjengelig') return { kind: 'utilgjengelig', ...(reply.status === undefined ? {} : { status: reply.status }) };
  if (reply.kind === 'avvist') {
    const detail = reply.detail === undefined ? {} : { detail: reply.detail };
    return reply.status === 401 ? { kind: 'ugyldigToken', ...detail } : { kind: 'avvist', status: reply.status, ...detail };
  }
  if (reply.value.rolle === 'admin') return { kind: 'ok' };
  const { kommunenummer } = reply.value;
  if (reportKommune !== undefined && reportKommune !== kommunenummer) return { kind: 'annenKommune', tokenFor: kommunenummer, report: reportKommune };
  return { kind: 'ok', kommunenummer };
}
