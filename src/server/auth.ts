/**
 * Bearer tokens. Every route needs one unless it is marked `config: { offentlig: true }` (health,
 * schema, template). A municipality token reaches only its own municipality's reports; an admin token
 * (Husbanken) reaches all and may export.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpProblem } from './problem';
import type { Store, TokenRecord } from './storage/store';
import { bearerToken, sha256Hex } from './tokens';

export type Caller =
  | { readonly kind: 'admin'; readonly tokenId: string }
  | { readonly kind: 'kommune'; readonly tokenId: string; readonly kommunenummer: string };

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Reachable without a token. */
    offentlig?: boolean;
  }
  interface FastifyRequest {
    caller: Caller | null;
  }
}

const CHALLENGE = 'Bearer realm="boso"';

export function registerAuth(app: FastifyInstance, store: Store): void {
  app.decorateRequest('caller', null);
  app.addHook('onRequest', async (request) => {
    if (request.routeOptions.config.offentlig) return;
    const token = bearerToken(request.headers.authorization);
    if (token === undefined) {
      throw new HttpProblem('mangler-token', 'Send tilgangstokenet i headeren «Authorization: Bearer <token>». Husbanken gir kommunen et token.', {}, { 'WWW-Authenticate': CHALLENGE });
    }
    const record = await store.tokenByHash(sha256Hex(token));
    if (record === undefined || record.tilbakekalt !== null) {
      throw new HttpProblem(
        'ugyldig-token',
        'Tilgangstokenet er ukjent eller trukket tilbake. Kontroller at hele tokenet er med, eller be Husbanken om et nytt.',
        {},
        { 'WWW-Authenticate': `${CHALLENGE}, error="invalid_token"` },
      );
    }
    request.caller = callerFor(record);
  });
}

function callerFor(record: TokenRecord): Caller {
  if (record.kind === 'admin') return { kind: 'admin', tokenId: record.id };
  // The tokens table's CHECK makes this impossible; never let it widen access.
  if (record.kommunenummer === null) throw new Error(`Kommunetoken ${record.id} har ikke kommunenummer.`);
  return { kind: 'kommune', tokenId: record.id, kommunenummer: record.kommunenummer };
}

/** The caller of a route that needs a token (the hook has run). */
export function callerOf(request: FastifyRequest): Caller {
  if (request.caller === null) throw new Error(`${request.url} har ingen innlogget bruker: mangler ruten i registerAuth?`);
  return request.caller;
}

/** Whether the caller may see and send the reports of this municipality. */
export const mayReach = (caller: Caller, kommunenummer: string): boolean => caller.kind === 'admin' || caller.kommunenummer === kommunenummer;

/** Refuses a municipality token that asks for another municipality's reports. */
export function requireReach(caller: Caller, kommunenummer: string): void {
  if (caller.kind === 'admin' || mayReach(caller, kommunenummer)) return;
  throw new HttpProblem(
    'ingen-tilgang',
    `Tokenet gjelder kommune ${caller.kommunenummer}, ikke ${kommunenummer}. Bruk tokenet til kommunen rapporten gjelder.`,
  );
}

export function requireAdmin(caller: Caller): void {
  if (caller.kind !== 'admin') {
    throw new HttpProblem('ingen-tilgang', 'Dette er bare for Husbanken. Bruk et admin-token, eller be Husbanken om tallene du trenger.');
  }
}
