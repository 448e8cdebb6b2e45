/**
 * One stored report for Husbanken's page: the report with its computed values and every version of
 * it, what changed between two versions, and the report drawn into the official template as .xlsx
 * (which its own municipality may fetch too).
 */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { changesSchema, reportViewSchema } from '../../api/oversikt';
import { computeAll } from '../../report/compute';
import { filledPlan } from '../../report/filled-plan';
import { payloadChanges } from '../../report/payload-diff';
import type { Template } from '../../report/template';
import { findTemplate } from '../../report/templates';
import { renderXlsx } from '../../workbook/render-xlsx';
import { callerOf, requireAdmin } from '../auth';
import { SUBMISSION_CONTENT_TYPES } from '../body-parsers';
import { HttpProblem } from '../problem';
import { replyOf } from '../receipt';
import type { Submission, SubmissionWithPayload } from '../storage/store';
import { deadlineOf, isoDay, kommunenavnOf, versionOf } from '../year-overview';
import type { ZodTypeProvider } from '../zod-schemas';
import { reachableSubmission, type RouteDeps } from './shared';

const BASE = '/api/v1/innsendinger/:id';
const params = z.object({ id: z.string() });

/** Every stored report was read with a template the server knows; one it does not know is a bug. */
function templateOf(submission: SubmissionWithPayload): Template {
  const template = findTemplate(submission.template.id, submission.template.version);
  if (!template) throw new Error(`Innsending ${submission.id} har en mal serveren ikke kjenner: ${submission.template.id} ${submission.template.version}.`);
  return template;
}

const versionOfSubmission = (s: Submission, template: Template) =>
  versionOf({ id: s.id, versjon: s.versjon, mottatt: s.mottatt, advarsler: s.findings.length }, deadlineOf(template, s.key.ar));

/** Letters and digits only, for a file name every program accepts: `Grünerløkka` → `grunerlokka`. */
const fileNamePart = (text: string): string =>
  text
    .toLocaleLowerCase('nb')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export const rapportRoutes: FastifyPluginAsync<RouteDeps> = async (instance, { store }) => {
  const app = instance.withTypeProvider<ZodTypeProvider>();

  app.get(`${BASE}/visning`, { schema: { params, response: { 200: reportViewSchema } } }, async (request) => {
    const caller = callerOf(request);
    requireAdmin(caller);
    const submission = await reachableSubmission(store, caller, request.params.id);
    const template = templateOf(submission);
    const { kommunenummer, bydel, ar } = submission.key;
    const series = await store.submissions({ kommunenummer, bydel, ar });
    return {
      innsending: replyOf(submission),
      kommunenavn: kommunenavnOf(kommunenummer, ar),
      beregnet: computeAll(template, submission.payload),
      versjoner: [...series].sort((a, b) => a.versjon - b.versjon || a.mottatt.getTime() - b.mottatt.getTime()).map((s) => versionOfSubmission(s, template)),
      frist: isoDay(deadlineOf(template, ar).day),
    };
  });

  app.get(
    `${BASE}/endringer`,
    { schema: { params, querystring: z.object({ fra: z.string() }), response: { 200: changesSchema } } },
    async (request) => {
      const caller = callerOf(request);
      requireAdmin(caller);
      const [to, from] = await Promise.all([reachableSubmission(store, caller, request.params.id), reachableSubmission(store, caller, request.query.fra)]);
      const same = (['kommunenummer', 'bydel', 'ar'] as const).every((k) => to.key[k] === from.key[k]);
      if (!same) {
        throw new HttpProblem('ugyldig-foresporsel', 'De to innsendingene er ikke versjoner av samme rapport (kommune, bydel og år). Velg to versjoner av samme rapport.');
      }
      const template = templateOf(to);
      return {
        fra: versionOfSubmission(from, template),
        til: versionOfSubmission(to, template),
        endringer: payloadChanges(template, from.payload, to.payload).map((c) => ({ felt: c.field, fra: c.from, til: c.to })),
      };
    },
  );

  // Its own municipality may fetch it too: it is the municipality's report, as Husbanken keeps it.
  app.get(`${BASE}/rapport.xlsx`, { schema: { params } }, async (request, reply) => {
    const submission = await reachableSubmission(store, callerOf(request), request.params.id);
    const bytes = await renderXlsx(filledPlan(templateOf(submission), submission.payload));
    const { kommunenummer, bydel, ar } = submission.key;
    const name = ['boso-arsrapport', String(ar), kommunenummer, ...(bydel === '' ? [] : [fileNamePart(bydel)]), `v${submission.versjon}`].join('-');
    return reply.type(SUBMISSION_CONTENT_TYPES.xlsx).header('Content-Disposition', `attachment; filename="${name}.xlsx"`).send(bytes);
  });
};
