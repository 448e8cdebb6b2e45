/**
 * Where the sheet's marks and the validator's findings part, written down in docs/sheet-marks.md: the
 * sheet reads number text with NUMBERVALUE, which is looser than the spec's Norwegian syntax in a few
 * ways. In each case the cell is still marked; only the look (feil or advarsel) differs from the
 * finding's severity. The tests hold the documented behaviour, so a change to it is seen.
 */
import { buildLayoutPlan } from '../../src/report/layout/build-plan';
import { fieldCell } from '../../src/report/layout/lookup';
import type { PayloadV1 } from '../../src/report/payload';
import { arsrapport2013 } from '../../src/report/templates/arsrapport-2013';
import type { CellValue } from '../../src/report/values';
import { reportWith } from '../report/support';
import { findingMarks, markEvaluator } from './marks';
import { placeValues } from './place';
import { todayInOslo } from './today';

const plan = buildLayoutPlan(arsrapport2013);
const evaluator = markEvaluator(plan);
const context = { today: todayInOslo() };
// A count that no comparison reads, so only the number rules speak.
const COUNT = 'c1_tilpasning';

/** The rules that mark (sheet) and name (validator) one cell. */
function both(payload: PayloadV1, address: string): { sheet: string[]; validator: string[] } {
  const at = (marks: readonly string[]) => marks.filter((m) => m.startsWith(`${address} `)).map((m) => m.slice(address.length + 1));
  return { sheet: at(evaluator.marks(placeValues(plan, payload))), validator: at(findingMarks(arsrapport2013, plan, payload, context)) };
}

const countCell = ((cell) => `'${cell?.sheet}'!${cell?.address}`)(fieldCell(plan, COUNT));

describe('number text the sheet reads otherwise than the spec (docs/sheet-marks.md)', () => {
  it('places the count cell where these tests look', () => {
    expect(both(reportWith({ [COUNT]: '10?' }), countCell)).toEqual({ sheet: ['NUM-01 feil'], validator: ['NUM-01 feil'] });
  });

  test.each<[string, CellValue, string[], string[]]>([
    ['digit groups not in threes', '1 2 3', ['NUM-04 advarsel'], ['NUM-01 feil']],
    ['dots not in threes', '1.2.3', ['NUM-04 advarsel'], ['NUM-01 feil']],
    ['two spaces between groups', '1  234', ['NUM-04 advarsel'], ['NUM-01 feil']],
    ['a comma with no digits before it', ',5', ['NUM-02 feil', 'NUM-04 advarsel'], ['NUM-01 feil']],
    ['a comma with no digits after it', '5,', ['NUM-04 advarsel'], ['NUM-01 feil']],
    ['a dot as decimal point (read as a group separator)', '0.5', ['NUM-04 advarsel'], ['NUM-02 feil', 'NUM-04 advarsel']],
    ['kr after the minus sign', '−kr 5', ['NUM-01 feil'], ['NUM-03 feil', 'NUM-04 advarsel']],
    ['kr alone (NUMBERVALUE reads the empty rest as 0 in Excel)', 'kr', ['NUM-04 advarsel'], ['NUM-01 feil']],
    ['a dot at the end', '5.', ['NUM-04 advarsel'], ['NUM-01 feil']],
  ])('%s: %p', (_what, value, sheet, validator) => {
    expect(both(reportWith({ [COUNT]: value }), countCell)).toEqual({ sheet, validator });
  });

  test.each<[string, CellValue, string[]]>([
    ['a percent sign NUMBERVALUE would read', '5%', ['NUM-01 feil']],
    ['an exponent NUMBERVALUE would read', '1E3', ['NUM-01 feil']],
    ['an underscore between digits', '1_000', ['NUM-01 feil']],
    ['a thin space between groups', '1\u2009234', ['NUM-04 advarsel']],
    ['a figure space between groups', '1\u2007234', ['NUM-04 advarsel']],
    ['a tab between groups', '1\t234', ['NUM-04 advarsel']],
    ['nothing but a thin space', '\u2009', []],
    ['nothing but an ideographic space, which is content', '\u3000', ['NUM-01 feil']],
    [',- after the number, and only there', '800.000,-', ['NUM-04 advarsel']],
    [',- inside the number', '5,-3', ['NUM-01 feil']],
    ['kr inside the number', '5 kr', ['NUM-01 feil']],
  ])('agrees with the check on %s: %p', (_what, value, marks) => {
    expect(both(reportWith({ [COUNT]: value }), countCell)).toEqual({ sheet: marks, validator: marks });
  });

  it('marks a cell that holds an error value as not a number, as the check does with its text', () => {
    const cell = fieldCell(plan, COUNT);
    const marks = evaluator.marks([], [{ sheet: cell?.sheet ?? '', address: cell?.address ?? '', formula: '1/0' }]);
    expect(marks.filter((m) => m.startsWith(`${countCell} `))).toEqual([`${countCell} NUM-01 feil`]);
    expect(both(reportWith({ [COUNT]: '#DIV/0!' }), countCell).validator).toEqual(['NUM-01 feil']);
  });

  it('still compares a number of 10¹² or more on the sheet, which the validator only calls too large', () => {
    const payload = reportWith({ c1_fastrente: 1e13, c1_fullfinansierte: 10 });
    const cell = fieldCell(plan, 'c1_fastrente');
    expect(both(payload, `'${cell?.sheet}'!${cell?.address}`)).toEqual({ sheet: ['C1-01 feil', 'NUM-01 feil'], validator: ['NUM-01 feil'] });
  });
});

describe('what only the check shows of OKO-05 (docs/sheet-marks.md)', () => {
  it('leaves a computed cell that holds another formula to the validator', () => {
    const okonomi = plan.sheets.find((s) => s.name === '5 Økonomi')?.tables.find((t) => t.tableId === 'okonomi');
    if (!okonomi) throw new Error('ingen økonomitabell');
    const row = okonomi.firstDataRow;
    const report = reportWith({}, { okonomi: { 0: { aktivitet: 'Kartlegging', budsjett: 1000, regnskap_hb: 500 } } });
    const inputs = placeValues(plan, report);
    // G is Regnskap TOTALT (D + E + F); a user's own formula there (=B, the budget) gives 1000, not 500.
    const ownFormula = [{ sheet: '5 Økonomi', address: `G${row}`, formula: `B${row}` }];
    expect(evaluator.marks(inputs, ownFormula).filter((m) => m.includes('OKO-05'))).toEqual([]);
    const typedOver = { ...report, tables: { ...report.tables, okonomi: [{ ...report.tables.okonomi?.[0], regnskap_totalt: 1000 }] } };
    expect(findingMarks(arsrapport2013, plan, typedOver, context).filter((m) => m.includes('OKO-05'))).toEqual([`'5 Økonomi'!G${row} OKO-05 feil`]);
  });
});
