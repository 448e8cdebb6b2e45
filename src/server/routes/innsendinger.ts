/** Submitting reports and reading them back. */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { callerOf, requireReach } from '../auth';
import { receivedBodySchema, SEND_AS } from '../body-parsers';
import { HttpProblem } from '../problem';
import { receiptListSchema, receiptOf, receiptSchema, replyOf, submissionReplySchema } from '../receipt';
import type { ZodTypeProvider } from '../zod-schemas';
import { kommunenummerParam, reachableSubmission, yearParam, type RouteDeps } from './shared';

const BASE = '/api/v1/innsendinger';

const idempotencyKey = z
  .string()
  .regex(/^[\x21-\x7e]{1,200}$/, 'må være 1–200 synlige ASCII-tegn, f.eks. en UUID')
  .optional();

export const innsendingerRoutes: FastifyPluginAsync<RouteDeps> = async (instance, { store, receive, now }) => {
  const app = instance.withTypeProvider<ZodTypeProvider>();

  app.post(
    BASE,
    { schema: { headers: z.looseObject({ 'idempotency-key': idempotencyKey }), response: { 201: receiptSchema } } },
    async (request, reply) => {
      const body = receivedBodySchema.safeParse(request.body);
      if (!body.success) throw new HttpProblem('feil-innholdstype', `Forespørselen har ikke noe innhold. ${SEND_AS}`);
      const accepted = await receive({
        body: body.data,
        contentType: request.headers['content-type'] ?? '',
        caller: callerOf(request),
        idempotencyKey: request.headers['idempotency-key'] ?? null,
        now: now(),
      });
      reply.code(201).header('Location', `${BASE}/${accepted.submission.id}`);
      if (accepted.replayed) reply.header('Idempotent-Replayed', 'true');
      return receiptOf(accepted.submission);
    },
  );

  app.get(`${BASE}/:id`, { schema: { params: z.object({ id: z.string() }), response: { 200: submissionReplySchema } } }, async (request) =>
    replyOf(await reachableSubmission(store, callerOf(request), request.params.id)),
  );

  app.get(
    BASE,
    {
      schema: {
        querystring: z.object({ kommune: kommunenummerParam.optional(), ar: yearParam.optional() }),
        response: { 200: receiptListSchema },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      const { kommune, ar } = request.query;
      if (kommune !== undefined) requireReach(caller, kommune);
      const kommunenummer = kommune ?? (caller.kind === 'kommune' ? caller.kommunenummer : undefined);
      const found = await store.submissions({ ...(kommunenummer === undefined ? {} : { kommunenummer }), ...(ar === undefined ? {} : { ar }) });
      return { innsendinger: found.map(receiptOf) };
    },
  );
};
