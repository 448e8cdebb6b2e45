/**
 * Oslo's districts (bydeler), which report on their own: SSB's list, copied from
 * shared/data/bydeler-oslo.json into ./data, not read from shared at run time. A district's canonical
 * name is what GEN-10 accepts and what the server keys a report's versions by, so `Bydel Alna` and
 * `alna` are one series.
 */
import { z } from 'zod';
import data from './data/bydeler-oslo.json';

const registerSchema = z.object({
  kommunenummer: z.string().regex(/^\d{4}$/),
  bydeler: z.array(z.object({ nummer: z.string(), navn: z.string().min(1) })),
});

const register = registerSchema.parse(data);

/** The one municipality whose districts report on their own: Oslo, 0301. */
export const BYDEL_KOMMUNE = register.kommunenummer;

/** The districts' names in SSB's order (by district code). */
export const bydelNames: readonly string[] = register.bydeler.map((b) => b.navn);

/** Case, runs of white space and a leading word "Bydel" do not matter. */
function normalise(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase('nb')
    .replace(/^bydel /, '');
}

const byNormalised = new Map(bydelNames.map((name) => [normalise(name), name]));

/** The district's name as SSB writes it (`Bydel Alna`, `alna`, `ALNA` → `Alna`); undefined for anything else. */
export function canonicalBydel(text: string): string | undefined {
  return byNormalised.get(normalise(text));
}

/** Letters only, without accents, so that `Grunerlokka` and `St Hanshaugen` are near what they mean. */
function folded(text: string): string {
  return normalise(text)
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/[^a-z]/g, '');
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(substitution, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Shorter words than this are too short to be found inside a district's name. */
const MIN_PART = 3;
const MAX_SIMILAR = 3;

/**
 * The districts a text that is not one resembles, closest first: a typing error or two (one in a short
 * name), the name without its accents or dots, or a part of it (`Aker` → Nordre Aker, Vestre Aker).
 */
export function similarBydeler(text: string): readonly string[] {
  const typed = folded(text);
  if (typed === '') return [];
  return bydelNames
    .map((name) => {
      const target = folded(name);
      const distance = editDistance(typed, target);
      const near = distance <= (target.length < 6 ? 1 : 2);
      const part = typed.length >= MIN_PART && (target.includes(typed) || typed.includes(target));
      return { name, distance, similar: near || part };
    })
    .filter((c) => c.similar)
    .sort((a, b) => a.distance - b.distance)
    .slice(0, MAX_SIMILAR)
    .map((c) => c.name);
}
