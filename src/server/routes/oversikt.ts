/** Husbanken's overview of a year: who has reported, and the national totals (admin only). */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { totalsSchema, yearOverviewSchema } from '../../api/oversikt';
import { defaultTemplate } from '../../report/templates';
import { callerOf, requireAdmin } from '../auth';
import { nationalTotals } from '../national-totals';
import { yearOverview } from '../year-overview';
import type { ZodTypeProvider } from '../zod-schemas';
import { yearParam, type RouteDeps } from './shared';

const yearQuery = z.object({ ar: yearParam });

export const oversiktRoutes: FastifyPluginAsync<RouteDeps> = async (instance, { store }) => {
  const app = instance.withTypeProvider<ZodTypeProvider>();

  app.get('/api/v1/oversikt', { schema: { querystring: yearQuery, response: { 200: yearOverviewSchema } } }, async (request) => {
    requireAdmin(callerOf(request));
    const { ar } = request.query;
    const [series, tokens] = await Promise.all([store.seriesOfYear(ar), store.listTokens()]);
    return yearOverview(ar, series, tokens, defaultTemplate);
  });

  app.get('/api/v1/totaler', { schema: { querystring: yearQuery, response: { 200: totalsSchema } } }, async (request) => {
    requireAdmin(callerOf(request));
    const { ar } = request.query;
    return nationalTotals(ar, await store.latestOfEach({ ar }), defaultTemplate);
  });
};
