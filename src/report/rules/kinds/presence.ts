/** Kinds about cells being filled in: GEN-01, TXT-01, H11-03, C1-04 (month), OKO-04, OKO-08 (year). */
import { isEmpty } from '../../numbers';
import { valuesOf, wholeYear, type Instance } from '../input';
import type { Behaviour } from '../types';

export const notEmpty: Behaviour<'notEmpty'> = (rule, input) =>
  input
    .select(rule.cells)
    .filter((cell) => isEmpty(cell.value))
    .map((cell) => ({ fields: [cell.id], values: { [cell.id]: cell.value ?? null }, detail: {} }));

export const anyFilled: Behaviour<'anyFilled'> = (rule, input) =>
  input
    .instances(rule.in)
    .filter((i) => rule.terms.every((t) => isEmpty(i.raw(t))))
    .map((i) => ({ fields: rule.terms.map((t) => i.cell(t)), values: valuesOf(i, rule.terms), detail: {} }));

/** A year cell is filled in only with a year: "tjue" in `ar` is as good as nothing. */
function present(instance: Instance, term: string): boolean {
  const value = instance.raw(term);
  return instance.kind(term) === 'aar' ? wholeYear(value) !== undefined : !isEmpty(value);
}

export const requiredWith: Behaviour<'requiredWith'> = (rule, input) =>
  input.instances(rule.in).flatMap((i) => {
    const filled = rule.when.filter((t) => !isEmpty(i.raw(t)));
    if (filled.length === 0 || present(i, rule.field)) return [];
    return [
      {
        fields: [i.cell(rule.field)],
        values: valuesOf(i, [rule.field, ...filled]),
        detail: { filled: filled.map((t) => i.cell(t)) },
      },
    ];
  });
