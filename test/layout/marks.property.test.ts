/** Parity of marks and findings for random fills, through HyperFormula (marks.test.ts has the fixed cases). */
import fc from 'fast-check';
import { buildLayoutPlan } from '../../src/report/layout/build-plan';
import { sheetForms } from '../../src/report/rules/kinds';
import { arsrapport2013 } from '../../src/report/templates/arsrapport-2013';
import { fill } from './fills';
import { findingMarks, markEvaluator, withTableRows } from './marks';
import { placeValues } from './place';
import { todayInOslo } from './today';

const ROWS = { okonomi: 4, periode: 3 };
const template = withTableRows(arsrapport2013, { okonomi: ROWS.okonomi + 1, periode: ROWS.periode + 1 });
const plan = buildLayoutPlan(template);
const evaluator = markEvaluator(plan);
const context = { today: todayInOslo() };

describe('the sheet marks what the validator finds, for random fills (HyperFormula)', () => {
  it('marks exactly the cells that the findings of sheet-marking rules name, with their severity', () => {
    const marked = new Set<string>();
    fc.assert(
      fc.property(fill(template, ROWS), (payload) => {
        const marks = evaluator.marks(placeValues(plan, payload));
        expect(marks).toEqual(findingMarks(template, plan, payload, context));
        for (const mark of marks) marked.add(mark.split(' ').at(-2) ?? '');
      }),
      { numRuns: 60, seed: 2013 },
    );
    // The fills reach every rule that marks the sheet, so the parity above is about all of them.
    const marking = template.rules.filter((rule) => 'marks' in sheetForms[rule.kind]).map((rule) => rule.id);
    expect([...marked].sort()).toEqual([...new Set(marking)].sort());
  });
});
