/**
 * Rules as data. A rule is one value of `RuleDef`: an id and severity from shared/spec/rules.md, a
 * `kind` that names its behaviour (rules/kinds), and the kind's parameters. Terms name cells: field ids
 * for single fields, or column/row ids inside a `Scope`. The evaluator never looks at rule ids.
 * Templates hold their rules as this data, so it depends on nothing but the value types.
 */
import type { Severity, ValueKind } from '../values';

/** Where a rule's terms point. Without a scope, terms are field ids. */
export type Scope =
  /** Every input row of a grid, or every non-empty row of a table: terms are column ids. */
  | { readonly eachRowOf: string }
  /** Each listed column of a grid: terms are row ids. */
  | { readonly eachColumnOf: string; readonly columns: readonly string[] };

/** A set of cells described by what the template says about them, so a new field joins its rules by itself. */
export type CellSelector =
  /** Every input cell of these kinds: single fields, grid cells and the cells of non-empty table rows. */
  | { readonly valueKinds: readonly ValueKind[] }
  /** Every field the template marks as required. */
  | { readonly required: true }
  /** Every free-text section (a `text` block). */
  | { readonly textSections: true };

/**
 * What a number cell must be: a number, a whole one, one that is not negative, or a number that is not
 * written as text (Excel stores `2.265.000` as text, and the sheet's sums leave it out).
 */
export type NumberCheck = 'number' | 'whole' | 'nonNegative' | 'notText';

/** What a rule's limit counts, as messages say it. */
export type Unit = 'husstander' | 'kroner';

/** A day in the report year, or `yearsAfter` years later. */
export interface DayOfYear {
  readonly day: number;
  readonly month: number;
  readonly yearsAfter: number;
}

/**
 * Comparisons read each side as the sum of its terms. A side of counts whose terms are all empty is
 * "not reported" and a side with a term that is not a number is unknown (NUM/OKO-01 report that cell):
 * either way nothing is compared. Otherwise an empty term counts as 0, as in the sheet's formulas; an
 * empty amount (kroner) is always 0, so a budget with no accounts is a deviation.
 */
interface RuleParams {
  /** The selected cells must not be empty. */
  notEmpty: { readonly cells: CellSelector };
  /** The selected cells must hold a number (text as Norwegians write numbers counts), whole, ≥ 0, or not as text. */
  numberCell: { readonly cells: CellSelector; readonly check: NumberCheck };
  /** Four digits, and a municipality in the register for the report year. */
  municipalityNumber: { readonly field: string; readonly name: string; readonly year: string };
  /** The name must be one of the register's names for the number in the report year. */
  municipalityName: { readonly field: string; readonly number: string; readonly year: string };
  /** A filled-in `field` names one of Oslo's districts, and `number` is Oslo's municipality number. */
  district: { readonly field: string; readonly number: string };
  /** A whole year from `from` to today's year. */
  yearRange: { readonly field: string; readonly from: number };
  /** An Excel date, dd.mm.yy, dd.mm.yyyy or yyyy-mm-dd. */
  date: { readonly field: string };
  /** The date must not lie before/after a day of the report year, or the template's deadline. */
  dateLimit: {
    readonly field: string;
    readonly year: string;
    readonly bound: 'notBefore' | 'notAfter';
    readonly limit: DayOfYear | 'deadline';
  };
  /** Each item of a list (split on any of `separators`, a space meaning any white space) has the format. */
  listItems: { readonly field: string; readonly format: 'epost' | 'telefon'; readonly separators: string };
  /** Σpart ≤ Σwhole. `comment` is where the user may explain an advarsel. */
  notGreaterThan: {
    readonly part: string | readonly string[];
    readonly whole: readonly string[];
    readonly comment?: string;
    readonly in?: Scope;
  };
  /**
   * The change column (a difference in the template) must not exceed `minPercent` % of its subtrahend
   * and be at least `minChange` `unit`s (either sign) unless `comment` is filled in. Both sides of the
   * difference must be reported (an empty amount is 0).
   */
  changeNeedsComment: {
    readonly change: string;
    readonly comment: string;
    readonly minPercent: number;
    readonly minChange: number;
    readonly unit: Unit;
    readonly in: Scope;
  };
  /** At least one of the terms must be filled in. */
  anyFilled: { readonly terms: readonly string[]; readonly in: Scope };
  /** When any `when` term is filled in, `field` must be too (for an `aar` cell: with a four-digit year). */
  requiredWith: { readonly field: string; readonly when: readonly string[]; readonly in?: Scope };
  /** Every four-digit year the text names must be the report year or up to `yearsAfter` later. */
  yearInText: { readonly field: string; readonly year: string; readonly yearsAfter: number };
  /** Computed table cells and total rows the payload carries must equal what the template computes. */
  computedIntact: Record<never, never>;
  /** The row of `table` whose `key` equals the report year must equal the totals of `totalsOf`. */
  matchesTotals: {
    readonly table: string;
    readonly key: string;
    readonly year: string;
    readonly totalsOf: string;
    readonly pairs: readonly { readonly column: string; readonly total: string }[];
  };
  /** No value may appear twice in the column. */
  uniqueInColumn: { readonly table: string; readonly column: string };
  /** `current` now must equal `previous` in the report for the year before (context.previous). */
  continuesPrevious: { readonly current: string; readonly previous: string; readonly year: string; readonly in: Scope };
  /** There must be no accepted version of this report yet (context.acceptedVersions). */
  alreadyAccepted: { readonly fields: readonly string[]; readonly year: string };
}

export type RuleKind = keyof RuleParams;

export type RuleOf<K extends RuleKind> = {
  readonly id: string;
  readonly severity: Severity;
  readonly kind: K;
} & RuleParams[K];

export type RuleDef = { [K in RuleKind]: RuleOf<K> }[RuleKind];
