/**
 * Error replies as RFC 9457 problem details (`application/problem+json`). Every kind has a type URI
 * and a short title here; the `detail` says in Norwegian what to do. Handlers throw `HttpProblem`,
 * and the one error handler (error-handler.ts) turns it, and Fastify's own errors, into a reply.
 */
import type { Problem } from '../api/problem';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

const kinds = {
  'ugyldig-json': { status: 400, title: 'Innholdet er ikke gyldig JSON' },
  'ikke-utf8': { status: 400, title: 'Innholdet er ikke UTF-8' },
  'ugyldig-foresporsel': { status: 400, title: 'Ugyldig forespørsel' },
  'ikke-arbeidsbok': { status: 400, title: 'Filen er ikke en Excel-arbeidsbok' },
  'mangler-token': { status: 401, title: 'Tilgangstoken mangler' },
  'ugyldig-token': { status: 401, title: 'Tilgangstokenet gjelder ikke' },
  'ingen-tilgang': { status: 403, title: 'Ingen tilgang' },
  'ikke-funnet': { status: 404, title: 'Finnes ikke' },
  tidsavbrudd: { status: 408, title: 'Forespørselen kom ikke fram i tide' },
  'for-stor': { status: 413, title: 'For stor forespørsel' },
  'feil-innholdstype': { status: 415, title: 'Innholdstypen støttes ikke' },
  'for-store-headere': { status: 431, title: 'For store headere' },
  'ugyldig-innhold': { status: 422, title: 'Rapporten følger ikke innsendingsformatet' },
  'ukjent-mal': { status: 422, title: 'Arbeidsboken er ikke rapportmalen' },
  'rapporten-har-feil': { status: 422, title: 'Rapporten har feil' },
  'idempotens-konflikt': { status: 422, title: 'Idempotency-Key er brukt for en annen rapport' },
  serverfeil: { status: 500, title: 'Feil på serveren' },
  opptatt: { status: 503, title: 'Serveren er opptatt' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemKind = keyof typeof kinds;

export { problemSchema, type Problem } from '../api/problem';

export type Extras = Pick<Problem, 'findings' | 'problems'>;

export function problem(kind: ProblemKind, detail: string, extras: Extras = {}, status: number = kinds[kind].status): Problem {
  // The contract promises `findings` in a 422, so a client can read them without checking the type.
  const findings = status === 422 ? { findings: [] } : {};
  return { type: `urn:boso:problem:${kind}`, title: kinds[kind].title, status, detail, ...findings, ...extras };
}

export class HttpProblem extends Error {
  readonly problem: Problem;
  constructor(
    readonly kind: ProblemKind,
    readonly detail: string,
    readonly extras: Extras = {},
    /** Response headers the problem needs, e.g. `WWW-Authenticate` with 401. */
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(detail);
    this.problem = problem(kind, detail, extras);
  }
}
