/** Kinds that compare numbers: C1-01..03, C2-01/02, H11-01, OKO-03 (sums), H11-02, OKO-06 (changes), OKO-07. */
import { hundredths } from '../../compute';
import { tableCell } from '../../findings';
import { fromOre, isEmpty, toOre } from '../../numbers';
import { totalCell, valuesOf, wholeYear, type Instance } from '../input';
import { allOf, blank, hundredthsOf, type TermForm } from '../excel-form';
import { readSum, type Reading } from '../reading';
import { placeSum, placeTerm, type SheetForm } from '../sheet-form';
import type { Behaviour } from '../types';

const sumOf = (instance: Instance, terms: readonly string[]): Reading =>
  readSum(terms.map((t) => [instance.reading(t), 1] as const));

export const notGreaterThan: Behaviour<'notGreaterThan'> = (rule, input) => {
  const partTerms = typeof rule.part === 'string' ? [rule.part] : rule.part;
  return input.instances(rule.in).flatMap((i) => {
    const part = sumOf(i, partTerms);
    const whole = sumOf(i, rule.whole);
    if (part.state !== 'tall' || whole.state !== 'tall' || part.value <= whole.value) return [];
    const partCells = partTerms.map((t) => i.cell(t));
    const wholeCells = rule.whole.map((t) => i.cell(t));
    const comment = rule.comment === undefined ? [] : [i.cell(rule.comment)];
    return [
      {
        fields: [...partCells, ...wholeCells, ...comment],
        values: valuesOf(i, [...partTerms, ...rule.whole]),
        detail: { part: part.value, whole: whole.value, partCells, wholeCells },
      },
    ];
  });
};

/** Larger than `minPercent` % of the base and at least `minChange`, either sign; all in hundredths. */
function large(change: number, base: number, minPercent: number, minChange: number): boolean {
  const size = Math.abs(change);
  return size >= minChange && size * 100 > Math.abs(base) * minPercent;
}

export const changeNeedsComment: Behaviour<'changeNeedsComment'> = (rule, input) =>
  input.instances(rule.in).flatMap((i) => {
    const formula = i.formula(rule.change);
    if (formula?.op !== 'difference' || !isEmpty(i.raw(rule.comment))) return [];
    const from = i.reading(formula.subtrahend);
    const to = i.reading(formula.minuend);
    if (from.state !== 'tall' || to.state !== 'tall') return [];
    const change = to.value - from.value;
    if (!large(change, from.value, rule.minPercent, toOre(rule.minChange))) return [];
    return [
      {
        fields: [i.cell(rule.change), i.cell(rule.comment)],
        values: valuesOf(i, [rule.change, formula.minuend, formula.subtrahend, rule.comment]),
        detail: {
          from: from.value,
          to: to.value,
          change,
          fromCell: i.cell(formula.subtrahend),
          toCell: i.cell(formula.minuend),
        },
      },
    ];
  });

export const matchesTotals: Behaviour<'matchesTotals'> = (rule, input) => {
  const year = input.year(rule.year);
  const target = input.rows(rule.table).find(({ row }) => wholeYear(row[rule.key]) === year);
  const totals = input.computation(rule.totalsOf)?.total;
  if (year === undefined || target === undefined || totals === undefined || input.rows(rule.totalsOf).length === 0) {
    return [];
  }
  return rule.pairs.flatMap(({ column, total }) => {
    const value = hundredths(target.row[column]);
    const sum = totals[total] ?? null;
    if (value === null || sum === null || value === sum) return [];
    const cell = tableCell(rule.table, target.index, column);
    const sumCell = totalCell(rule.totalsOf, total);
    return [
      {
        fields: [cell, sumCell],
        values: { [cell]: target.row[column] ?? null, [sumCell]: fromOre(sum) },
        detail: { value, total: sum, year },
      },
    ];
  });
};

const side = (form: TermForm): string => hundredthsOf(form.value);

export const notGreaterThanSheet: SheetForm<'notGreaterThan'> = {
  marks: (rule, views, rowsOf) => {
    const partTerms = typeof rule.part === 'string' ? [rule.part] : rule.part;
    return views.places(rule.in, rowsOf).map((place) => ({
      cells: [...partTerms, ...rule.whole, ...(rule.comment === undefined ? [] : [rule.comment])].map((t) => place.cell(t)),
      condition: (ref) => {
        const part = placeSum(place, partTerms, ref);
        const whole = placeSum(place, rule.whole, ref);
        return allOf([part.reported, whole.reported, `${side(part)}>${side(whole)}`]);
      },
    }));
  },
};

export const changeNeedsCommentSheet: SheetForm<'changeNeedsComment'> = {
  marks: (rule, views, rowsOf) =>
    views.places(rule.in, rowsOf).flatMap((place) => {
      const formula = place.formula(rule.change);
      if (formula?.op !== 'difference') return [];
      return [
        {
          cells: [place.cell(rule.change), place.cell(rule.comment)],
          condition: (ref) => {
            const to = placeTerm(place, formula.minuend, ref);
            const from = placeTerm(place, formula.subtrahend, ref);
            const change = `ABS(${side(to)}-${side(from)})`;
            return allOf([
              blank(ref(place.cell(rule.comment))),
              to.reported,
              from.reported,
              `${change}>=${toOre(rule.minChange)}`,
              `${change}*100>ABS(${side(from)})*${rule.minPercent}`,
            ]);
          },
        },
      ];
    }),
};

export const matchesTotalsSheet: SheetForm<'matchesTotals'> = { none: 'otherRows' };
