/**
 * Pieces of Excel formulas that read a cell the way the rules read it, for the conditional formats that
 * mark the sheet (sheet-form.ts). Formulas are in Excel's en-US form without `=`; `ref` is how the
 * formula refers to the cell (`B8`, `$B$8`). Truth values are written TRUE() and FALSE(), which every
 * host reads (HyperFormula reads no TRUE literal). The functions need Excel 2013 or later (NUMBERVALUE,
 * UNICHAR, ISFORMULA); older Excel shows no marks.
 *
 * White space is what numbers.ts calls white space: CLEAN takes the control characters, TRIM the spaces,
 * after the spaces between digit groups are made plain spaces. Text in a number cell is read with
 * NUMBERVALUE, which parses alike in every locale, after what the spec's Norwegian number syntax adds is
 * taken away: a leading `kr`/`Kr.`, the minus signs `−` and `–`, a trailing `,-`. NUMBERVALUE itself is
 * more lenient than the spec: it does not check that groups have three digits and reads every dot before
 * the comma as a group separator. Those edges, where the sheet reads a number the validator does not (or
 * another one), are listed in docs/sheet-marks.md and tested; `%` and `E`, which NUMBERVALUE would read as
 * percent and exponent, are turned into a letter it refuses.
 */
import { GROUP_SPACE_CODES } from '../numbers';
import type { ValueKind } from '../values';

/** Characters NUMBERVALUE reads that the spec's syntax does not (percent, exponent): made invalid. */
const REFUSED = ['%', 'E'] as const;
// Control characters mark the start and the end of the text: CLEAN has taken every one out of what the
// user typed, so `KR` and `,-` are taken away only where the spec allows them (SUBSTITUTE has no anchors).
const START = 'UNICHAR(1)';
const END = 'UNICHAR(2)';

const str = (text: string): string => `"${text.replace(/"/g, '""')}"`;
const substitute = (text: string, from: string, to: string): string => `SUBSTITUTE(${text},${from},${to})`;

/** The cell's text with every space Word and Excel put between digit groups as a plain space. */
function plainSpaces(ref: string): string {
  return GROUP_SPACE_CODES.reduce((text, code) => substitute(text, `UNICHAR(${code})`, '" "'), ref);
}

/** TRUE when the cell is empty or holds nothing but white space (errors when the cell holds an error). */
export function blank(ref: string): string {
  return `LEN(TRIM(CLEAN(${plainSpaces(ref)})))=0`;
}

/** The text NUMBERVALUE reads: upper case, trimmed, without `kr`, with one kind of minus, without `,-`. */
function numberText(ref: string): string {
  const marked = `${START}&TRIM(CLEAN(UPPER(${plainSpaces(ref)})))&${END}`;
  const steps: readonly (readonly [string, string])[] = [
    // Nothing but white space is 0, as the rules read it (LibreOffice's NUMBERVALUE refuses an empty text).
    [`${START}&${END}`, str('0')],
    [`${START}&${str('KR.')}`, str('')],
    [`${START}&${str('KR')}`, str('')],
    [START, str('')],
    ['UNICHAR(8722)', str('-')],
    ['UNICHAR(8211)', str('-')],
    [`${str(',-')}&${END}`, str('')],
    [END, str('')],
    ...REFUSED.map((c) => [str(c), str('X')] as const),
  ];
  return steps.reduce((text, [from, to]) => substitute(text, from, to), marked);
}

/**
 * The cell as a number: a number as it is, nothing (empty or white space) as 0, text as the Norwegian
 * number it spells; an error when it is not a number. SANN/USANN is no number, also in LibreOffice,
 * where a truth value is a number with a truth format (ISLOGICAL asks for the format there). A number
 * shown as a date is a number here, though the readers read it as a date: no formula tells a date from
 * a number alike in every host (docs/sheet-marks.md).
 */
export function numberOf(ref: string): string {
  return `IF(ISLOGICAL(${ref}),NA(),IF(ISNUMBER(${ref}),${ref},NUMBERVALUE(${numberText(ref)},",",".")))`;
}

/** A term of a comparison, as rules/reading.ts reads it. */
export interface TermForm {
  /** The value, 0 when empty; an error when the cell (or a term of its formula) is not a number. */
  readonly value: string;
  /**
   * Whether it counts as reported: an empty count is "not reported", an empty amount is 0. `true` when
   * it always is, so comparisons can leave the check out.
   */
  readonly reported: string | true;
}

export function termForm(ref: string, kind: ValueKind | undefined): TermForm {
  return { value: numberOf(ref), reported: kind === 'kroner' ? true : `NOT(${blank(ref)})` };
}

/** Several terms added up, with signs: reported when any term is. */
export function sumForm(terms: readonly (readonly [TermForm, 1 | -1])[]): TermForm {
  const value = terms.map(([t, sign], i) => `${sign < 0 ? '-' : i > 0 ? '+' : ''}(${t.value})`).join('');
  const reported = terms.some(([t]) => t.reported === true)
    ? true
    : terms.length === 1
      ? (terms[0]?.[0].reported ?? true)
      : `OR(${terms.map(([t]) => t.reported).join(',')})`;
  return { value, reported };
}

/** In whole hundredths, as the rules compare: `0.1 + 0.2` is `0.3`. */
export const hundredthsOf = (value: string): string => `ROUND((${value})*100,0)`;

/** Every condition that must hold; `true` parts are left out. */
export function allOf(parts: readonly (string | true)[]): string {
  const real = parts.filter((p): p is string => p !== true);
  return real.length === 1 ? (real[0] ?? 'TRUE()') : `AND(${real.join(',')})`;
}

/**
 * Filled in (not blank); an error value counts as filled in, as the rules see its text. Several cells
 * are one test of their text joined, which is blank only when every one is.
 */
export const filled = (...refs: readonly string[]): string => `IFERROR(NOT(${blank(refs.join('&'))}),TRUE())`;
