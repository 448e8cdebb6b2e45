/**
 * The one place errors become replies: our own `HttpProblem`s and Fastify's errors (bad JSON, body too
 * large, unsupported media type, schema validation, unknown route) all leave as problem+json with a
 * Norwegian `detail`. Errors we did not foresee are logged and answered with a 500 that carries the
 * request id, never the error's text.
 */
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { BODY_LIMIT_BYTES, SEND_AS } from './body-parsers';
import { HttpProblem, PROBLEM_CONTENT_TYPE, problem, type Problem } from './problem';
import { RequestValidationError } from './zod-schemas';

/** Fastify's own errors by code. */
const fastifyProblems: Readonly<Record<string, () => Problem>> = {
  FST_ERR_CTP_INVALID_JSON_BODY: () =>
    problem('ugyldig-json', 'Innholdet kan ikke leses som JSON. Kontroller at rapporten er gyldig JSON (innsendingsformat v1) og send den på nytt.'),
  FST_ERR_CTP_EMPTY_JSON_BODY: () => problem('ugyldig-json', `Forespørselen er tom. ${SEND_AS}`),
  FST_ERR_CTP_BODY_TOO_LARGE: () =>
    problem('for-stor', `Forespørselen er større enn ${BODY_LIMIT_BYTES / 1024 / 1024} MB. Send rapporten uten vedlegg og bilder, eller kontakt Husbanken.`),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: () => problem('feil-innholdstype', SEND_AS),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () => problem('ugyldig-foresporsel', 'Content-Length stemmer ikke med innholdet. Send forespørselen på nytt.'),
};

function problemOf(error: FastifyError): Problem | undefined {
  if (error instanceof HttpProblem) return error.problem;
  if (error instanceof RequestValidationError) {
    return problem('ugyldig-foresporsel', 'Forespørselen har ugyldige parametre: se «problems», rett dem og prøv igjen.', {
      problems: error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
    });
  }
  const known = fastifyProblems[error.code]?.();
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

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const known = problemOf(error);
    if (known) {
      if (error instanceof HttpProblem) reply.headers(error.headers);
      return send(reply, known);
    }
    request.log.error({ err: error }, 'uventet feil');
    return send(
      reply,
      problem('serverfeil', `Noe gikk galt på serveren. Prøv igjen om litt; skjer det igjen, kontakt Husbanken og oppgi forespørsels-id ${request.id}.`),
    );
  });
  app.setNotFoundHandler((request, reply) =>
    send(reply, problem('ikke-funnet', `${request.method} ${request.url.split('?')[0]} finnes ikke. Se docs/server.md for API-et.`)),
  );
}
