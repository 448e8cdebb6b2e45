/**
 * Which reports are versions of one another: the municipality, the Oslo district by its canonical name
 * (GEN-10: `Bydel Alna` and `alna` are one series, a misspelling starts none) and the year.
 */
import { canonicalBydel } from './bydeler';
import { parseNumber } from './numbers';
import type { PayloadV1 } from './payload';
import type { CellValue } from './values';

/** One report series: the server keeps its versions, the add-in asks for last year's of it. */
export interface ReportKey {
  readonly kommunenummer: string;
  /** Empty string when the report is for the whole municipality. */
  readonly bydel: string;
  readonly ar: number;
}

/** The series as one text: for a lock, a map key, a dependency that must not change with every read. */
export const seriesText = (key: ReportKey): string => `${key.kommunenummer}|${key.bydel}|${key.ar}`;

export const sameSeries = (a: ReportKey, b: ReportKey): boolean => seriesText(a) === seriesText(b);

/** A municipality number or bydel as a report key: trimmed, a run of white space as one space. */
export const keyText = (text: string): string => text.trim().replace(/\s+/g, ' ');

/**
 * The district a series is kept under: its canonical name, or for text that names no district (kept
 * from before GEN-10, or refused by it) the text itself.
 */
export const bydelKey = (text: string): string => canonicalBydel(text) ?? keyText(text);

const textOf = (value: CellValue | undefined): string => (value === undefined || value === null ? '' : keyText(String(value)));

/** The municipality number a payload names, as keys compare it; '' when it names none. */
export const kommunenummerOf = (payload: PayloadV1): string => textOf(payload.values.kommunenummer);

/** Which report this is a version of; undefined when the payload does not say (validation will). */
export function reportKeyOf(payload: PayloadV1): ReportKey | undefined {
  const kommunenummer = kommunenummerOf(payload);
  const year = parseNumber(payload.values.rapporteringsar);
  if (kommunenummer === '' || !year.ok || !Number.isInteger(year.value)) return undefined;
  return { kommunenummer, bydel: bydelKey(textOf(payload.values.bydel)), ar: year.value };
}
