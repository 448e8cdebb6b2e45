/** GEN-02 and GEN-03: the municipality number and name against SSB's register for the report year. */
import { kommunerFor, nameForms, normaliseName, numberForName, suggestKommune } from '../../kommuner';
import type { CellValue } from '../../values';
import type { SheetForm } from '../sheet-form';
import type { Behaviour, RuleDetails } from '../types';

/** The number as four digits, if it is one. Excel keeps 3407 as a number; that is still four digits. */
function fourDigits(value: CellValue | undefined): string | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1000 && value <= 9999 ? String(value) : undefined;
  return typeof value === 'string' && /^\d{4}$/.test(value.trim()) ? value.trim() : undefined;
}

/** A number with too few digits, with the zeros Excel dropped put back: 502 → 0502. */
function padded(digits: string): string | undefined {
  return /^\d{1,3}$/.test(digits) ? digits.padStart(4, '0') : undefined;
}

function formatProblem(value: CellValue): RuleDetails['municipalityNumber'] {
  if (typeof value === 'number') {
    const suggestion = Number.isInteger(value) && value > 0 ? padded(String(value)) : undefined;
    return suggestion ? { problem: 'tallcelle', suggestion } : { problem: 'tallcelle' };
  }
  const suggestion = typeof value === 'string' ? padded(value.trim()) : undefined;
  return suggestion ? { problem: 'format', suggestion } : { problem: 'format' };
}

/** Which number the municipality had in `year`: by the name the user typed, else by the number's own name. */
function knownAs(year: number, number: string, typedName: CellValue | undefined): RuleDetails['municipalityNumber'] {
  const register = kommunerFor(year);
  const byName = typeof typedName === 'string' ? numberForName(year, typedName) : undefined;
  const candidate = byName ?? suggestKommune(year, number).numberThatYear;
  const name = candidate === undefined ? undefined : register?.get(candidate);
  return candidate === undefined || name === undefined
    ? { problem: 'ukjent', number, year }
    : { problem: 'ukjent', number, year, knownAs: { number: candidate, name } };
}

export const municipalityNumber: Behaviour<'municipalityNumber'> = (rule, input) => {
  const value = input.given(rule.field);
  if (value === undefined) return [];
  const values = { [rule.field]: value };
  const number = fourDigits(value);
  if (number === undefined) return [{ fields: [rule.field], values, detail: formatProblem(value) }];
  const year = input.year(rule.year);
  const register = year === undefined ? undefined : kommunerFor(year);
  if (year === undefined || register === undefined || register.has(number)) return [];
  const name = input.raw(rule.name);
  return [
    {
      fields: [rule.field],
      values: { ...values, [rule.name]: name ?? null, [rule.year]: year },
      detail: knownAs(year, number, name),
    },
  ];
};

/** Any language form, the name without its disambiguation, or the register's whole name as it stands. */
function matchesRegister(registerName: string, typed: string): boolean {
  const wanted = normaliseName(typed);
  return wanted === normaliseName(registerName) || nameForms(registerName).includes(wanted);
}

export const municipalityName: Behaviour<'municipalityName'> = (rule, input) => {
  const typed = input.given(rule.field);
  const number = fourDigits(input.raw(rule.number));
  const year = input.year(rule.year);
  if (typed === undefined || number === undefined || year === undefined) return [];
  const registerName = kommunerFor(year)?.get(number);
  if (registerName === undefined || matchesRegister(registerName, String(typed))) return [];
  return [
    {
      fields: [rule.field, rule.number],
      values: { [rule.field]: typed, [rule.number]: input.raw(rule.number) ?? null },
      detail: { number, registerName, year },
    },
  ];
};

export const municipalityNumberSheet: SheetForm<'municipalityNumber'> = { none: 'register' };
export const municipalityNameSheet: SheetForm<'municipalityName'> = { none: 'register' };
