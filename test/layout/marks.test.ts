/**
 * Parity of the sheet's marks and the validator's findings, through HyperFormula: for any filled
 * template, the cells the conditional formats mark for a rule are exactly the cells that rule's findings
 * name. The edges where the sheet's reading of number text differs from the spec are in
 * marks-edges.test.ts; test/workbook/libreoffice-marks.test.ts runs the same through LibreOffice.
 */
import { buildLayoutPlan } from '../../src/report/layout/build-plan';
import { arsrapport2013 } from '../../src/report/templates/arsrapport-2013';
import type { PayloadV1 } from '../../src/report/payload';
import { parsePayload } from '../../src/report/parse-payload';
import { loadCases } from '../fixtures/cases';
import { fullReport } from '../fixtures/full-report';
import { alsoWrong, everythingWrong } from '../report/support';
import { findingMarks, markEvaluator, withTableRows } from './marks';
import { placeValues } from './place';
import { todayInOslo } from './today';

// Room for the longest table of the cases, as after a user added rows.
const template = withTableRows(arsrapport2013, { okonomi: 20, periode: 8 });
const plan = buildLayoutPlan(template, { year: 2013, kommunenummer: '0502', kommunenavn: 'Gjøvik' });
const evaluator = markEvaluator(plan);
const context = { today: todayInOslo() };

describe('the sheet marks what the validator finds (HyperFormula)', () => {
  it('marks nothing in a freshly inserted template', () => {
    expect(evaluator.marks([])).toEqual([]);
  });

  it.each<readonly [string, PayloadV1]>([
    ['the full report', fullReport()],
    ['a report that breaks every rule', everythingWrong()],
    ...alsoWrong().map((payload, i) => [`report ${i + 1} that breaks what the first cannot`, payload] as const),
  ])('marks exactly the findings of %s', (_name, payload) => {
    expect(evaluator.marks(placeValues(plan, payload))).toEqual(findingMarks(template, plan, payload, context));
  });

  it.each(loadCases().map((c) => [c.file, c.payload] as const))('marks exactly the findings of the shared case %s', (_file, input) => {
    const parsed = parsePayload(input);
    if (!parsed.ok) throw new Error('ugyldig tilfelle');
    expect(evaluator.marks(placeValues(plan, parsed.payload))).toEqual(findingMarks(template, plan, parsed.payload, context));
  });
});
