/**
 * How a rule kind marks the sheet: for each place the rule applies to, the cells its finding would name
 * and a condition formula over the cells, true exactly where the rule fails. The layout plan turns these
 * into conditional formats (layout/conditional-formats.ts), so the sheet marks wrong cells as the user
 * types, with or without the add-in. A kind whose check has no exact Excel form says why instead.
 */
import type { TableDef } from '../template';
import type { RuleKind, RuleOf } from './definitions';
import { sumForm, termForm, type TermForm } from './excel-form';
import type { Place, TemplateViews } from './template-views';

/** How a condition refers to a cell named as findings name it (`c1_fastrente`, `okonomi[3].budsjett`). */
export type CellRef = (cell: string) => string;

export interface MarkPlace {
  /** The cells the rule's finding names here, which the condition marks. */
  readonly cells: readonly string[];
  readonly condition: (ref: CellRef) => string;
}

/** Why a check is left to the validator: each reason as docs/sheet-marks.md gives it. */
export const NO_SHEET_FORM = {
  missingContent: 'Missing content is listed by the check ("Gjenstår å fylle ut"); a freshly inserted template shows no marks.',
  register: "Needs the municipality register or Oslo's list of districts, which the workbook does not hold.",
  pattern: 'Checks the shape of e-mail addresses and phone numbers, which Excel formulas cannot test exactly.',
  textDates:
    'A date typed as text (`d.m.yy`, `dd.mm.yyyy`, ISO) would need a parse by FIND, MID and DATE in every formula that reads the date, on top of the number reading: too long and slow a condition for what it adds; marking Excel dates alone would leave text dates unmarked.',
  freeText: 'Reads four-digit years out of free text, which Excel formulas cannot do exactly.',
  otherRows:
    'Compares with other rows or another table: a growing table gives conditional formats no reference to its whole column that every host reads alike, and the sums would have to parse number text over arrays.',
  history: 'Needs earlier submissions, which only the collection endpoint has.',
} as const;

export type NoSheetForm = keyof typeof NO_SHEET_FORM;

export interface SheetMarks<K extends RuleKind> {
  /** `rowsOf` gives the body rows of a table the marks cover (the planned rows, 0-based). */
  readonly marks: (rule: RuleOf<K>, views: TemplateViews, rowsOf: (table: TableDef) => readonly number[]) => readonly MarkPlace[];
  /** Cells of the rule that the marks leave to the validator, and why. */
  readonly checkOnly?: { readonly cells: string; readonly why: NoSheetForm };
}

export type SheetForm<K extends RuleKind> = SheetMarks<K> | { readonly none: NoSheetForm };

/** A term of a place as the rules read it: a cell, or the template's formula over other terms. */
export function placeTerm(place: Place, term: string, ref: CellRef): TermForm {
  const formula = place.formula(term);
  if (!formula) return termForm(ref(place.cell(term)), place.kind(term));
  return formula.op === 'sum'
    ? sumForm(formula.terms.map((t) => [placeTerm(place, t, ref), 1] as const))
    : sumForm([
        [placeTerm(place, formula.minuend, ref), 1],
        [placeTerm(place, formula.subtrahend, ref), -1],
      ]);
}

/** Terms added up, as a side of a comparison. */
export const placeSum = (place: Place, terms: readonly string[], ref: CellRef): TermForm =>
  sumForm(terms.map((t) => [placeTerm(place, t, ref), 1] as const));
