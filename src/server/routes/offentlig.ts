/** What anyone may fetch without a token: health, the payload's JSON Schema and the empty template. */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { payloadJsonSchema } from '../../report/payload';
import { defaultTemplate } from '../../report/templates';
import { writeTemplate } from '../../workbook/write-template';
import { SUBMISSION_CONTENT_TYPES } from '../body-parsers';
import { checkKommune } from '../../report/kommune-check';
import { osloToday } from '../oslo-date';
import { HttpProblem } from '../problem';
import type { ZodTypeProvider } from '../zod-schemas';
import { kommunenummerParam, yearParam, type RouteDeps } from './shared';

const FIRST_YEAR = 2009;

export const offentligeRoutes: FastifyPluginAsync<RouteDeps> = async (instance, { now }) => {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const config = { offentlig: true };

  app.get('/healthz', { config, schema: { response: { 200: z.object({ status: z.literal('ok') }) } } }, async () => ({ status: 'ok' as const }));

  const schema = JSON.stringify(payloadJsonSchema(defaultTemplate));
  app.get('/api/v1/skjema', { config }, async (_request, reply) => reply.type('application/schema+json').send(schema));

  app.get(
    '/api/v1/mal.xlsx',
    { config, schema: { querystring: z.object({ ar: yearParam.optional(), kommune: kommunenummerParam.optional() }) } },
    async (request, reply) => {
      const thisYear = osloToday(now()).year;
      const { ar = thisYear - 1, kommune } = request.query;
      if (ar < FIRST_YEAR || ar > thisYear) {
        throw new HttpProblem('ugyldig-foresporsel', `${ar} er ikke et rapporteringsår. Velg et år fra ${FIRST_YEAR} til ${thisYear}.`);
      }
      const checked = kommune === undefined ? undefined : checkKommune(kommune, ar);
      if (checked && !checked.ok) throw new HttpProblem('ugyldig-foresporsel', checked.message);
      const bytes = await writeTemplate(defaultTemplate, {
        year: ar,
        ...(kommune !== undefined && checked?.ok ? { kommunenummer: kommune, kommunenavn: checked.navn } : {}),
      });
      return reply
        .type(SUBMISSION_CONTENT_TYPES.xlsx)
        .header('Content-Disposition', `attachment; filename="boso-arsrapport-${ar}${kommune === undefined ? '' : `-${kommune}`}.xlsx"`)
        .send(bytes);
    },
  );
};
