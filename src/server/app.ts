/**
 * The collection server as a Fastify app that is built but not started: main.ts listens, tests call
 * `app.inject`. Plugins in the order they matter: replies (errors, schemas), protection (headers,
 * CORS, tokens), then the thin routes.
 */
import { randomUUID } from 'node:crypto';
import cors from '@fastify/cors';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import { registerAuth } from './auth';
import { BODY_LIMITS, registerBodyParsers } from './body-parsers';
import type { Config } from './config';
import { handleClientError, handleFrameworkError, registerErrorHandling } from './error-handler';
import { eksportRoutes } from './routes/eksport';
import { innsendingerRoutes } from './routes/innsendinger';
import { kommunerRoutes } from './routes/kommuner';
import { offentligeRoutes } from './routes/offentlig';
import { oversiktRoutes } from './routes/oversikt';
import { rapportRoutes } from './routes/rapport';
import { sideRoutes } from './routes/side';
import { tilgangRoutes } from './routes/tilgang';
import type { OverviewPage } from './overview-page';
import { receiveSubmission, type Receive } from './receive-submission';
import type { RouteDeps } from './routes/shared';
import { SECURITY_HEADERS } from './security-headers';
import type { Store } from './storage/store';
import { zodSerializerCompiler, zodValidatorCompiler } from './zod-schemas';

/** How long a client may take, so that slow or stalled clients cannot hold connections (slowloris). */
export interface Timeouts {
  /** The whole request, headers and body, must have arrived within this. */
  readonly requestMs: number;
  /** A connection on which nothing moves for this long is closed (also one that stops reading the reply). */
  readonly idleMs: number;
}

/**
 * A 5 MB upload in 60 s needs under 1 Mbit/s. Idle connections between requests are closed by
 * keep-alive (72 s) before the idle limit, which is for connections stuck inside a request or reply.
 */
const DEFAULT_TIMEOUTS: Timeouts = { requestMs: 60_000, idleMs: 120_000 };

export interface AppOptions {
  readonly store: Store;
  readonly config: Pick<Config, 'allowedOrigins' | 'logLevel'>;
  /** Who receives submissions: main.ts passes the receiver thread; by default this thread, on `store`. */
  readonly receive?: Receive;
  /** The clock; tests set it to the day a case is validated on. */
  readonly now?: () => Date;
  readonly timeouts?: Timeouts;
  /** Husbanken's overview page as built (overview-page.ts); without it /oversikt/ says how to build it. */
  readonly page?: OverviewPage;
}

export function buildApp({
  store,
  config,
  receive = (request) => receiveSubmission(store, request),
  now = () => new Date(),
  timeouts = DEFAULT_TIMEOUTS,
  page,
}: AppOptions): FastifyInstance {
  const app = Fastify({
    // Logs go to stderr, so stdout carries only the line main.ts prints when it listens. Request
    // logs have method, URL and status; never bodies, and the token header is redacted anyway.
    logger: { level: config.logLevel, stream: process.stderr, redact: ['req.headers.authorization'] },
    // One line per request (the onResponse hook below) instead of Fastify's two: half the log volume
    // and half the logging work on the thread that answers every request.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: BODY_LIMITS.json,
    genReqId: () => randomUUID(),
    requestTimeout: timeouts.requestMs,
    connectionTimeout: timeouts.idleMs,
    // Node looks for overdue requests every `connectionsCheckingInterval` (30 s by default); a quarter
    // of the limit keeps the overrun small.
    http: { headersTimeout: timeouts.requestMs, connectionsCheckingInterval: Math.ceil(timeouts.requestMs / 4) },
    frameworkErrors: handleFrameworkError,
    clientErrorHandler: handleClientError,
  });

  registerErrorHandling(app);
  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(zodSerializerCompiler);
  registerBodyParsers(app);

  app.register(cors, {
    origin: config.allowedOrigins.length > 0 ? [...config.allowedOrigins] : false,
    methods: ['GET', 'POST'],
    allowedHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key'],
    exposedHeaders: ['Location', 'X-Request-Id', 'Idempotent-Replayed'],
    maxAge: 600,
  });
  app.addHook('onRequest', async (request, reply) => {
    reply.headers(SECURITY_HEADERS).header('X-Request-Id', request.id);
  });
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      { method: request.method, url: request.url, remoteAddress: request.ip, statusCode: reply.statusCode, responseTime: reply.elapsedTime },
      'forespørsel besvart',
    );
  });

  // Registered after the header hook and CORS, so a 401 carries their headers too (a browser can read it).
  app.register(async (api) => {
    registerAuth(api, store);
    const deps: RouteDeps = { store, receive, now };
    api.register(offentligeRoutes, deps);
    api.register(innsendingerRoutes, deps);
    api.register(kommunerRoutes, deps);
    api.register(eksportRoutes, deps);
    api.register(oversiktRoutes, deps);
    api.register(rapportRoutes, deps);
    api.register(sideRoutes, { page });
    api.register(tilgangRoutes);
  });
  return app;
}
