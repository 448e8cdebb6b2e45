/**
 * The collection server as a Fastify app that is built but not started: main.ts listens, tests call
 * `app.inject`. Plugins in the order they matter: replies (errors, schemas), protection (headers,
 * CORS, tokens), then the thin routes.
 */
import { randomUUID } from 'node:crypto';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import Fastify, { type FastifyInstance } from 'fastify';
import { registerAuth } from './auth';
import { BODY_LIMIT_BYTES, registerBodyParsers } from './body-parsers';
import type { Config } from './config';
import { registerErrorHandling } from './error-handler';
import { eksportRoutes } from './routes/eksport';
import { innsendingerRoutes } from './routes/innsendinger';
import { kommunerRoutes } from './routes/kommuner';
import { offentligeRoutes } from './routes/offentlig';
import type { RouteDeps } from './routes/shared';
import type { Store } from './storage/store';
import { zodSerializerCompiler, zodValidatorCompiler } from './zod-schemas';

export interface AppOptions {
  readonly store: Store;
  readonly config: Pick<Config, 'allowedOrigins' | 'logLevel'>;
  /** The clock; tests set it to the day a case is validated on. */
  readonly now?: () => Date;
}

export function buildApp({ store, config, now = () => new Date() }: AppOptions): FastifyInstance {
  const app = Fastify({
    // Logs go to stderr, so stdout carries only the line main.ts prints when it listens. Request
    // logs have method, URL and status; never bodies, and the token header is redacted anyway.
    logger: { level: config.logLevel, stream: process.stderr, redact: ['req.headers.authorization'] },
    bodyLimit: BODY_LIMIT_BYTES,
    genReqId: () => randomUUID(),
  });

  registerErrorHandling(app);
  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(zodSerializerCompiler);
  registerBodyParsers(app);

  app.register(helmet, { contentSecurityPolicy: { directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } } });
  app.register(cors, {
    origin: config.allowedOrigins.length > 0 ? [...config.allowedOrigins] : false,
    methods: ['GET', 'POST'],
    allowedHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key'],
    exposedHeaders: ['Location', 'X-Request-Id', 'Idempotent-Replayed'],
    maxAge: 600,
  });
  app.addHook('onRequest', async (request, reply) => {
    reply.header('X-Request-Id', request.id);
  });

  // Registered after helmet and CORS, so a 401 carries their headers too (a browser can read it).
  app.register(async (api) => {
    registerAuth(api, store);
    const deps: RouteDeps = { store, now };
    api.register(offentligeRoutes, deps);
    api.register(innsendingerRoutes, deps);
    api.register(kommunerRoutes, deps);
    api.register(eksportRoutes, deps);
  });
  return app;
}
