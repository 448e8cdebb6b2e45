import { arsrapport2013 } from '../../src/report/templates/arsrapport-2013';
import { defaultYear, reportYears } from '../../src/taskpane/mal/years';

describe('the years a report may be for', () => {
  const now = new Date(2026, 11, 1);

  it("run from the template's first year (GEN-04) to this year, newest first", () => {
    const years = reportYears(arsrapport2013, now);
    expect(years[0]).toBe(2026);
    expect(years.at(-1)).toBe(2009);
    expect(years).toHaveLength(18);
  });

  it('default to last year, the year reports are written for', () => {
    expect(defaultYear(reportYears(arsrapport2013, now), now)).toBe(2025);
  });
});
