/** GEN-10: a bydel is one of Oslo's districts, and only Oslo's reports name one. */
import { BYDEL_KOMMUNE, canonicalBydel, similarBydeler } from '../../bydeler';
import type { SheetForm } from '../sheet-form';
import type { Behaviour } from '../types';

export const district: Behaviour<'district'> = (rule, input) => {
  const bydel = input.given(rule.field);
  if (bydel === undefined) return [];
  const number = input.given(rule.number);
  const values = { [rule.field]: bydel, [rule.number]: number ?? null };
  if (number !== undefined && String(number).trim() !== BYDEL_KOMMUNE) {
    return [{ fields: [rule.field, rule.number], values, detail: { problem: 'ikkeOslo', oslo: BYDEL_KOMMUNE } }];
  }
  const text = String(bydel);
  if (canonicalBydel(text) !== undefined) return [];
  return [{ fields: [rule.field], values, detail: { problem: 'ukjent', similar: similarBydeler(text) } }];
};

/** Oslo's districts are a register the sheet does not hold. */
export const districtSheet: SheetForm<'district'> = { none: 'register' };
