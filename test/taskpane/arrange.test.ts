import { arsrapport2013 } from '../../src/report/templates/arsrapport-2013';
import { arrangeFindings } from '../../src/taskpane/kontroll/arrange';
import { check, reportWith } from '../report/support';

const emptyReport = { template: { id: 'boso-arsrapport', version: '2013' }, values: {}, tables: {} };

describe('the Kontroll list', () => {
  it("groups findings by the sections of the form, in the form's order, feil before advarsler", () => {
    const { findings } = check(reportWith({ c1_fastrente: 12, c1_fullfinansierte: 10, telefon: '12', kommunenummer: '3407' }));
    const arranged = arrangeFindings(arsrapport2013, findings);
    expect(arranged.problems.map((g) => g.section?.id)).toEqual(['generelt', 'delmal']);
    const [generelt] = arranged.problems;
    expect(generelt?.findings.map((f) => f.severity)).toEqual(['feil', 'advarsel']);
    expect(generelt).toMatchObject({ errors: 1, warnings: 1 });
    expect(arranged.problems[1]?.findings.map((f) => f.rule)).toEqual(['C1-01']);
  });

  it('lists what is only still empty apart, and counts it apart from feil and advarsler', () => {
    const { findings } = check(reportWith({ programleder: '', a1: '', c1_fastrente: 12, c1_fullfinansierte: 10 }));
    const arranged = arrangeFindings(arsrapport2013, findings);
    expect(arranged.remaining.flatMap((g) => g.findings.map((f) => f.rule))).toEqual(['GEN-01', 'TXT-01']);
    expect(arranged).toMatchObject({ remainingCount: 2, requiredCount: 1 });
    expect(arranged.problems.flatMap((g) => g.findings.map((f) => f.rule))).toEqual(['C1-01']);
    expect(arranged).toMatchObject({ errors: 1, warnings: 0 });
  });

  it('has no problems for a clean report, and only empty fields for an empty one', () => {
    expect(arrangeFindings(arsrapport2013, check(reportWith()).findings)).toMatchObject({
      problems: [],
      remaining: [],
      errors: 0,
      warnings: 0,
    });
    const empty = arrangeFindings(arsrapport2013, check(emptyReport).findings);
    expect(empty.remainingCount).toBeGreaterThan(20);
    expect(empty.problems).toEqual([]);
  });
});
