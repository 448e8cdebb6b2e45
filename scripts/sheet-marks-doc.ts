/**
 * The catalogue part of docs/sheet-marks.md, made from the rule catalogue and the kinds' sheet forms, so
 * the list of what marks the sheet cannot drift from what the plan does. `npm run docs` writes it between
 * the file's markers; test/docs.test.ts compares. The rest of the file is written by hand.
 */
import { sheetForms } from '../src/report/rules/kinds';
import { NO_SHEET_FORM } from '../src/report/rules/sheet-form';
import type { Template } from '../src/report/template';

export const BEGIN = '<!-- catalogue: made by `npm run docs` from the rule catalogue and the kinds\' sheet forms -->';
export const END = '<!-- /catalogue -->';

export function catalogueTable(template: Template): string {
  const rows = template.rules.map((rule) => {
    const form = sheetForms[rule.kind];
    const marks = 'marks' in form;
    const note = marks ? (form.checkOnly ? `Its ${form.checkOnly.cells} are the check's only. ${NO_SHEET_FORM[form.checkOnly.why]}` : '') : NO_SHEET_FORM[form.none];
    return `| ${rule.id} | ${rule.severity} | \`${rule.kind}\` | ${marks ? 'yes' : 'no, the check only'} | ${note} |`;
  });
  return ['| rule | severity | kind | marks the sheet | why not, or what not |', '|---|---|---|---|---|', ...rows].join('\n');
}

/** The document with its catalogue part made anew. */
export function withCatalogue(document: string, template: Template): string {
  const start = document.indexOf(BEGIN);
  const end = document.indexOf(END);
  if (start < 0 || end < start) throw new Error(`docs/sheet-marks.md mangler merkene ${BEGIN} … ${END}.`);
  return `${document.slice(0, start + BEGIN.length)}\n${catalogueTable(template)}\n${document.slice(end)}`;
}
