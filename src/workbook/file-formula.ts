/**
 * Formulas as the .xlsx file stores them. Functions Excel added after the 2007 file format are written
 * with the `_xlfn.` prefix in the file (Excel shows `#NAME?` without it); Office.js and the plan use the
 * plain names. Text inside string literals is left alone.
 */
const LATER_FUNCTIONS = /\b(NUMBERVALUE|UNICHAR|ISFORMULA|FORMULATEXT|IFNA)\(/g;

export function fileFormula(formula: string): string {
  return formula
    .split('"')
    .map((part, i) => (i % 2 === 1 ? part : part.replace(LATER_FUNCTIONS, '_xlfn.$1(')))
    .join('"');
}
