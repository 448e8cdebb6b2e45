/** NUM-01..04 and OKO-01/02: a number cell holds a number, a whole one, one that is not negative, not as text. */
import { isEmpty, parseNumber } from '../../numbers';
import type { CellValue } from '../../values';
import type { Behaviour, RuleDetails } from '../types';
import type { NumberCheck } from '../definitions';

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
