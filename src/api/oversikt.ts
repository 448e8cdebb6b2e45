/**
 * Replies of Husbanken's overview endpoints (docs/server.md). The server serialises through these and
 * the overview page parses with them. Times are ISO 8601 in UTC, days `yyyy-mm-dd`; whether a report
 * came after the deadline is the server's verdict in Norwegian time.
 */
import { z } from 'zod';
import { computedSchema } from '../report/computed-schema';
import { cellValueSchema } from '../report/values';
import { submissionReplySchema } from './receipt';

const day = z.iso.date();
const time = z.iso.datetime();
const count = z.number().int().min(0);

/** One report's place in the year: a municipality (or one of Oslo's districts), reported or not. */
export const yearRowSchema = z.object({
  kommunenummer: z.string(),
  /** The register's name for the number in the year. */
  kommunenavn: z.string(),
  bydel: z.string().nullable(),
  /** The latest version, or null when nothing has come for the year. */
  siste: z.object({ id: z.string(), versjon: z.number().int().min(1), mottatt: time, advarsler: count }).nullable(),
  /** When the first version came: it decides whether the report was late. */
  forsteMottatt: time.nullable(),
  antallVersjoner: count,
  forSent: z.boolean(),
});
export type YearRow = z.infer<typeof yearRowSchema>;

export const yearOverviewSchema = z.object({
  ar: z.number().int(),
  /** The last day to deliver: 28.02 of the year after. */
  frist: day,
  antall: z.object({
    /** Municipalities taking part: an active municipality token, or a report for the year. */
    deltakere: count,
    /** Of them, those with at least one report for the year (Oslo with any of its districts). */
    levert: count,
    forSent: count,
  }),
  rapporter: z.array(yearRowSchema),
});
export type YearOverview = z.infer<typeof yearOverviewSchema>;

export const versionSchema = z.object({ id: z.string(), versjon: z.number().int().min(1), mottatt: time, advarsler: count, forSent: z.boolean() });
export type Version = z.infer<typeof versionSchema>;

export const reportViewSchema = z.object({
  innsending: submissionReplySchema,
  kommunenavn: z.string(),
  /** The computed values of the payload, as validation returns them. */
  beregnet: computedSchema,
  /** Every version of the same report (municipality, bydel, year), first to last. */
  versjoner: z.array(versionSchema),
  frist: day,
});
export type ReportView = z.infer<typeof reportViewSchema>;

export const changesSchema = z.object({
  fra: versionSchema,
  til: versionSchema,
  /** Cells as findings name them (`c1_fastrente`, `okonomi[3].budsjett`, `okonomi.total.budsjett`), in the form's order. */
  endringer: z.array(z.object({ felt: z.string(), fra: cellValueSchema, til: cellValueSchema })),
});
export type Changes = z.infer<typeof changesSchema>;

export const totalsSchema = z.object({
  ar: z.number().int(),
  /** How many reports (the latest version of each) the sums are over. */
  rapporter: count,
  /** By cell, as findings name cells (`h11_sum_status0101`, `okonomi.total.budsjett`): the sum, and how many reports gave a number. */
  summer: z.record(z.string(), z.object({ sum: z.number(), rapporter: count })),
});
export type Totals = z.infer<typeof totalsSchema>;
