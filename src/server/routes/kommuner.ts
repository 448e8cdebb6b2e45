/** The previous year's report, so the add-in can prefill the 01.01 status from last year's 31.12. */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { callerOf, requireReach } from '../auth';
import { HttpProblem } from '../problem';
import { replyOf, submissionReplySchema } from '../receipt';
import type { ZodTypeProvider } from '../zod-schemas';
import { bydelParam, kommunenummerParam, yearParam, type RouteDeps } from './shared';

export const kommunerRoutes: FastifyPluginAsync<RouteDeps> = async (instance, { store }) => {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/v1/kommuner/:nummer/forrige',
    {
      schema: {
        params: z.object({ nummer: kommunenummerParam }),
        querystring: z.object({ ar: yearParam, bydel: bydelParam.optional() }),
        response: { 200: submissionReplySchema },
      },
    },
    async (request) => {
      const { nummer } = request.params;
      const { ar, bydel = '' } = request.query;
      requireReach(callerOf(request), nummer);
      const previous = await store.latest({ kommunenummer: nummer, bydel, ar: ar - 1 });
      if (!previous) {
        throw new HttpProblem('ikke-funnet', `Husbanken har ingen godkjent rapport fra ${nummer}${bydel ? ` ${bydel}` : ''} for ${ar - 1}. Fyll ut status pr. 01.01 selv.`);
      }
      return replyOf(previous);
    },
  );
};
