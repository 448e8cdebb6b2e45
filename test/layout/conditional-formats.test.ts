import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRange } from '../../src/report/layout/a1';
import { buildLayoutPlan } from '../../src/report/layout/build-plan';
import { fieldCell, findTablePlan } from '../../src/report/layout/lookup';
import { formulaAt, shiftFormula } from '../../src/report/layout/formula-references';
import { cellsOf } from './marks';
import { sheetForms } from '../../src/report/rules/kinds';
import { fileFormula } from '../../src/workbook/file-formula';
import { arsrapport2013 } from '../../src/report/templates/arsrapport-2013';

const plan = buildLayoutPlan(arsrapport2013);
const formats = plan.sheets.flatMap((sheet) => sheet.conditionalFormats.map((format) => ({ sheet, format })));

describe('conditional formats in the layout plan', () => {
  it('come from the catalogue: every rule whose kind has a sheet form marks, no other', () => {
    const marking = new Set(arsrapport2013.rules.filter((r) => 'marks' in sheetForms[r.kind]).map((r) => r.id));
    expect(new Set(formats.map((f) => f.format.rule))).toEqual(marking);
    expect(marking).toEqual(
      new Set(['GEN-04', 'NUM-01', 'NUM-02', 'NUM-03', 'NUM-04', 'H11-01', 'H11-02', 'C1-01', 'C1-02', 'C1-03', 'C1-04', 'C2-01', 'C2-02', 'OKO-01', 'OKO-02', 'OKO-03', 'OKO-04', 'OKO-05', 'OKO-06', 'OKO-08']),
    );
  });

  it('never colour missing content: GEN-01, TXT-01 and H11-03 have no format', () => {
    expect(formats.filter((f) => ['GEN-01', 'TXT-01', 'H11-03'].includes(f.format.rule))).toEqual([]);
  });

  it('are written in the plan builder with no rule id (the catalogue and the kinds say everything)', () => {
    const source = readFileSync(join(__dirname, '../../src/report/layout/conditional-formats.ts'), 'utf8');
    expect(source).not.toMatch(/['"`][A-Z]{2,3}\d?-\d{2}['"`]/);
  });

  it('cover bounded ranges inside the sheet, never whole columns or rows', () => {
    for (const { sheet, format } of formats) {
      const range = parseRange(format.range);
      expect(range).toBeDefined();
      const rows = Math.max(...sheet.cells.map((c) => Number(/\d+$/.exec(c.address)?.[0])));
      expect(range?.bottom).toBeLessThanOrEqual(rows);
      expect(range?.right).toBeLessThanOrEqual(sheet.columnWidths.length);
    }
  });

  it('are one format per rule and block of cells, not one per cell', () => {
    const cells = formats.reduce((n, f) => n + cellsOf(f.format.range).length, 0);
    expect(formats.length).toBeLessThan(60);
    expect(cells).toBeGreaterThan(5 * formats.length);
    const numbers = formats.filter((f) => f.format.rule === 'NUM-01' && f.sheet.name === '1 Hovedmål').map((f) => f.format.range);
    expect(numbers).toEqual(['B12:D14', 'B16:D16']);
  });

  it('cover a table column\'s whole body, which grows with the table', () => {
    const okonomi = findTablePlan(plan, 'okonomi')?.table;
    const budsjett = formats.find((f) => f.format.rule === 'OKO-03')?.format.range;
    expect(budsjett).toBe(`B${okonomi?.firstDataRow}:C${okonomi?.lastDataRow}`);
  });

  it('put feil before advarsel, so a cell marked both looks like a feil', () => {
    for (const sheet of plan.sheets) {
      const severities = sheet.conditionalFormats.map((f) => f.severity);
      expect(severities).toEqual([...severities].sort((a, b) => (a === b ? 0 : a === 'feil' ? -1 : 1)));
    }
  });

  it('stay within Excel\'s 8 192 characters a formula, as the file stores it', () => {
    expect(Math.max(...formats.map((f) => fileFormula(f.format.formula).length))).toBeLessThanOrEqual(8192);
  });

  it('use only functions of Excel 2007, or later ones the file writes with their _xlfn. prefix', () => {
    const EXCEL_2007 = new Set(['ABS', 'AND', 'CELL', 'CLEAN', 'IF', 'IFERROR', 'INT', 'ISLOGICAL', 'ISNUMBER', 'ISTEXT', 'LEFT', 'LEN', 'MOD', 'NA', 'NOT', 'OR', 'ROUND', 'SUBSTITUTE', 'SUM', 'TRIM', 'TODAY', 'UPPER', 'YEAR', 'TRUE', 'FALSE']);
    const formulas = [...formats.map((f) => f.format.formula), ...plan.sheets.flatMap((s) => s.cells.flatMap((c) => c.formula ?? []))];
    const used = new Set(formulas.flatMap((f) => [...f.replace(/"(?:[^"]|"")*"/g, '""').matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1] ?? '')));
    const later = [...used].filter((name) => !EXCEL_2007.has(name));
    expect(later.sort()).toEqual(['ISFORMULA', 'NUMBERVALUE', 'UNICHAR']);
    for (const name of later) expect(fileFormula(`${name}(A1)`)).toBe(`_xlfn.${name}(A1)`);
  });

  it('refer to the cells of one place: a comparison in C.1 names both cells absolutely', () => {
    const fastrente = fieldCell(plan, 'c1_fastrente')?.address;
    const fullfinansierte = fieldCell(plan, 'c1_fullfinansierte')?.address;
    const format = formats.find((f) => f.format.rule === 'C1-01')?.format;
    expect(format?.range).toBe(`${fullfinansierte}:${fastrente}`);
    expect(format?.formula).toContain(`B$${fastrente?.slice(1)}`);
    expect(format?.formula).not.toMatch(/[^$]B\d/);
  });

  it('move their relative references with the cell, as Excel does', () => {
    expect(shiftFormula('AND(ISTEXT(B12),$C12>B$8,\'5 Økonomi\'!$D$1,"B12",BOSO_a1,LOG10(2),1E12)', 2, 1)).toBe(
      'AND(ISTEXT(C14),$C14>C$8,\'5 Økonomi\'!$D$1,"B12",BOSO_a1,LOG10(2),1E12)',
    );
    const format = formats.find((f) => f.format.rule === 'NUM-04' && f.format.range === 'B12:D14')?.format;
    expect(format && formulaAt(format, 'D14')).toBe(format?.formula.replace(/B12/g, 'D14'));
  });
});

describe('legends', () => {
  it('stand under the titles of each sheet that has marks, and only there', () => {
    for (const sheet of plan.sheets) {
      const legend = sheet.cells.filter((c) => c.style === 'legendFeil' || c.style === 'legendAdvarsel').map((c) => `${c.address} ${c.value}`);
      // The first sheet holds the add-in's status line above its legend.
      const first = sheet.name === plan.sheets[0]?.name ? 1 : 0;
      expect(legend).toEqual(sheet.conditionalFormats.length > 0 ? [`A${3 + first} Feil`, `A${4 + first} Advarsel`] : []);
    }
  });

  it('look like the marks, with a border line that tells them apart without colour', () => {
    expect(plan.styles.legendFeil).toMatchObject({ fill: plan.marks.feil.fill, border: { style: 'continuous' } });
    expect(plan.styles.legendAdvarsel).toMatchObject({ fill: plan.marks.advarsel.fill, border: { style: 'dash' } });
    expect(plan.marks.feil.bold).not.toBe(plan.marks.advarsel.bold);
  });
});
