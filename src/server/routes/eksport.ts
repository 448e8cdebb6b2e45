/** Husbanken's export of the latest version of every report, for the analysts' spreadsheets: CSV and .xlsx. */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { defaultTemplate } from '../../report/templates';
import { callerOf, requireAdmin } from '../auth';
import { SUBMISSION_CONTENT_TYPES } from '../body-parsers';
import { exportCsv } from '../csv-export';
import { exportXlsx } from '../xlsx-export';
import type { ZodTypeProvider } from '../zod-schemas';
import { yearParam, type RouteDeps } from './shared';

const querystring = z.object({ ar: yearParam.optional() });
const fileName = (ar: number | undefined, extension: string): string => `attachment; filename="boso-eksport${ar === undefined ? '' : `-${ar}`}.${extension}"`;

export const eksportRoutes: FastifyPluginAsync<RouteDeps> = async (instance, { store }) => {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const latest = (ar: number | undefined) => store.latestOfEach(ar === undefined ? {} : { ar });

  app.get('/api/v1/eksport.csv', { schema: { querystring } }, async (request, reply) => {
    requireAdmin(callerOf(request));
    const { ar } = request.query;
    return reply.type('text/csv; charset=utf-8').header('Content-Disposition', fileName(ar, 'csv')).send(exportCsv(await latest(ar), defaultTemplate));
  });

  app.get('/api/v1/eksport.xlsx', { schema: { querystring } }, async (request, reply) => {
    requireAdmin(callerOf(request));
    const { ar } = request.query;
    const heading = `BOSO-rapport: siste versjon av hver årsrapport${ar === undefined ? '' : ` for ${ar}`}`;
    const bytes = await exportXlsx(await latest(ar), defaultTemplate, heading);
    return reply.type(SUBMISSION_CONTENT_TYPES.xlsx).header('Content-Disposition', fileName(ar, 'xlsx')).send(bytes);
  });
};
