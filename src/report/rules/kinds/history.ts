/** HIS-01 and HIS-02: what the server knows about earlier reports, handed in through the context. */
import { wholeYear } from '../input';
import { readCell } from '../reading';
import type { SheetForm } from '../sheet-form';
import type { Behaviour } from '../types';

export const continuesPrevious: Behaviour<'continuesPrevious'> = (rule, input) => {
  const previous = input.context.previous;
  if (previous === undefined) return [];
  const year = input.year(rule.year);
  const previousYear = wholeYear(previous.values[rule.year]) ?? (year === undefined ? undefined : year - 1);
  return input.instances(rule.in).flatMap((i) => {
    const now = i.reading(rule.current);
    const previousCell = i.cell(rule.previous);
    const before = readCell(previous.values[previousCell]);
    if (now.state !== 'tall' || before.state !== 'tall' || now.value === before.value) return [];
    const cell = i.cell(rule.current);
    return [
      {
        fields: [cell],
        values: { [cell]: i.value(rule.current), [`forrige.${previousCell}`]: previous.values[previousCell] ?? null },
        detail: {
          current: now.value,
          previous: before.value,
          previousCell,
          ...(previousYear === undefined ? {} : { previousYear }),
        },
      },
    ];
  });
};

export const alreadyAccepted: Behaviour<'alreadyAccepted'> = (rule, input) => {
  const accepted = input.context.acceptedVersions ?? 0;
  if (!(accepted > 0)) return [];
  const year = input.year(rule.year);
  return [
    {
      fields: rule.fields,
      values: Object.fromEntries(rule.fields.map((f) => [f, input.raw(f) ?? null])),
      detail: { accepted, ...(year === undefined ? {} : { year }) },
    },
  ];
};

export const continuesPreviousSheet: SheetForm<'continuesPrevious'> = { none: 'history' };
export const alreadyAcceptedSheet: SheetForm<'alreadyAccepted'> = { none: 'history' };
