/** GEN-04..07 and C1-04 (year of the month): years and dates against the report year and today. */
import { dayNumber, parseDate, parseNumber } from '../../numbers';
import type { CalendarDate, CellValue } from '../../values';
import { blank, numberOf } from '../excel-form';
import { wholeYear } from '../input';
import type { SheetForm } from '../sheet-form';
import type { Behaviour } from '../types';

export const yearRange: Behaviour<'yearRange'> = (rule, input) => {
  const value = input.given(rule.field);
  if (value === undefined) return [];
  const parsed = parseNumber(value);
  const to = input.context.today.year;
  const ok = parsed.ok && Number.isInteger(parsed.value) && parsed.value >= rule.from && parsed.value <= to;
  return ok ? [] : [{ fields: [rule.field], values: { [rule.field]: value }, detail: { from: rule.from, to } }];
};

export const date: Behaviour<'date'> = (rule, input) => {
  const value = input.given(rule.field);
  if (value === undefined || parseDate(value)) return [];
  return [{ fields: [rule.field], values: { [rule.field]: value }, detail: {} }];
};

export const dateLimit: Behaviour<'dateLimit'> = (rule, input) => {
  const value = input.raw(rule.field);
  const given = parseDate(value);
  const year = input.year(rule.year);
  if (given === undefined || year === undefined) return [];
  // The template's deadline falls in the year after the report year.
  const day = rule.limit === 'deadline' ? { ...input.template.deadline, yearsAfter: 1 } : rule.limit;
  const limit: CalendarDate = { year: year + day.yearsAfter, month: day.month, day: day.day };
  const ok = rule.bound === 'notBefore' ? dayNumber(given) >= dayNumber(limit) : dayNumber(given) <= dayNumber(limit);
  return ok
    ? []
    : [
        {
          fields: [rule.field],
          values: { [rule.field]: value ?? null, [rule.year]: year },
          detail: { date: given, limit, year },
        },
      ];
};

/** Four-digit years a text names ("januar 2014", "12/2013"); a number is a year or an Excel date. */
function yearsNamed(value: CellValue | undefined): readonly number[] {
  if (typeof value === 'number') {
    const year = wholeYear(value) ?? parseDate(value)?.year;
    return year === undefined ? [] : [year];
  }
  if (typeof value !== 'string') return [];
  return [...new Set([...value.matchAll(/(?<!\d)\d{4}(?!\d)/g)].map((m) => Number(m[0])))];
}

export const yearInText: Behaviour<'yearInText'> = (rule, input) => {
  const value = input.raw(rule.field);
  const year = input.year(rule.year);
  if (year === undefined) return [];
  const years = yearsNamed(value);
  if (years.every((y) => y >= year && y <= year + rule.yearsAfter)) return [];
  return [{ fields: [rule.field], values: { [rule.field]: value ?? null, [rule.year]: year }, detail: { years, year } }];
};

export const yearRangeSheet: SheetForm<'yearRange'> = {
  marks: (rule) => [
    {
      cells: [rule.field],
      condition: (ref) => {
        const cell = ref(rule.field);
        const year = numberOf(cell);
        // The validator judges against the day it runs; the sheet against the day it is looked at.
        return `IFERROR(IF(${blank(cell)},FALSE(),NOT(AND(${year}=INT(${year}),${year}>=${rule.from},${year}<=YEAR(TODAY())))),TRUE())`;
      },
    },
  ],
};
export const dateSheet: SheetForm<'date'> = { none: 'textDates' };
export const dateLimitSheet: SheetForm<'dateLimit'> = { none: 'textDates' };
export const yearInTextSheet: SheetForm<'yearInText'> = { none: 'freeText' };
