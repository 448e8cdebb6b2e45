/** Kinds about cells being filled in: GEN-01, TXT-01, H11-03, C1-04 (month), OKO-04, OKO-08 (year). */
import { isEmpty } from '../../numbers';
import type { ValueKind } from '../../values';
import { filled, numberOf } from '../excel-form';
import { valuesOf, wholeYear, type Instance } from '../input';
import type { SheetForm } from '../sheet-form';
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

export const notEmptySheet: SheetForm<'notEmpty'> = { none: 'missingContent' };
export const anyFilledSheet: SheetForm<'anyFilled'> = { none: 'missingContent' };

/** A year cell counts only with a whole four-digit year in it, as `present` above: 1000 to 9999, said as its distance from the middle so the long reading of the cell is written twice, not three times. */
const presentForm = (ref: string, kind: ValueKind | undefined): string =>
  kind === 'aar' ? `IFERROR(AND(MOD(${numberOf(ref)},1)=0,ABS(${numberOf(ref)}-5499.5)<=4499.5),FALSE())` : filled(ref);

export const requiredWithSheet: SheetForm<'requiredWith'> = {
  marks: (rule, views, rowsOf) =>
    views.places(rule.in, rowsOf).map((place) => ({
      cells: [place.cell(rule.field)],
      condition: (ref) => {
        const when = rule.when.map((t) => filled(ref(place.cell(t))));
        return `AND(${when.length === 1 ? when[0] : `OR(${when.join(',')})`},NOT(${presentForm(ref(place.cell(rule.field)), place.kind(rule.field))}))`;
      },
    })),
};
