/**
 * The municipality register (SSB KLASS 131), one version per period, looked up by report year.
 * Copied from shared/data/kommuner.json into ./data at build time of the repository, not read at run time.
 */
import { z } from 'zod';
import register from './data/kommuner.json';

const registerSchema = z.object({
  versions: z.array(
    z.object({
      validFrom: z.string(),
      validTo: z.string().nullable(),
      klassVersion: z.string(),
      kommuner: z.array(z.tuple([z.string(), z.string()])),
    }),
  ),
});

const { versions } = registerSchema.parse(register);
const byYear = new Map<number, ReadonlyMap<string, string>>();

/** The version valid on 1 January of `year`, or undefined for a year the register does not cover. */
export function kommunerFor(year: number): ReadonlyMap<string, string> | undefined {
  const cached = byYear.get(year);
  if (cached) return cached;
  const jan1 = `${String(year).padStart(4, '0')}-01-01`;
  const version = versions.find((v) => v.validFrom <= jan1 && (v.validTo === null || jan1 <= v.validTo));
  if (!version) return undefined;
  const map = new Map(version.kommuner.map(([nummer, navn]) => [nummer, navn] as const));
  byYear.set(year, map);
  return map;
}

/** Years the register covers, for messages. */
export const registerYears = {
  first: Number(versions[0]?.validFrom.slice(0, 4)),
};

/** Every language form and the plain name without a disambiguation, normalised for comparison. */
export function nameForms(registerName: string): readonly string[] {
  const forms = registerName.split(' - ').flatMap((form) => {
    const plain = form.replace(/\s*\([^)]*\)\s*$/, '');
    return [normaliseName(form), normaliseName(plain)];
  });
  return [normaliseName(registerName), ...forms];
}

/** Case, the word "kommune" and surrounding spaces do not matter when a name is compared. */
export function normaliseName(name: string): string {
  return name
    .toLocaleLowerCase('nb')
    .replace(/\bkommune\b/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The number a municipality with this name had in `year`, when exactly one matches. */
export function numberForName(year: number, name: string): string | undefined {
  const register = kommunerFor(year);
  if (!register) return undefined;
  const wanted = normaliseName(name);
  if (wanted === '') return undefined;
  const hits = [...register].filter(([, navn]) => nameForms(navn).includes(wanted));
  return hits.length === 1 ? hits[0]?.[0] : undefined;
}

export interface KommuneSuggestion {
  /** The name the number had in the latest register version that knew it. */
  readonly formerName?: string;
  /** The first year the register knows that number (with that name). */
  readonly firstYear?: number;
  /** The last year that number was valid. */
  readonly lastYear?: number;
  /** The number a municipality of that name has in the year asked about. */
  readonly numberThatYear?: string;
  /** Valid numbers of the year that differ from the one given in a single digit. */
  readonly similar: readonly (readonly [string, string])[];
}

/** What to suggest for a number that is not a municipality in `year`. */
export function suggestKommune(year: number, nummer: string): KommuneSuggestion {
  const known = [...versions].reverse().find((v) => v.kommuner.some(([n]) => n === nummer));
  const formerName = known?.kommuner.find(([n]) => n === nummer)?.[1];
  const register = kommunerFor(year);
  const similar = register
    ? [...register].filter(([n]) => n.length === nummer.length && [...n].filter((d, i) => d !== nummer[i]).length === 1).slice(0, 3)
    : [];
  if (formerName === undefined || known === undefined) return { similar };
  const plainName = formerName.split(' - ')[0]?.replace(/\s*\([^)]*\)$/, '') ?? formerName;
  const numberThatYear = numberForName(year, plainName);
  const firstKnown = versions.find((v) => v.kommuner.some(([n, navn]) => n === nummer && navn === formerName));
  return {
    formerName,
    ...(firstKnown === undefined ? {} : { firstYear: Number(firstKnown.validFrom.slice(0, 4)) }),
    ...(known.validTo === null ? {} : { lastYear: Number(known.validTo.slice(0, 4)) }),
    ...(numberThatYear === undefined ? {} : { numberThatYear }),
    similar,
  };
}
