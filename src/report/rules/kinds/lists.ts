/** GEN-08 and GEN-09: every address or phone number of a list is well formed. */
import type { SheetForm } from '../sheet-form';
import type { Behaviour } from '../types';

// Local part without spaces, quotes or brackets and no dot at either end or twice; a domain of
// letter/digit labels (Norwegian letters included) and a top-level domain of letters.
const EMAIL =
  /^(?!\.)(?!.*\.\.)[^\s@"(),:;<>[\]\\]+(?<!\.)@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}$/u;
// Eight digits, optionally after +47 or 0047; spaces anywhere (61 18 94 00, +47 611 89 400).
const PHONE = /^(?:\+47|0047)?\d{8}$/;

const FORMATS = {
  epost: (item: string) => EMAIL.test(item),
  telefon: (item: string) => PHONE.test(item.replace(/\s/g, '')),
} as const;

function splitter(separators: string): RegExp {
  const chars = [...separators].map((c) => (c === ' ' ? '\\s' : c.replace(/[\\\]^-]/g, '\\$&')));
  return new RegExp(`[${chars.join('')}]+`, 'u');
}

export const listItems: Behaviour<'listItems'> = (rule, input) => {
  const value = input.given(rule.field);
  if (value === undefined) return [];
  // A number is read as its digits (a phone number Excel stored as a number); SANN/USANN is no list.
  if (typeof value === 'boolean') return [{ fields: [rule.field], values: { [rule.field]: value }, detail: { invalid: [value] } }];
  const invalid = String(value)
    .split(splitter(rule.separators))
    .map((item) => item.trim())
    .filter((item) => item !== '' && !FORMATS[rule.format](item));
  return invalid.length === 0 ? [] : [{ fields: [rule.field], values: { [rule.field]: value }, detail: { invalid } }];
};

export const listItemsSheet: SheetForm<'listItems'> = { none: 'pattern' };
