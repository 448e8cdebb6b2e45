/**
 * The year view: every municipality taking part, reported or not, from the year's series and the
 * tokens. A municipality takes part when it has an active token whose number exists in the year's
 * register, or when it has reported for the year; Oslo's districts are one row each.
 */
import type { Version, YearOverview, YearRow } from '../api/oversikt';
import { kommunerFor, suggestKommune } from '../report/kommuner';
import type { Template } from '../report/template';
import type { CalendarDate } from '../report/values';
import { osloStartOfDay } from './oslo-date';
import type { SeriesSummary, TokenRecord } from './storage/store';

/** The template's deadline for a report year, and the instant from which a report is late. */
export interface Deadline {
  readonly day: CalendarDate;
  readonly lateFrom: Date;
}

export function deadlineOf(template: Template, ar: number): Deadline {
  const day = { year: ar + 1, month: template.deadline.month, day: template.deadline.day };
  const next = new Date(Date.UTC(day.year, day.month - 1, day.day + 1));
  return { day, lateFrom: osloStartOfDay({ year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() }) };
}

export const isoDay = (d: CalendarDate): string => `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

/** The register's name for the number that year, else the name it had when it last existed. */
export function kommunenavnOf(kommunenummer: string, ar: number): string {
  return kommunerFor(ar)?.get(kommunenummer) ?? suggestKommune(ar, kommunenummer).formerName ?? '';
}

export const versionOf = (
  s: { readonly id: string; readonly versjon: number; readonly mottatt: Date; readonly advarsler: number },
  deadline: Deadline,
): Version => ({ id: s.id, versjon: s.versjon, mottatt: s.mottatt.toISOString(), advarsler: s.advarsler, forSent: s.mottatt >= deadline.lateFrom });

export function yearOverview(ar: number, series: readonly SeriesSummary[], tokens: readonly TokenRecord[], template: Template): YearOverview {
  const deadline = deadlineOf(template, ar);
  const register = kommunerFor(ar);
  const names = new Map<string, string>();
  const nameOf = (nummer: string): string => {
    const known = names.get(nummer) ?? kommunenavnOf(nummer, ar);
    names.set(nummer, known);
    return known;
  };
  const reported: YearRow[] = series.map((s) => ({
    kommunenummer: s.key.kommunenummer,
    kommunenavn: nameOf(s.key.kommunenummer),
    bydel: s.key.bydel === '' ? null : s.key.bydel,
    siste: { id: s.latest.id, versjon: s.latest.versjon, mottatt: s.latest.mottatt.toISOString(), advarsler: s.latest.advarsler },
    forsteMottatt: s.firstReceived.toISOString(),
    antallVersjoner: s.versions,
    forSent: s.firstReceived >= deadline.lateFrom,
  }));
  const delivered = new Set(series.map((s) => s.key.kommunenummer));
  const waiting = [
    ...new Set(
      tokens
        .filter((t) => t.kind === 'kommune' && t.tilbakekalt === null && t.kommunenummer !== null && register?.has(t.kommunenummer))
        .map((t) => t.kommunenummer ?? ''),
    ),
  ].filter((nummer) => !delivered.has(nummer));
  const missing = waiting.map(
    (nummer): YearRow => ({ kommunenummer: nummer, kommunenavn: nameOf(nummer), bydel: null, siste: null, forsteMottatt: null, antallVersjoner: 0, forSent: false }),
  );
  const rows = [...reported, ...missing].sort(
    (a, b) => a.kommunenummer.localeCompare(b.kommunenummer) || (a.bydel ?? '').localeCompare(b.bydel ?? '', 'nb'),
  );
  return {
    ar,
    frist: isoDay(deadline.day),
    antall: { deltakere: delivered.size + waiting.length, levert: delivered.size, forSent: reported.filter((r) => r.forSent).length },
    rapporter: rows,
  };
}
