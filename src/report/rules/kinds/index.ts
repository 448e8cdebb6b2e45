/** Every rule kind and its behaviour. A new kind is a new entry here and in rules/types.ts. */
import type { Behaviour } from '../types';
import type { RuleKind } from '../definitions';
import { changeNeedsComment, matchesTotals, notGreaterThan } from './compare';
import { date, dateLimit, yearInText, yearRange } from './dates';
import { district } from './district';
import { alreadyAccepted, continuesPrevious } from './history';
import { listItems } from './lists';
import { municipalityName, municipalityNumber } from './municipality';
import { numberCell } from './number-cells';
import { anyFilled, notEmpty, requiredWith } from './presence';
import { computedIntact, uniqueInColumn } from './tables';

export const kinds: { readonly [K in RuleKind]: Behaviour<K> } = {
  notEmpty,
  numberCell,
  municipalityNumber,
  municipalityName,
  district,
  yearRange,
  date,
  dateLimit,
  listItems,
  notGreaterThan,
  changeNeedsComment,
  anyFilled,
  requiredWith,
  yearInText,
  computedIntact,
  matchesTotals,
  uniqueInColumn,
  continuesPrevious,
  alreadyAccepted,
};
