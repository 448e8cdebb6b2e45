import { mapReferences, renameSheetReferences } from '../../src/report/layout/formula-references';
import { buildLayoutPlan } from '../../src/report/layout/build-plan';
import { planSheetNames } from '../../src/report/layout/names';
import { freeSheetNames, isValidSheetName, renameSheets, takenSheetNames } from '../../src/report/layout/rename-sheets';
import { arsrapport2013 } from '../../src/report/templates/arsrapport-2013';

const plan = buildLayoutPlan(arsrapport2013);
const planned = plan.sheets.map((s) => s.name);

describe('formula references', () => {
  it('finds cell references outside strings, apart from names, functions and numbers', () => {
    const seen: string[] = [];
    mapReferences('SUM(B7:B26)+BOSO_a1+LOG10(C3)+"D4"&1E3+\'5 Økonomi\'!$A$1+Ark1!C2', (r) => {
      seen.push(`${r.sheet ?? ''}|${r.start.column},${r.start.row}${r.end ? `:${r.end.column},${r.end.row}` : ''}`);
      return r;
    });
    expect(seen).toEqual(['|2,7:2,26', '|3,3', '5 Økonomi|1,1', 'Ark1|3,2']);
  });

  it('gives the formula back unchanged when nothing moves, and #REF! for what is gone', () => {
    const formula = 'IF($B$5="","",\'0 Generelt\'!B5&"B5")';
    expect(mapReferences(formula, (r) => r)).toBe(formula);
    expect(mapReferences('A1+B2', (r) => (r.start.row === 2 ? undefined : r))).toBe('A1+#REF!');
  });

  it('renames sheets in references, quoting as Excel does, without case', () => {
    expect(renameSheetReferences("'5 økonomi'!B7+Ark1!C1", new Map([['5 Økonomi', "Økonomi's"]]))).toBe("'Økonomi''s'!B7+Ark1!C1");
  });
});

describe('renaming the plan\'s sheets', () => {
  it('knows the plan\'s sheet names without building the plan', () => {
    expect(planSheetNames(arsrapport2013)).toEqual(planned);
  });

  it('finds the plan names a workbook has already, without case', () => {
    expect(takenSheetNames(planned, ['Budsjett', '5 økonomi', 'boso_INFO'])).toEqual(['5 Økonomi', 'BOSO_info']);
  });

  it('offers free names that Excel accepts, also for long ones, and never one that is taken', () => {
    const long = planned.map((name, i) => (i === 0 ? 'Et svært langt arknavn på 31 tg' : name));
    const free = freeSheetNames(long, ['Et svært langt arknavn på 31 tg', '5 Økonomi', '5 Økonomi (2)']);
    expect(free).toEqual({ 'Et svært langt arknavn på 31 tg': 'Et svært langt arknavn på 3 (2)', '5 Økonomi': '5 Økonomi (3)' });
    expect(Object.values(free).every(isValidSheetName)).toBe(true);
  });

  it('refuses names Excel refuses', () => {
    expect(['Ark[1]', 'a/b', "'x", '', ' ', 'x'.repeat(32)].map(isValidSheetName)).toEqual([false, false, false, false, false, false]);
    expect(isValidSheetName('5 Økonomi (2)')).toBe(true);
  });

  it('moves the sheet, its names and every formula to the new name', () => {
    const renamed = renameSheets(plan, { '5 Økonomi': 'Økonomi', '0 Generelt': 'Generelt' });
    expect(renamed.sheets.map((s) => s.name)).toEqual(['Generelt', '1 Hovedmål', '2 Delmål', '3 Lokale mål', '4 Læring', 'Økonomi', 'BOSO_info']);
    expect(renamed.names.filter((n) => n.sheet === 'Generelt')).toHaveLength(plan.names.filter((n) => n.sheet === '0 Generelt').length);
    const text = JSON.stringify(renamed.sheets.flatMap((s) => [...s.cells.map((c) => c.formula), ...s.conditionalFormats.map((f) => f.formula)]));
    expect(text).not.toMatch(/0 Generelt'!|5 Økonomi'!/);
    expect(renameSheets(plan, {})).toBe(plan);
  });
});
