/** Parity of marks and findings for random fills, through HyperFormula (marks.test.ts has the fixed cases). */
import fc from 'fast-check';
import { buildLayoutPlan } from '../../src/report/layout/build-plan';
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
    fc.assert(
      fc.property(fill(template, ROWS), (payload) => {
        expect(evaluator.marks(placeValues(plan, payload))).toEqual(findingMarks(template, plan, payload, context));
      }),
      { numRuns: 60 },
    );
  });
});
