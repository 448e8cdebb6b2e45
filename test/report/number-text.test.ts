import { numberTextFixes } from '../../src/report/number-text';
import { arsrapport2013 } from '../../src/report/templates/arsrapport-2013';
import { check, reportWith, TODAY } from './support';

describe('numberTextFixes', () => {
  const report = reportWith(
    { c1_bostotte: 'Kr. 800.000', c2_nye_soknader: '10?', h11_a_status0101: 12, c1_bostotte_maned: '2014' },
    { okonomi: { 0: { aktivitet: 'Kartlegging', budsjett: '2.265.000', regnskap_hb: '1 234,50' } } },
  );

  it('gives, for each number written as text, the number to write', () => {
    expect(numberTextFixes(arsrapport2013, report, { today: TODAY })).toEqual([
      { field: 'c1_bostotte', text: 'Kr. 800.000', value: 800000 },
      { field: 'okonomi[0].budsjett', text: '2.265.000', value: 2265000 },
      { field: 'okonomi[0].regnskap_hb', text: '1 234,50', value: 1234.5 },
    ]);
  });

  it('names exactly the cells NUM-04 names', () => {
    const named = check(report).findings.filter((f) => f.rule === 'NUM-04').flatMap((f) => f.fields);
    expect(numberTextFixes(arsrapport2013, report, { today: TODAY }).map((f) => f.field).sort()).toEqual(named.sort());
  });

  it('leaves a report without number text alone', () => {
    expect(numberTextFixes(arsrapport2013, reportWith({}), { today: TODAY })).toEqual([]);
  });
});
