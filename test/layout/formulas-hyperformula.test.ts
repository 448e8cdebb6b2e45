import { buildLayoutPlan } from '../../src/report/layout/build-plan';
import { fieldCell, findTablePlan, tableCellAddress } from '../../src/report/layout/lookup';
import { toOre } from '../../src/report/numbers';
import type { PayloadV1 } from '../../src/report/payload';
import { arsrapport2013 } from '../../src/report/templates/arsrapport-2013';
import { comparisons, outsideTextTotals } from './computed-cells';
import { evaluatePlan } from './hyperformula';
import { placeValues } from './place';
import { samples } from './samples';

describe('the formulas the layout plan writes', () => {
  const plan = buildLayoutPlan(arsrapport2013, { year: 2013 });

  it.each(Object.keys(samples))('compute in HyperFormula what computeAll computes: %s', (name) => {
    const payload = samples[name]?.() as PayloadV1;
    const sheet = evaluatePlan(plan, placeValues(plan, payload));
    const compared = outsideTextTotals(comparisons(arsrapport2013, plan, payload, sheet));
    expect(compared.length).toBeGreaterThanOrEqual(20);
    expect(compared.filter((c) => c.sheet !== c.domain)).toEqual([]);
  });

  it('gives the worked row of the spec: TOTALT 143 248 and avvik totalt −156 752', () => {
    const payload = samples.workedRow?.() as PayloadV1;
    const sheet = evaluatePlan(plan, placeValues(plan, payload));
    const found = findTablePlan(plan, 'okonomi');
    const at = (column: string): unknown => sheet('5 Økonomi', tableCellAddress(found?.table ?? ({} as never), 0, column) ?? '');
    expect([at('regnskap_totalt'), at('avvik_totalt'), at('avvik_hb')]).toEqual([143_248, -156_752, 48_581]);
  });

  it('makes a computed value an error where the domain has null (text in a number cell)', () => {
    const payload = samples.negativeAndText?.() as PayloadV1;
    const sheet = evaluatePlan(plan, placeValues(plan, payload));
    const compared = comparisons(arsrapport2013, plan, payload, sheet);
    const nulls = compared.filter((c) => c.domain === null).map((c) => c.where);
    expect(nulls).toEqual(expect.arrayContaining(['h11_sum_status0101', 'h11_a_endring', 'okonomi[0].avvik_totalt']));
    const inCells = compared.filter((c) => c.domain === null && !c.where.includes('.total.'));
    expect(inCells.every((c) => c.sheet === null)).toBe(true);
    expect(compared.find((c) => c.where === 'okonomi.total.budsjett')).toEqual({ where: 'okonomi.total.budsjett', sheet: toOre(-100), domain: null });
  });

  it('shows the report year in the 1.1 headers once it is typed', () => {
    const empty = buildLayoutPlan(arsrapport2013);
    const year = fieldCell(empty, 'rapporteringsar');
    const sheet = evaluatePlan(empty, year ? [{ sheet: year.sheet, address: year.address, value: 2014 }] : []);
    const header = empty.sheets[1]?.cells.find((c) => c.formula?.startsWith('"Status behov pr. 31.12."'));
    expect(sheet('1 Hovedmål', header?.address ?? '')).toBe('Status behov pr. 31.12.2014');
    expect(evaluatePlan(empty, [])('1 Hovedmål', header?.address ?? '')).toBe('Status behov pr. 31.12.');
  });
});
