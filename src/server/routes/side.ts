/**
 * The overview page at /oversikt/ (no token: the page asks for Husbanken's token and sends it with
 * every API call). Its views are query strings of this one address, so every view can be bookmarked.
 */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import type { OverviewPage } from '../overview-page';
import { HttpProblem } from '../problem';
import type { ZodTypeProvider } from '../zod-schemas';

export interface PageDeps {
  readonly page: OverviewPage | undefined;
}

const NOT_BUILT = 'Oversiktssiden er ikke bygget på denne serveren. Bygg den med «npm run build:web» og start serveren på nytt.';
// Script names have a content hash (webpack.config.js): a name is never reused for other content.
const IMMUTABLE = 'public, max-age=31536000, immutable';

export const sideRoutes: FastifyPluginAsync<PageDeps> = async (instance, { page }) => {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const config = { offentlig: true };

  app.get('/oversikt', { config }, async (request, reply) => {
    const query = request.url.indexOf('?');
    return reply.redirect(`/oversikt/${query < 0 ? '' : request.url.slice(query)}`, 308);
  });

  app.get('/oversikt/', { config }, async (_request, reply) => {
    if (!page) throw new HttpProblem('ikke-funnet', NOT_BUILT);
    const { html, policy } = page.render();
    return reply.type('text/html; charset=utf-8').header('Content-Security-Policy', policy).header('Cache-Control', 'no-store').send(html);
  });

  app.get('/oversikt/:file', { config, schema: { params: z.object({ file: z.string() }) } }, async (request, reply) => {
    const bytes = page?.file(request.params.file);
    if (!bytes) throw new HttpProblem('ikke-funnet', page ? 'Finner ikke filen. Last oversiktssiden på nytt.' : NOT_BUILT);
    return reply.type('text/javascript; charset=utf-8').header('Cache-Control', IMMUTABLE).send(bytes);
  });
};
