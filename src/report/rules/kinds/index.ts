/** Every rule kind, its behaviour and its sheet form. A new kind is a new entry here and in rules/definitions.ts. */
import type { RuleKind } from '../definitions';
import type { SheetForm } from '../sheet-form';
import type { Behaviour } from '../types';
import { changeNeedsComment, changeNeedsCommentSheet, matchesTotals, matchesTotalsSheet, notGreaterThan, notGreaterThanSheet } from './compare';
import { date, dateLimit, dateLimitSheet, dateSheet, yearInText, yearInTextSheet, yearRange, yearRangeSheet } from './dates';
import { district, districtSheet } from './district';
import { alreadyAccepted, alreadyAcceptedSheet, continuesPrevious, continuesPreviousSheet } from './history';
import { listItems, listItemsSheet } from './lists';
import { municipalityName, municipalityNameSheet, municipalityNumber, municipalityNumberSheet } from './municipality';
import { numberCell, numberCellSheet } from './number-cells';
import { anyFilled, anyFilledSheet, notEmpty, notEmptySheet, requiredWith, requiredWithSheet } from './presence';
import { computedIntact, computedIntactSheet, uniqueInColumn, uniqueInColumnSheet } from './tables';

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

/** How each kind marks the sheet, or why it cannot (rules/sheet-form.ts). */
export const sheetForms: { readonly [K in RuleKind]: SheetForm<K> } = {
  notEmpty: notEmptySheet,
  numberCell: numberCellSheet,
  municipalityNumber: municipalityNumberSheet,
  municipalityName: municipalityNameSheet,
  yearRange: yearRangeSheet,
  date: dateSheet,
  dateLimit: dateLimitSheet,
  listItems: listItemsSheet,
  district: districtSheet,
  notGreaterThan: notGreaterThanSheet,
  changeNeedsComment: changeNeedsCommentSheet,
  anyFilled: anyFilledSheet,
  requiredWith: requiredWithSheet,
  yearInText: yearInTextSheet,
  computedIntact: computedIntactSheet,
  matchesTotals: matchesTotalsSheet,
  uniqueInColumn: uniqueInColumnSheet,
  continuesPrevious: continuesPreviousSheet,
  alreadyAccepted: alreadyAcceptedSheet,
};
