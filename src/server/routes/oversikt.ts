/**
 * Husbanken's overview of a year: who has reported, and the national totals (admin only). Both are
 * worked out from the whole year, so each is kept until the database changes (stamped-cache.ts) and
 * checked against its reply schema once when it is worked out, not on every request.
 */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { totalsSchema, yearOverviewSchema } from '../../api/oversikt';
import { defaultTemplate } from '../../report/templates';
import { callerOf, requireAdmin } from '../auth';
import { nationalTotals } from '../national-totals';
import { StampedCache } from '../stamped-cache';
import { yearOverview } from '../year-overview';
import type { ZodTypeProvider } from '../zod-schemas';
import { yearParam, type RouteDeps } from './shared';

const yearQuery = z.object({ ar: yearParam });
const JSON_TYPE = 'application/json; charset=utf-8';

export const oversiktRoutes: FastifyPluginAsync<RouteDeps> = async (instance, { store }) => {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const replies = new StampedCache<string>();

  app.get('/api/v1/oversikt', { schema: { querystring: yearQuery } }, async (request, reply) => {
    requireAdmin(callerOf(request));
    const { ar } = request.query;
    const json = await replies.get(`oversikt ${ar}`, await store.changeStamp(), async () => {
      const [series, tokens] = await Promise.all([store.seriesOfYear(ar), store.listTokens()]);
      return JSON.stringify(yearOverviewSchema.parse(yearOverview(ar, series, tokens, defaultTemplate)));
    });
    return reply.type(JSON_TYPE).send(json);
  });

  app.get('/api/v1/totaler', { schema: { querystring: yearQuery } }, async (request, reply) => {
    requireAdmin(callerOf(request));
    const { ar } = request.query;
    const json = await replies.get(`totaler ${ar}`, await store.changeStamp(), async () =>
      JSON.stringify(totalsSchema.parse(nationalTotals(ar, await store.latestOfEach({ ar }), defaultTemplate))),
    );
    return reply.type(JSON_TYPE).send(json);
  });
};
