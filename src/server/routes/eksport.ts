/** Husbanken's export of the latest version of every report, for the analysts' spreadsheets. */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { defaultTemplate } from '../../report/templates';
import { callerOf, requireAdmin } from '../auth';
import { exportCsv } from '../csv-export';
import type { ZodTypeProvider } from '../zod-schemas';
import { yearParam, type RouteDeps } from './shared';

export const eksportRoutes: FastifyPluginAsync<RouteDeps> = async (instance, { store }) => {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  app.get('/api/v1/eksport.csv', { schema: { querystring: z.object({ ar: yearParam.optional() }) } }, async (request, reply) => {
    requireAdmin(callerOf(request));
    const { ar } = request.query;
    const reports = await store.latestOfEach(ar === undefined ? {} : { ar });
    return reply
      .type('text/csv; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="boso-eksport${ar === undefined ? '' : `-${ar}`}.csv"`)
      .send(exportCsv(reports, defaultTemplate));
  });
};
