/**
 * Husbanken's export of the latest version of every report, for the analysts' spreadsheets: CSV and
 * .xlsx, each kept until the database changes (stamped-cache.ts).
 */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { defaultTemplate } from '../../report/templates';
import { callerOf, requireAdmin } from '../auth';
import { SUBMISSION_CONTENT_TYPES } from '../body-parsers';
import { exportCsv } from '../csv-export';
import { StampedCache } from '../stamped-cache';
import { exportXlsx } from '../xlsx-export';
import type { ZodTypeProvider } from '../zod-schemas';
import { yearParam, type RouteDeps } from './shared';

const querystring = z.object({ ar: yearParam.optional() });
const fileName = (ar: number | undefined, extension: string): string => `attachment; filename="boso-eksport${ar === undefined ? '' : `-${ar}`}.${extension}"`;

export const eksportRoutes: FastifyPluginAsync<RouteDeps> = async (instance, { store }) => {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const latest = (ar: number | undefined) => store.latestOfEach(ar === undefined ? {} : { ar });
  const files = new StampedCache<string | Buffer>();
  const exported = async (format: 'csv' | 'xlsx', ar: number | undefined, make: () => Promise<string | Buffer>) =>
    files.get(`${format} ${ar ?? 'alle'}`, await store.changeStamp(), make);

  app.get('/api/v1/eksport.csv', { schema: { querystring } }, async (request, reply) => {
    requireAdmin(callerOf(request));
    const { ar } = request.query;
    const csv = await exported('csv', ar, async () => exportCsv(await latest(ar), defaultTemplate));
    return reply.type('text/csv; charset=utf-8').header('Content-Disposition', fileName(ar, 'csv')).send(csv);
  });

  app.get('/api/v1/eksport.xlsx', { schema: { querystring } }, async (request, reply) => {
    requireAdmin(callerOf(request));
    const { ar } = request.query;
    const heading = `BOSO-rapport: siste versjon av hver årsrapport${ar === undefined ? '' : ` for ${ar}`}`;
    const bytes = await exported('xlsx', ar, async () => exportXlsx(await latest(ar), defaultTemplate, heading));
    return reply.type(SUBMISSION_CONTENT_TYPES.xlsx).header('Content-Disposition', fileName(ar, 'xlsx')).send(bytes);
  });
};
