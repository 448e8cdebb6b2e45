/**
 * Text that a database cannot keep exactly as it was sent. PostgreSQL refuses U+0000 in text and
 * jsonb (a 500 otherwise), and a lone UTF-16 surrogate has no UTF-8 form, so either database would
 * keep something other than what arrived. JSON can carry both as `\u` escapes; such a report is
 * refused as not following the format.
 */
import type { PayloadProblem } from '../report/parse-payload';

const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const STORABLE_TEXT_MESSAGE =
  'Teksten har et tegn som ikke kan lagres (et NUL-tegn eller et ufullstendig Unicode-tegn). Skriv teksten inn på nytt uten tegnet og send igjen.';

export const isStorableText = (text: string): boolean => !UNSTORABLE.test(text);

/**
 * Whether a string parsed from this JSON text can be unstorable. The text is valid UTF-8, which has no
 * lone surrogates, and JSON refuses a raw U+0000 in a string, so either can only arrive written as a
 * `\u` escape: text without one needs no look at its strings.
 */
export const jsonMayHoldUnstorable = (text: string): boolean => text.includes('\\u');

/** Every string in `value` that cannot be stored, by its path (`values.bydel`, `tables.okonomi.0.kommentar`). */
export function unstorableText(value: unknown, path = '', into: PayloadProblem[] = []): PayloadProblem[] {
  if (typeof value === 'string') {
    if (!isStorableText(value)) into.push({ path, message: STORABLE_TEXT_MESSAGE });
  } else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) unstorableText(inner, path === '' ? key : `${path}.${key}`, into);
  }
  return into;
}
