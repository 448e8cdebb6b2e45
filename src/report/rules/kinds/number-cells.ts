/** NUM-01..04 and OKO-01/02: a number cell holds a number, a whole one, one that is not negative, not as text. */
import { tableCell } from '../../findings';
import { isEmpty, MAX_ABS_NUMBER, parseNumber } from '../../numbers';
import type { CellValue } from '../../values';
import type { NumberCheck } from '../definitions';
import { blank, numberOf } from '../excel-form';
import type { SheetForm } from '../sheet-form';
import type { Behaviour, RuleDetails } from '../types';

type Problem = RuleDetails['numberCell'];

function problemOf(check: NumberCheck, value: CellValue | undefined): Problem | undefined {
  const parsed = parseNumber(value);
  switch (check) {
    case 'number':
      return parsed.ok ? undefined : { problem: parsed.reason === 'forStort' ? 'forStort' : 'ikkeTall' };
    case 'whole':
      return parsed.ok && !Number.isInteger(parsed.value) ? { problem: 'ikkeHelt', value: parsed.value } : undefined;
    case 'nonNegative':
      return parsed.ok && parsed.value < 0 ? { problem: 'negativt', value: parsed.value } : undefined;
    case 'notText':
      return parsed.ok && typeof value === 'string' ? { problem: 'tekst', value: parsed.value } : undefined;
  }
}

export const numberCell: Behaviour<'numberCell'> = (rule, input) =>
  input.select(rule.cells).flatMap((cell) => {
    const detail = isEmpty(cell.value) ? undefined : problemOf(rule.check, cell.value);
    return detail ? [{ fields: [cell.id], values: { [cell.id]: cell.value ?? null }, detail }] : [];
  });

// Written out: HyperFormula reads no exponent literal such as 1E12.
const TOO_LARGE = String(MAX_ABS_NUMBER);

/** Each check as a condition on one cell, read as the check reads it (excel-form.ts). */
const CHECK_FORMS: { readonly [C in NumberCheck]: (ref: string) => string } = {
  // Not a number, or too large to be one (an error value or SANN/USANN is not a number either).
  number: (ref) => `IFERROR(ABS(${numberOf(ref)})>=${TOO_LARGE},TRUE())`,
  whole: (ref) => `IFERROR(MOD(${numberOf(ref)},1)<>0,FALSE())`,
  nonNegative: (ref) => `IFERROR(${numberOf(ref)}<0,FALSE())`,
  notText: (ref) => `IFERROR(AND(ISTEXT(${ref}),NOT(${blank(ref)}),ABS(${numberOf(ref)})<${TOO_LARGE}),FALSE())`,
};

export const numberCellSheet: SheetForm<'numberCell'> = {
  marks: (rule, views, rowsOf) => {
    const { fields, columns } = views.selection(rule.cells);
    const cells = [
      ...fields,
      ...columns.flatMap(({ table, columns: ids }) => rowsOf(table).flatMap((row) => ids.map((id) => tableCell(table.id, row, id)))),
    ];
    return cells.map((cell) => ({ cells: [cell], condition: (ref) => CHECK_FORMS[rule.check](ref(cell)) }));
  },
};
