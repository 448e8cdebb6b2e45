/** Who a token belongs to, so the add-in can say before sending that it is for another municipality. */
import type { FastifyPluginAsync } from 'fastify';
import { accessSchema, type Access } from '../../api/access';
import { callerOf } from '../auth';
import type { ZodTypeProvider } from '../zod-schemas';

export const tilgangRoutes: FastifyPluginAsync = async (instance) => {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  app.get('/api/v1/tilgang', { schema: { response: { 200: accessSchema } } }, async (request): Promise<Access> => {
    const caller = callerOf(request);
    return caller.kind === 'admin' ? { rolle: 'admin' } : { rolle: 'kommune', kommunenummer: caller.kommunenummer };
  });
};
