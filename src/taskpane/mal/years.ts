import type { Template } from '../../report/template';

/** The years a report may be for, newest first: from the template's first year (its year rule) to this year. */
export function reportYears(template: Template, now: Date): number[] {
  const from = template.rules.find((r) => r.kind === 'yearRange')?.from ?? now.getFullYear();
  return Array.from({ length: Math.max(now.getFullYear() - from + 1, 1) }, (_, i) => now.getFullYear() - i);
}

/** Reports are written in the spring for the year before. */
export function defaultYear(years: readonly number[], now: Date): number {
  return years.includes(now.getFullYear() - 1) ? now.getFullYear() - 1 : (years[0] ?? now.getFullYear());
}
