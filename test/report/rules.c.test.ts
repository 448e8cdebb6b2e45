import type { CellValue } from '../../src/report/values';
import { check, hits, reportWith } from './support';

// The clean report's C.1: fullfinansierte 25, fastrente 10, samfinansierte 60 (sum 85), startlån og
// tilskudd 12, overgang til eie 6, bostøtte 410 in "januar 2014". C.2: 520 boliger, 8 + 4 fremskaffet,
// 160 søknader, 95 tildelinger.

describe('C1-01', () => {
  const flagged = [['c1_fastrente', 'c1_fullfinansierte']];

  it('flags fastrente above fullfinansierte', () => {
    expect(hits(reportWith({ c1_fastrente: 12, c1_fullfinansierte: 10 }), 'C1-01')).toEqual(flagged);
    expect(hits(reportWith({ c1_fastrente: '12', c1_fullfinansierte: '10' }), 'C1-01')).toEqual(flagged);
  });

  it('is an error whose message names both values', () => {
    const finding = check(reportWith({ c1_fastrente: 12, c1_fullfinansierte: 10 })).findings.find((f) => f.rule === 'C1-01');
    expect(finding?.severity).toBe('feil');
    expect(finding?.values).toEqual({ c1_fastrente: 12, c1_fullfinansierte: 10 });
    expect(finding?.message).toMatch(/12.*10/);
  });

  test.each<[CellValue, CellValue]>([
    [10, 10],
    [0, 0],
    [12, ''],
    ['', 10],
    ['12?', 10],
    [12, 'ti'],
  ])('accepts fastrente %p with fullfinansierte %p', (c1_fastrente, c1_fullfinansierte) => {
    expect(hits(reportWith({ c1_fastrente, c1_fullfinansierte }), 'C1-01')).toEqual([]);
  });
});

describe.each([
  ['C1-02', 'c1_startlan_tilskudd'],
  ['C1-03', 'c1_overgang_eie'],
])('%s', (rule, part) => {
  const flagged = [[part, 'c1_fullfinansierte', 'c1_samfinansierte', `${part}_kommentar`]];

  it('warns when the count exceeds fullfinansierte + samfinansierte', () => {
    expect(hits(reportWith({ [part]: 86 }), rule)).toEqual(flagged);
  });

  it('accepts the count equal to the sum', () => {
    expect(hits(reportWith({ [part]: 85 }), rule)).toEqual([]);
  });

  it('counts an empty samfinansierte as 0', () => {
    expect(hits(reportWith({ [part]: 26, c1_samfinansierte: '' }), rule)).toEqual(flagged);
    expect(hits(reportWith({ [part]: 25, c1_samfinansierte: '' }), rule)).toEqual([]);
  });

  it('compares nothing when both are empty', () => {
    expect(hits(reportWith({ [part]: 26, c1_fullfinansierte: '', c1_samfinansierte: null }), rule)).toEqual([]);
  });

  it('warns even when the comment is filled in, so Husbanken sees it', () => {
    const finding = check(reportWith({ [part]: 90, [`${part}_kommentar`]: 'Forklaring' })).findings.find((f) => f.rule === rule);
    expect(finding?.severity).toBe('advarsel');
  });
});

describe('C1-04', () => {
  test.each<[CellValue]>([['januar 2014'], ['des. 2013'], ['12/2013'], ['Desember 2013'], ['januar'], [41640]])(
    'accepts the month %p for 2013',
    (c1_bostotte_maned) => {
      expect(hits(reportWith({ c1_bostotte_maned }), 'C1-04')).toEqual([]);
    },
  );

  test.each<[CellValue]>([['januar 2015'], ['januar 2012'], ['des 2013 / jan 2015'], [42005]])(
    'warns about the month %p for 2013',
    (c1_bostotte_maned) => {
      expect(hits(reportWith({ c1_bostotte_maned }), 'C1-04')).toEqual([['c1_bostotte_maned']]);
    },
  );

  it('warns when bostøtte is given but the month is empty', () => {
    expect(hits(reportWith({ c1_bostotte_maned: '' }), 'C1-04')).toEqual([['c1_bostotte_maned']]);
    expect(hits(reportWith({ c1_bostotte: '410?', c1_bostotte_maned: null }), 'C1-04')).toEqual([['c1_bostotte_maned']]);
  });

  it('needs no month when bostøtte is empty', () => {
    expect(hits(reportWith({ c1_bostotte: '', c1_bostotte_maned: '' }), 'C1-04')).toEqual([]);
  });

  it('checks the year of the month only when the report year is valid', () => {
    expect(hits(reportWith({ c1_bostotte_maned: 'januar 2020', rapporteringsar: 'x' }), 'C1-04')).toEqual([]);
  });

  it('follows the report year', () => {
    expect(hits(reportWith({ rapporteringsar: 2014, c1_bostotte_maned: 'januar 2015', rapporteringsdato: '19.02.2015' }), 'C1-04')).toEqual([]);
  });
});

describe('C2-01', () => {
  const flagged = [
    ['c2_fremskaffet_boligtilskudd', 'c2_fremskaffet_investeringstilskudd', 'c2_kommunale_boliger', 'c2_kommunale_boliger_kommentar'],
  ];

  it('warns when the provided dwellings exceed the municipal dwellings', () => {
    expect(hits(reportWith({ c2_fremskaffet_boligtilskudd: 517 }), 'C2-01')).toEqual(flagged);
  });

  it('accepts a sum equal to the dwellings', () => {
    expect(hits(reportWith({ c2_fremskaffet_boligtilskudd: 516 }), 'C2-01')).toEqual([]);
  });

  it('compares nothing when the dwellings are not reported', () => {
    expect(hits(reportWith({ c2_kommunale_boliger: '' }), 'C2-01')).toEqual([]);
    expect(hits(reportWith({ c2_fremskaffet_boligtilskudd: '', c2_fremskaffet_investeringstilskudd: '' }), 'C2-01')).toEqual([]);
  });
});

describe('C2-02', () => {
  it('warns when there are more allotments than applications, and points to the comment', () => {
    expect(hits(reportWith({ c2_nye_tildelinger: 161 }), 'C2-02')).toEqual([
      ['c2_nye_tildelinger', 'c2_nye_soknader', 'c2_nye_tildelinger_kommentar'],
    ]);
  });

  test.each<[CellValue, CellValue]>([
    [160, 160],
    [0, 160],
    [161, ''],
  ])('accepts %p allotments for %p applications', (c2_nye_tildelinger, c2_nye_soknader) => {
    expect(hits(reportWith({ c2_nye_tildelinger, c2_nye_soknader }), 'C2-02')).toEqual([]);
  });
});
