import { kommunerFor, suggestKommune } from '../report/kommuner';

export type KommuneCheck =
  | { readonly ok: true; readonly navn: string }
  | { readonly ok: false; readonly message: string; readonly formerName?: string };

/** Whether `nummer` is a municipality in `year`, and if not, a Norwegian sentence saying what it was. */
export function checkKommune(nummer: string, year: number): KommuneCheck {
  if (!/^\d{4}$/.test(nummer)) {
    return { ok: false, message: `«${nummer}» er ikke fire sifre. Skriv kommunenummeret med ledende null, f.eks. 0502.` };
  }
  const navn = kommunerFor(year)?.get(nummer);
  if (navn !== undefined) return { ok: true, navn };
  const s = suggestKommune(year, nummer);
  const parts = [`${nummer} er ikke et kommunenummer i ${year}.`];
  if (s.formerName !== undefined) {
    parts.push(`${nummer} var ${s.formerName}${s.lastYear === undefined ? '' : ` til og med ${s.lastYear}`}.`);
    if (s.numberThatYear !== undefined) parts.push(`I ${year} er nummeret ${s.numberThatYear}.`);
  } else if (s.similar.length > 0) {
    parts.push(`Mente du ${s.similar.map(([n, navn]) => `${n} ${navn}`).join(', ')}?`);
  }
  return { ok: false, message: parts.join(' '), ...(s.formerName === undefined ? {} : { formerName: s.formerName }) };
}
