import { arsrapport2013 } from '../../src/report/templates/arsrapport-2013';
import { fixesOf } from '../../src/taskpane/kontroll/fixes';
import { check, reportWith } from '../report/support';

describe('the repairs the Kontroll tab offers', () => {
  it('converts every number written as text, and nothing that is not a number', () => {
    const { findings } = check(
      reportWith({ c1_fastrente: '2', c1_fullfinansierte: '10?' }, { okonomi: { 0: { budsjett: 'Kr. 800.000' } } }),
    );
    expect(fixesOf(arsrapport2013, findings)).toEqual({ restore: [], convert: ['c1_fastrente', 'okonomi[0].budsjett'] });
  });

  it('restores every computed cell that was typed over', () => {
    const report = reportWith({}, { okonomi: { 1: { regnskap_totalt: 5 } } });
    expect(fixesOf(arsrapport2013, check(report).findings).restore).toEqual(['okonomi[1].regnskap_totalt']);
  });

  it('offers nothing for a clean report', () => {
    expect(fixesOf(arsrapport2013, check(reportWith()).findings)).toEqual({ restore: [], convert: [] });
  });
});
