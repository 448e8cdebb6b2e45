/**
 * The one place errors become replies: our own `HttpProblem`s (bad JSON among them: receive-submission.ts
 * parses bodies) and Fastify's errors (body too large, unsupported media type, schema validation,
 * unknown route, a URL the router cannot read) all leave as problem+json with a Norwegian `detail`.
 * Errors we did not foresee are logged and answered with a 500 that carries the request id, never the
 * error's text. What Node refuses before Fastify
 * sees a request (headers too large, a request that does not arrive in time) is answered on the
 * socket in the same form.
 */
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { BODY_LIMITS, SEND_AS, submissionFormatOf } from './body-parsers';
import { HttpProblem, PROBLEM_CONTENT_TYPE, problem, type Problem } from './problem';
import { SECURITY_HEADERS } from './security-headers';
import { RequestValidationError } from './zod-schemas';

const megabytes = (bytes: number): string => `${bytes / 1024 / 1024} MB`;

function tooLarge(request: FastifyRequest): Problem {
  const format = submissionFormatOf(request.headers['content-type']) ?? 'json';
  const what = format === 'xlsx' ? 'En utfylt mal kan være' : 'JSON kan være';
  return problem(
    'for-stor',
    `Forespørselen er for stor: ${what} høyst ${megabytes(BODY_LIMITS[format])}. Send rapporten uten vedlegg og bilder, eller kontakt Husbanken.`,
  );
}

/** Fastify's own errors by code. */
const fastifyProblems: Readonly<Record<string, (request: FastifyRequest) => Problem>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: tooLarge,
  FST_ERR_CTP_INVALID_MEDIA_TYPE: () => problem('feil-innholdstype', SEND_AS),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () => problem('ugyldig-foresporsel', 'Content-Length stemmer ikke med innholdet. Send forespørselen på nytt.'),
  FST_ERR_BAD_URL: () =>
    problem('ugyldig-foresporsel', 'Adressen har ugyldig %-koding. Kontroller adressen; tegn som æøå og mellomrom skal kodes som UTF-8 (%C3%A6, %20).'),
  // No id is that long: it names nothing, as an unknown id does.
  FST_ERR_MAX_PARAM_LENGTH: () => problem('ikke-funnet', 'Finner ikke det adressen peker på. Kontroller id-en eller nummeret i adressen.'),
};

function problemOf(error: FastifyError, request: FastifyRequest): Problem | undefined {
  if (error instanceof HttpProblem) return error.problem;
  if (error instanceof RequestValidationError) {
    return problem('ugyldig-foresporsel', 'Forespørselen har ugyldige parametre: se «problems», rett dem og prøv igjen.', {
      problems: error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
    });
  }
  const known = fastifyProblems[error.code]?.(request);
  if (known) return known;
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    return problem('ugyldig-foresporsel', 'Forespørselen kan ikke behandles. Kontroller adressen, metoden og innholdet.', {}, status);
  }
  return undefined;
}

function send(reply: FastifyReply, body: Problem): FastifyReply {
  return reply.code(body.status).type(PROBLEM_CONTENT_TYPE).send(body);
}

function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const known = problemOf(error, request);
  if (known) {
    if (error instanceof HttpProblem) reply.headers(error.headers);
    return send(reply, known);
  }
  request.log.error({ err: error }, 'uventet feil');
  return send(
    reply,
    problem('serverfeil', `Noe gikk galt på serveren. Prøv igjen om litt; skjer det igjen, kontakt Husbanken og oppgi forespørsels-id ${request.id}.`),
  );
}

/**
 * For Fastify's `frameworkErrors`: a URL the router cannot read is answered before any hook runs, so
 * the headers the hooks set on every other reply are set here.
 */
export function handleFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  reply.headers(SECURITY_HEADERS).header('X-Request-Id', request.id);
  handleError(error, request, reply);
}

const socketProblems: Readonly<Record<string, () => Problem>> = {
  ERR_HTTP_REQUEST_TIMEOUT: () =>
    problem('tidsavbrudd', 'Forespørselen kom ikke fram i tide. Kontroller nettforbindelsen og send på nytt; bruk gjerne samme Idempotency-Key.'),
  HPE_HEADER_OVERFLOW: () => problem('for-store-headere', 'Headerne i forespørselen er for store. Send bare Authorization, Content-Type og Idempotency-Key.'),
};

/** For Fastify's `clientErrorHandler`: Node refused the request before it became one. */
export function handleClientError(error: Error & { readonly code?: string }, socket: Socket): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const answer =
    socketProblems[error.code ?? '']?.() ?? problem('ugyldig-foresporsel', 'Forespørselen er ikke gyldig HTTP. Kontroller klienten og send på nytt.');
  const body = JSON.stringify(answer);
  const { status } = answer;
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
      `X-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n${body}`,
    () => socket.destroy(),
  );
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler(handleError);
  app.setNotFoundHandler((request, reply) =>
    send(reply, problem('ikke-funnet', `${request.method} ${request.url.split('?')[0]} finnes ikke. Se docs/server.md for API-et.`)),
  );
}
