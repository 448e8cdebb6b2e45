/**
 * The simulated Excel evaluates the template's conditional formats, so the demo shows the marks a user
 * sees in Excel: they mark exactly what the validator finds (as HyperFormula and LibreOffice do for the
 * .xlsx, test/layout/marks.test.ts), also for random fills and in rows added to a table.
 */
import fc from 'fast-check';
import { marks, SimulatedExcel } from '../../src/excel/simulated';
import { createWorkbookApi } from '../../src/excel/workbook-api';
import { sheetAddress } from '../../src/report/layout/a1';
import { buildLayoutPlan } from '../../src/report/layout/build-plan';
import type { LayoutPlan } from '../../src/report/layout/plan';
import { parsePayload } from '../../src/report/parse-payload';
import type { PayloadV1 } from '../../src/report/payload';
import { arsrapport2013 } from '../../src/report/templates/arsrapport-2013';
import { loadCases } from '../fixtures/cases';
import { fullReport } from '../fixtures/full-report';
import { fill } from '../layout/fills';
import { findingMarks, withTableRows } from '../layout/marks';
import { todayInOslo } from '../layout/today';
import { fillSimulated, tableCellOf } from './support/fill';

const context = { today: todayInOslo() };

/** The marks of the simulated workbook, each as the cell, the rule of its format and the severity. */
function simulatedMarks(excel: SimulatedExcel, plan: LayoutPlan): string[] {
  const all = plan.sheets.flatMap((planned) => {
    const sheet = excel.model.sheets.find((s) => s.name === planned.name);
    const found = marks(excel, planned.name);
    return [...found].flatMap(([address, formats]) =>
      formats.map((format) => {
        const index = sheet?.conditionalFormats.indexOf(format) ?? -1;
        const { rule, severity } = planned.conditionalFormats[index] ?? { rule: '?', severity: '?' };
        return `${sheetAddress(planned.name, address)} ${rule} ${severity}`;
      }),
    );
  });
  return [...new Set(all)].sort();
}

async function inserted(plan: LayoutPlan): Promise<SimulatedExcel> {
  const excel = new SimulatedExcel({ today: () => context.today });
  const result = await createWorkbookApi(excel.host).insertTemplate(plan);
  if (!result.ok) throw new Error(result.message);
  return excel;
}

describe('the simulated Excel marks what the validator finds', () => {
  // Room for the longest table of the cases, as after a user added rows.
  const template = withTableRows(arsrapport2013, { okonomi: 20, periode: 8 });
  const plan = buildLayoutPlan(template, { year: 2013, kommunenummer: '0502', kommunenavn: 'Gjøvik' });
  const cases = loadCases().map((c) => {
    const parsed = parsePayload(c.payload);
    if (!parsed.ok) throw new Error(`${c.file} er ikke en rapport`);
    return [c.file, parsed.payload] as const;
  });

  it('marks nothing in a freshly inserted template', async () => {
    expect(simulatedMarks(await inserted(plan), plan)).toEqual([]);
  });

  it.each([...cases, ['full-report', fullReport()] as const])('marks exactly the findings of %s', async (_name, payload: PayloadV1) => {
    const excel = await inserted(plan);
    fillSimulated(excel, payload);
    expect(simulatedMarks(excel, plan)).toEqual(findingMarks(template, plan, payload, context));
  });
});

describe('the simulated Excel marks random fills as the validator finds', () => {
  const ROWS = { okonomi: 4, periode: 3 };
  const template = withTableRows(arsrapport2013, { okonomi: ROWS.okonomi + 1, periode: ROWS.periode + 1 });
  const plan = buildLayoutPlan(template);

  it('marks exactly the cells the findings of sheet-marking rules name, with their severity', async () => {
    const excel = await inserted(plan);
    const clean = excel.snapshot();
    await fc.assert(
      fc.asyncProperty(fill(template, ROWS), async (payload) => {
        Object.assign(excel.model, structuredClone(clean));
        excel.calculation.invalidate();
        fillSimulated(excel, payload);
        expect(simulatedMarks(excel, plan)).toEqual(findingMarks(template, plan, payload, context));
      }),
      { numRuns: 40 },
    );
  });
});

describe('marks in rows the user added to a table', () => {
  it('marks the new rows as a template planned with them: the formats grew with the table', async () => {
    const plan = buildLayoutPlan(arsrapport2013, { year: 2013 });
    const excel = await inserted(plan);
    const report = fullReport();
    const extra = [
      { aktivitet: 'Ny aktivitet', budsjett: '10?', regnskap_hb: 5 },
      { budsjett: 1000, budsjett_hb: 2000, regnskap_totalt: 7 },
    ];
    const rows = [...(report.tables.okonomi ?? []), ...Array.from({ length: 8 }, () => ({})), ...extra];
    const payload = { ...report, tables: { ...report.tables, okonomi: rows } };
    fillSimulated(excel, payload);
    const grown = withTableRows(arsrapport2013, { okonomi: rows.length });
    const marked = simulatedMarks(excel, plan);
    expect(marked).toEqual(findingMarks(grown, buildLayoutPlan(grown, { year: 2013 }), payload, context));
    const last = tableCellOf(excel, 'okonomi', rows.length - 1, 'regnskap_totalt');
    expect(marked).toContain(`${sheetAddress(last.sheet, last.address)} OKO-05 feil`);
  });
});
