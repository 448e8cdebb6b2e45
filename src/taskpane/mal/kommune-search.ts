/**
 * Finding a municipality in the register of the report year as the user types: "0502" or "05" by
 * number, "Gjø" or "gjøvik kommune" by name (any of a name's language forms). Names that start with
 * what was typed come before names that only contain it.
 */
import { kommunerFor, nameForms, normaliseName } from '../../report/kommuner';

export interface Kommune {
  readonly nummer: string;
  readonly navn: string;
}

export interface KommuneSearch {
  readonly hits: readonly Kommune[];
  /** How many match in all; more than `hits` when the list was cut. */
  readonly total: number;
}

export function searchKommuner(year: number, query: string, limit: number): KommuneSearch {
  const register = kommunerFor(year);
  const wanted = normaliseName(query);
  if (register === undefined || wanted === '') return { hits: [], total: 0 };
  const all = [...register].map(([nummer, navn]) => ({ nummer, navn }));
  const byNumber = /^\d+$/.test(wanted);
  const starts = all.filter((k) => (byNumber ? k.nummer.startsWith(wanted) : nameForms(k.navn).some((f) => f.startsWith(wanted))));
  const contains = byNumber ? [] : all.filter((k) => !starts.includes(k) && nameForms(k.navn).some((f) => f.includes(wanted)));
  const matches = [...starts, ...contains];
  return { hits: matches.slice(0, limit), total: matches.length };
}

/** The register's name of a number in a year, for a municipality already chosen. */
export function kommuneNavn(year: number, nummer: string): string | undefined {
  return kommunerFor(year)?.get(nummer);
}
