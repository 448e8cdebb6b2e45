import { kommunerFor, suggestKommune } from './kommuner';

export type KommuneCheck =
  | { readonly ok: true; readonly navn: string }
  | { readonly ok: false; readonly message: string; readonly suggestion?: string; readonly formerName?: string };

/**
 * Whether `nummer` is a municipality in `year`, and if not, a Norwegian sentence saying what the number
 * was or will be and which number the municipality had that year (`suggestion`).
 */
export function checkKommune(nummer: string, year: number): KommuneCheck {
  if (!/^\d{4}$/.test(nummer)) {
    return { ok: false, message: `«${nummer}» er ikke fire sifre. Skriv kommunenummeret med ledende null, f.eks. 0502.` };
  }
  const navn = kommunerFor(year)?.get(nummer);
  if (navn !== undefined) return { ok: true, navn };
  const s = suggestKommune(year, nummer);
  const parts = [`${nummer} er ikke et kommunenummer i ${year}.`];
  if (s.formerName !== undefined) {
    const place = s.formerName.split(' - ')[0] ?? s.formerName;
    const later = s.firstYear !== undefined && s.firstYear > year;
    parts.push(
      later
        ? `${nummer} er nummeret til ${s.formerName} fra ${s.firstYear}.`
        : `${nummer} var nummeret til ${s.formerName}${s.lastYear === undefined ? '' : ` til og med ${s.lastYear}`}.`,
    );
    if (s.numberThatYear !== undefined) parts.push(`I ${year} ${later ? 'hadde' : 'har'} ${place} nummer ${s.numberThatYear}.`);
  } else if (s.similar.length > 0) {
    parts.push(`Mente du ${s.similar.map(([n, navn]) => `${n} ${navn}`).join(', ')}?`);
  }
  return {
    ok: false,
    message: parts.join(' '),
    ...(s.numberThatYear === undefined ? {} : { suggestion: s.numberThatYear }),
    ...(s.formerName === undefined ? {} : { formerName: s.formerName }),
  };
}
