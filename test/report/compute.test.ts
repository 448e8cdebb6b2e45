import { computeAll, computeTable, hundredths } from '../../src/report/compute';
import { findTable } from '../../src/report/fields';
import type { PayloadV1 } from '../../src/report/payload';
import type { CellValue } from '../../src/report/values';
import { arsrapport2013 } from '../../src/report/templates/arsrapport-2013';
import { fullReport } from '../fixtures/full-report';

const okonomi = findTable(arsrapport2013, 'okonomi');
const periode = findTable(arsrapport2013, 'periode');
if (!okonomi || !periode) throw new Error('malen mangler tabellene okonomi og periode');

const payload = (values: PayloadV1['values'], tables: PayloadV1['tables'] = {}): PayloadV1 => ({
  template: { id: 'boso-arsrapport', version: '2013' },
  values,
  tables,
});

describe('economy row', () => {
  it('computes the worked row of a real 2013 report', () => {
    const row = { budsjett: 300000, budsjett_hb: 0, regnskap_hb: 48581, regnskap_egen: 94667, regnskap_annen: 0 };
    const computed = computeAll(arsrapport2013, payload({}, { okonomi: [row] }));
    expect(computed.okonomi).toEqual({
      rows: [{ regnskap_totalt: 143248, avvik_totalt: -156752, avvik_hb: 48581 }],
      total: {
        budsjett: 300000,
        budsjett_hb: 0,
        regnskap_hb: 48581,
        regnskap_egen: 94667,
        regnskap_annen: 0,
        regnskap_totalt: 143248,
        avvik_totalt: -156752,
        avvik_hb: 48581,
      },
    });
  });

  test.each<[string, Record<string, CellValue>, Record<string, number | null>]>([
    ['text as Norwegians write it', { budsjett: 'Kr. 300.000', regnskap_hb: '48.581', regnskap_egen: '94 667' }, { regnskap_totalt: 14324800, avvik_totalt: -15675200 }],
    ['empty inputs as 0', { budsjett: 1000 }, { regnskap_totalt: 0, avvik_totalt: -100000, avvik_hb: 0 }],
    ['decimals exactly', { regnskap_hb: '0,10', regnskap_egen: '0,20' }, { regnskap_totalt: 30 }],
    ['an input that is not a number as null', { budsjett: 1000, regnskap_hb: '10?' }, { regnskap_totalt: null, avvik_totalt: null, avvik_hb: null }],
    ['only what depends on it as null', { regnskap_egen: 'n/a', budsjett_hb: 5, regnskap_hb: 7 }, { avvik_hb: 200, regnskap_totalt: null }],
  ])('computes %s', (_what, row, expected) => {
    expect(computeTable(okonomi, [row]).rows[0]).toMatchObject(expected);
  });

  it('totals every numeric column, and a total over a non-number is null', () => {
    const rows: Record<string, CellValue>[] = [
      { budsjett: 100, regnskap_hb: 50 },
      { budsjett: 200, regnskap_egen: 'ca. 40' },
    ];
    expect(computeTable(okonomi, rows).total).toEqual({
      budsjett: 30000,
      budsjett_hb: 0,
      regnskap_hb: 5000,
      regnskap_egen: null,
      regnskap_annen: 0,
      regnskap_totalt: null,
      avvik_totalt: null,
      avvik_hb: 5000,
    });
  });
});

describe('computeAll', () => {
  it('gives the numbers of the rules.md example', () => {
    const report = fullReport();
    Object.assign(report.values, { c1_fullfinansierte: 10, c1_samfinansierte: 75 });
    report.tables = {
      okonomi: [{ aktivitet: 'Kartlegging', budsjett: 30000, budsjett_hb: 20000, regnskap_hb: 20000, regnskap_egen: 35000 }],
      periode: [{ ar: 2013, tilskudd_hb: 1000000, egenfinansiering: 682752, annen: 0, overfort: 0 }],
    };
    const computed = computeAll(arsrapport2013, report);
    expect(computed.h11).toEqual({
      sum: { status0101: 49, status3112: 32, resultat: 98 },
      endring: { a: -6, b: -6, c: -5, sum: -17, barnefamilier: 2 },
    });
    expect(computed.c1_sum_startlan).toBe(85);
    expect(computed.okonomi).toMatchObject({ rows: [{ regnskap_totalt: 55000, avvik_totalt: 25000, avvik_hb: 0 }] });
    expect(computed.periode).toEqual({
      rows: [{ ar: 2013, sum: 1682752 }],
      total: { tilskudd_hb: 1000000, egenfinansiering: 682752, annen: 0, overfort: 0, sum: 1682752 },
    });
  });

  it('computes an empty report as zeros, with no table rows', () => {
    const computed = computeAll(arsrapport2013, payload({}));
    expect(computed.h11).toEqual({
      sum: { status0101: 0, status3112: 0, resultat: 0 },
      endring: { a: 0, b: 0, c: 0, sum: 0, barnefamilier: 0 },
    });
    expect(computed.c1_sum_startlan).toBe(0);
    expect(computed.okonomi).toEqual({
      rows: [],
      total: { budsjett: 0, budsjett_hb: 0, regnskap_hb: 0, regnskap_egen: 0, regnskap_annen: 0, regnskap_totalt: 0, avvik_totalt: 0, avvik_hb: 0 },
    });
  });

  it('makes a 1.1 sum null when one of its cells is not a number', () => {
    const computed = computeAll(arsrapport2013, payload({ h11_a_status0101: '10?', h11_b_status0101: 3 }));
    expect(computed.h11).toMatchObject({ sum: { status0101: null }, endring: { a: null, b: -3, sum: null } });
  });

  it('gives null, never NaN or a throw, for what is not a number in every cell', () => {
    const odd = ['#REF!', true, 1e300, 'ca. 40'] as const;
    for (const value of odd) {
      const row = { budsjett: value, budsjett_hb: value, regnskap_hb: value, regnskap_egen: value, regnskap_annen: value };
      const computed = computeAll(arsrapport2013, payload({ h11_a_status0101: value, c1_fullfinansierte: value }, { okonomi: [row], periode: [{ ar: 2013, tilskudd_hb: value }] }));
      expect(computed.okonomi).toMatchObject({ rows: [{ regnskap_totalt: null, avvik_totalt: null, avvik_hb: null }], total: { budsjett: null } });
      expect(computed.periode).toMatchObject({ rows: [{ ar: 2013, sum: null }], total: { tilskudd_hb: null, egenfinansiering: 0 } });
      expect(computed.h11).toMatchObject({ sum: { status0101: null }, endring: { a: null } });
      expect(computed.c1_sum_startlan).toBeNull();
      expect(JSON.stringify(computed)).not.toMatch(/NaN|Infinity/);
    }
  });

  it('keeps the year of a periode row as a number, and text that is not a number as typed', () => {
    const computed = computeAll(arsrapport2013, payload({}, { periode: [{ ar: '2013' }, { ar: 'tjue' }, {}] }));
    expect(computed.periode).toMatchObject({ rows: [{ ar: 2013 }, { ar: 'tjue' }, { ar: null }] });
  });
});

describe('hundredths', () => {
  test.each<[CellValue | undefined, number | null]>([
    [undefined, 0],
    ['', 0],
    ['1 234,56', 123456],
    ['10?', null],
    [true, null],
    [false, null],
    ['#REF!', null],
    [1e300, null],
    ['   ', 0],
    ['\u00a0', 0],
    [null, 0],
    [-0, 0],
    ['−0', 0],
    [41689, 4168900],
  ])('reads %p as %p', (value, expected) => {
    expect(hundredths(value)).toBe(expected);
  });
});
