/**
 * docs/sheet-marks.md, made from the rule catalogue and the kinds' sheet forms, so the list of what
 * marks the sheet cannot drift from what the plan does. `npm run docs` writes it; a test compares.
 */
import { sheetForms } from '../../src/report/rules/kinds';
import type { NoSheetForm } from '../../src/report/rules/sheet-form';
import type { Template } from '../../src/report/template';

const WHY: Readonly<Record<NoSheetForm, string>> = {
  missingContent: 'Missing content is listed by the check ("Gjenstår å fylle ut"); a freshly inserted template shows no marks.',
  register: 'Needs the municipality register, which the workbook does not hold.',
  pattern: 'Checks the shape of e-mail addresses and phone numbers, which Excel formulas cannot test exactly.',
  textDates: 'A date typed as text needs a parse that only the locale-dependent DATEVALUE gives; marking Excel dates alone would leave text dates unmarked.',
  freeText: 'Reads four-digit years out of free text, which Excel formulas cannot do exactly.',
  otherRows: 'Compares with other rows or another table: a growing table gives conditional formats no reference to its whole column that every host reads alike, and the sums would have to parse number text over arrays.',
  history: 'Needs earlier submissions, which only the collection endpoint has.',
};

const EDGES = `## Where the sheet and the check part

The sheet reads number text with \`NUMBERVALUE(text, ",", ".")\` after taking away what the spec's
Norwegian syntax adds (non-breaking and narrow non-breaking spaces, a leading \`kr\`/\`Kr.\`, the minus signs
\`−\` and \`–\`, a trailing \`,-\`; \`%\` and \`E\` are made invalid). NUMBERVALUE is looser than the spec, so in
these cases the sheet's look differs from the finding. The cell is marked either way, only feil and
advarsel change places; \`test/layout/marks-edges.test.ts\` holds each case.

| text in a count cell | the check (spec) | the sheet |
|---|---|---|
| \`1 2 3\`, \`1.2.3\` (groups not of three) | not a number: NUM-01 feil | 123: NUM-04 advarsel |
| \`1  234\` (two spaces) | not a number: NUM-01 feil | 1 234: NUM-04 advarsel |
| \`,5\`, \`5,\` (no digits on one side of the comma) | not a number: NUM-01 feil | 0.5, 5: NUM-04 advarsel (\`,5\` also NUM-02) |
| \`0.5\`, \`1234.5\` (a dot as decimal point) | 0.5: NUM-02 feil + NUM-04 advarsel | 5, 12345 (the dot read as a group separator): NUM-04 advarsel |
| \`−kr 5\` (kr after the sign) | −5: NUM-03 feil + NUM-04 advarsel | not a number: NUM-01 feil |
| \`kr\` alone | not a number: NUM-01 feil | Excel reads the empty rest as 0: NUM-04 advarsel (LibreOffice: NUM-01 feil) |
| a thin or figure space between groups, other Unicode spaces | as a space | as the host's NUMBERVALUE reads it |
| text Excel reads as a date or time (\`1-2-2013\`) | not a number | as the host's NUMBERVALUE reads it |

Further:
- A number of 10¹² or more is too large for the check (NUM-01 only); the sheet's comparisons still compare it.
- Sums are compared in whole øre after adding up (\`ROUND(sum*100)\`); the check rounds each term first.
  They differ only for amounts with fractions of an øre.
- OKO-05: the sheet marks a computed cell that holds no formula; a cell with another formula than the
  template's is the check's alone (\`ISFORMULA\` cannot tell formulas apart alike in every host).
- LibreOffice has no truth values: SANN typed into a number cell is the number 1 there, which the
  reader also reads back from a file LibreOffice saved.
`;

export function sheetMarksDoc(template: Template): string {
  const rows = template.rules.map((rule) => {
    const form = sheetForms[rule.kind];
    const marks = 'marks' in form;
    const note = marks ? (form.checkOnly ? `Its ${form.checkOnly.cells} are the check's only. ${WHY[form.checkOnly.why]}` : '') : WHY[form.none];
    return `| ${rule.id} | ${rule.severity} | \`${rule.kind}\` | ${marks ? 'yes' : 'no, the check only'} | ${note} |`;
  });
  return `# Which rules mark the sheet, and which only the check shows

<!-- Made by \`npm run docs\` from the rule catalogue (src/report/templates) and the kinds' sheet forms
(src/report/rules/kinds); test/docs.test.ts fails when this file is out of date. -->

The template marks its own cells as the user types, in Excel with or without the add-in, in Excel on the
web and on Mac, and in LibreOffice: each rule kind that has an exact Excel form gives a condition formula,
and the layout plan turns the catalogue into conditional formats, one per rule and block of cells
(\`src/report/layout/conditional-formats.ts\`). A **feil** is red with a solid border and bold text, an
**advarsel** orange with a dashed border, so the two differ without colour and in print; each marked
sheet has a legend under its titles. Marks never change a value, a number format or a cell's style.

**Parity is the contract**: for any filled template, the cells the sheet marks for a rule are exactly the
cells that rule's findings name, with their severity (\`test/layout/marks*.test.ts\` through HyperFormula,
\`test/workbook/libreoffice-marks.test.ts\` through LibreOffice), except where the next section says.

| rule | severity | kind | marks the sheet | why not, or what not |
|---|---|---|---|---|
${rows.join('\n')}

${EDGES}`;
}
