/**
 * Husbanken's overview of a year: who has reported, and the national totals (admin only). Both are
 * worked out from the whole year, so each is kept until the database changes (stamped-cache.ts),
 * checked against its reply schema and compressed once when it is worked out, not on every request.
 */
import { gzipSync } from 'node:zlib';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
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

/** A reply as JSON, and gzipped for the clients that take it (every browser): the year is 100 KB as JSON, 10 KB gzipped. */
interface Encoded {
  readonly json: Buffer;
  readonly gzip: Buffer;
}

function encoded(reply: unknown): Encoded {
  const json = Buffer.from(JSON.stringify(reply));
  return { json, gzip: gzipSync(json) };
}

/** Whether Accept-Encoding allows gzip (`gzip;q=0` refuses it). */
export function acceptsGzip(header: string | undefined): boolean {
  return (header ?? '').split(',').some((part) => {
    const [coding = '', ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    return (coding === 'gzip' || coding === '*') && (q === undefined || Number(q.slice(2)) > 0);
  });
}

function send(request: FastifyRequest, reply: FastifyReply, body: Encoded): FastifyReply {
  reply.type('application/json; charset=utf-8').header('Vary', 'Accept-Encoding');
  return acceptsGzip(request.headers['accept-encoding']) ? reply.header('Content-Encoding', 'gzip').send(body.gzip) : reply.send(body.json);
}

export const oversiktRoutes: FastifyPluginAsync<RouteDeps> = async (instance, { store }) => {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const replies = new StampedCache<Encoded>();

  app.get('/api/v1/oversikt', { schema: { querystring: yearQuery } }, async (request, reply) => {
    requireAdmin(callerOf(request));
    const { ar } = request.query;
    const body = await replies.get(`oversikt ${ar}`, await store.changeStamp(), async () => {
      const [series, tokens] = await Promise.all([store.seriesOfYear(ar), store.listTokens()]);
      return encoded(yearOverviewSchema.parse(yearOverview(ar, series, tokens, defaultTemplate)));
    });
    return send(request, reply, body);
  });

  app.get('/api/v1/totaler', { schema: { querystring: yearQuery } }, async (request, reply) => {
    requireAdmin(callerOf(request));
    const { ar } = request.query;
    const body = await replies.get(`totaler ${ar}`, await store.changeStamp(), async () =>
      encoded(totalsSchema.parse(nationalTotals(ar, await store.latestOfEach({ ar }), defaultTemplate))),
    );
    return send(request, reply, body);
  });
};
