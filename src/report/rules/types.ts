/** What rule kinds find: the details messages render, and the shape of a kind's behaviour. */
import type { CalendarDate, CellValue } from '../values';
import type { RuleInput } from './input';
import type { RuleKind, RuleOf } from './definitions';

/** What a message needs beyond the cell values. Sums, changes and totals are in hundredths. */
export interface RuleDetails {
  notEmpty: Record<never, never>;
  numberCell: {
    readonly problem: 'ikkeTall' | 'forStort' | 'ikkeHelt' | 'negativt' | 'tekst';
    /** The number as typed, not in hundredths. */
    readonly value?: number;
  };
  municipalityNumber:
    | { readonly problem: 'tallcelle'; readonly suggestion?: string }
    | { readonly problem: 'format'; readonly suggestion?: string }
    | {
        readonly problem: 'ukjent';
        readonly number: string;
        readonly year: number;
        readonly knownAs?: { readonly number: string; readonly name: string };
      };
  municipalityName: { readonly number: string; readonly registerName: string; readonly year: number };
  district:
    | { readonly problem: 'ikkeOslo'; readonly oslo: string }
    /** The districts the text resembles, closest first; empty when it resembles none. */
    | { readonly problem: 'ukjent'; readonly similar: readonly string[] };
  yearRange: { readonly from: number; readonly to: number };
  date: Record<never, never>;
  dateLimit: { readonly date: CalendarDate; readonly limit: CalendarDate; readonly year: number };
  /** The items that are not well formed; a cell that is not text at all (SANN) is one item as it is. */
  listItems: { readonly invalid: readonly CellValue[] };
  notGreaterThan: {
    readonly part: number;
    readonly whole: number;
    readonly partCells: readonly string[];
    readonly wholeCells: readonly string[];
  };
  changeNeedsComment: {
    readonly from: number;
    readonly to: number;
    readonly change: number;
    readonly fromCell: string;
    readonly toCell: string;
  };
  anyFilled: Record<never, never>;
  requiredWith: { readonly filled: readonly string[] };
  yearInText: { readonly years: readonly number[]; readonly year: number };
  computedIntact: { readonly expected: number };
  matchesTotals: { readonly value: number; readonly total: number; readonly year: number };
  uniqueInColumn: { readonly firstCell: string };
  continuesPrevious: {
    readonly current: number;
    readonly previous: number;
    readonly previousCell: string;
    readonly previousYear?: number;
  };
  alreadyAccepted: { readonly accepted: number; readonly year?: number };
}

/** What one rule found at one place: the cells (the first is the one to select) and what they held. */
export interface Hit<K extends RuleKind> {
  readonly fields: readonly string[];
  readonly values: Readonly<Record<string, CellValue>>;
  readonly detail: RuleDetails[K];
}

/** A kind's behaviour: where the rule fails, as data. Never throws on odd cell content. */
export type Behaviour<K extends RuleKind> = (rule: RuleOf<K>, input: RuleInput) => readonly Hit<K>[];
