/**
 * The value types every layer of the domain speaks: what a cell holds, what a value kind is, how severe a
 * finding is, a day in the calendar. This module imports nothing of the domain, so everything can import it.
 */
import { z } from 'zod';

/** What a cell can hold once read: text is kept as typed so the validator can name what is wrong. */
export const cellValueSchema = z.union([z.string().max(100_000), z.number(), z.boolean(), z.null()]);
export type CellValue = z.infer<typeof cellValueSchema>;

/** What a cell holds. `beregnet` cells are formulas in the sheet and computed values in the domain. */
export type ValueKind = 'antall' | 'kroner' | 'tekst' | 'aar' | 'dato' | 'kommunenummer' | 'beregnet';

export const severitySchema = z.enum(['feil', 'advarsel']);
export type Severity = z.infer<typeof severitySchema>;

export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}
