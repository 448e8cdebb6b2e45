import { inputFields } from '../../src/report/fields';
import type { CellValue } from '../../src/report/values';
import type { Template } from '../../src/report/template';
import { arsrapport2013 } from '../../src/report/templates/arsrapport-2013';
import { validate } from '../../src/report/validate';
import { check, hits, reportWith, TODAY } from './support';

const SAMPLE_CELLS = ['h11_a_status0101', 'h11_barnefamilier_resultat', 'c1_fastrente', 'c1_bostotte', 'c2_nye_soknader'];

describe('NUM-01', () => {
  test.each<[CellValue]>([['10?'], ['ca. 40'], ['n/a'], ['Ikke avklart'], ['#REF!'], [true], ['12 stk']])(
    'flags %p in a number cell',
    (value) => {
      for (const cell of SAMPLE_CELLS) expect(hits(reportWith({ [cell]: value }), 'NUM-01')).toEqual([[cell]]);
    },
  );

  test.each<[CellValue]>([['1 234'], ['12'], [12], [0], [''], [null], ['+ 5']])('accepts %p', (value) => {
    for (const cell of SAMPLE_CELLS) expect(hits(reportWith({ [cell]: value }), 'NUM-01')).toEqual([]);
  });

  it('flags a number too large to be a count', () => {
    expect(hits(reportWith({ c1_bostotte: 1e15 }), 'NUM-01')).toEqual([['c1_bostotte']]);
  });

  it('covers every antall cell of the template: 1.1, C.1 and C.2', () => {
    const antall = inputFields(arsrapport2013).filter((f) => f.kind === 'antall').map((f) => f.id);
    expect(antall).toHaveLength(24);
    const flagged = hits(reportWith(Object.fromEntries(antall.map((id) => [id, '?']))), 'NUM-01');
    expect(flagged).toEqual(antall.map((id) => [id]));
  });

  it('does not check text cells', () => {
    expect(hits(reportWith({ c1_bostotte_maned: 'januar 2014', h11_a_kommentar: '10?' }), 'NUM-01')).toEqual([]);
  });

  it('checks an antall field a new template version adds, with no new rule', () => {
    const [first, ...rest] = arsrapport2013.sections;
    if (!first) throw new Error('malen har ingen seksjoner');
    const extended: Template = {
      ...arsrapport2013,
      sections: [{ ...first, blocks: [...first.blocks, { type: 'fields', fields: [{ id: 'ny_telling', label: 'Ny telling', kind: 'antall' }] }] }, ...rest],
    };
    const result = validate(extended, reportWith({ ny_telling: '3?' }), { today: TODAY });
    expect(result.findings.filter((f) => f.rule === 'NUM-01').map((f) => f.fields)).toEqual([['ny_telling']]);
  });

  it('keeps a cell that is not a number out of the comparisons', () => {
    const result = check(reportWith({ c1_fastrente: '12?', c1_fullfinansierte: 10, h11_a_status3112: 'mange' }));
    expect(result.findings.map((f) => f.rule)).toEqual(['NUM-01', 'NUM-01']);
  });
});

describe('NUM-02', () => {
  test.each<[CellValue]>([[2.5], ['2,5'], ['1 234,50'], [0.1]])('flags %p', (value) => {
    expect(hits(reportWith({ c2_nye_soknader: value }), 'NUM-02')).toEqual([['c2_nye_soknader']]);
  });

  test.each<[CellValue]>([[3], ['3,0'], ['1.234'], ['n/a'], ['']])('accepts %p', (value) => {
    expect(hits(reportWith({ c2_nye_soknader: value }), 'NUM-02')).toEqual([]);
  });
});

describe('NUM-03', () => {
  test.each<[CellValue]>([[-1], ['−1'], ['- 3'], ['-1 234']])('flags %p', (value) => {
    expect(hits(reportWith({ h11_c_resultat: value }), 'NUM-03')).toEqual([['h11_c_resultat']]);
  });

  test.each<[CellValue]>([[0], ['-0'], [1], ['minus'], ['']])('accepts %p', (value) => {
    expect(hits(reportWith({ h11_c_resultat: value }), 'NUM-03')).toEqual([]);
  });

  it('flags a negative fraction as both not whole and negative', () => {
    const result = check(reportWith({ h11_c_resultat: -1.5 }));
    expect(result.findings.map((f) => f.rule)).toEqual(['NUM-02', 'NUM-03']);
  });
});

describe('NUM-04', () => {
  test.each<[CellValue, string]>([
    ['2.265.000', '2\u00a0265\u00a0000'],
    ['Kr. 800.000', '800\u00a0000'],
    ['1 234,50', '1\u00a0234,5'],
    ['48.581', '48\u00a0581'],
    ['40', '40'],
    ['−1.000', '\u22121\u00a0000'],
  ])('flags %p in a count or an amount, read as %p', (value, number) => {
    const counts = check(reportWith({ c1_bostotte: value })).findings.filter((f) => f.rule === 'NUM-04');
    expect(counts.map((f) => f.fields)).toEqual([['c1_bostotte']]);
    expect(counts[0]?.severity).toBe('advarsel');
    const amounts = check(reportWith({}, { okonomi: { 0: { aktivitet: 'Kartlegging', budsjett: value } } })).findings.filter((f) => f.rule === 'NUM-04');
    expect(amounts.map((f) => f.fields)).toEqual([['okonomi[0].budsjett']]);
    expect(amounts[0]?.message).toContain(`leser det som ${number},`);
  });

  test.each<[CellValue]>([[2265000], [0], ['10?'], ['ca. 40'], [''], ['   '], [null], [true]])('leaves %p to the other rules', (value) => {
    expect(hits(reportWith({ c2_nye_soknader: value }), 'NUM-04')).toEqual([]);
  });

  it('does not look at text fields, years or computed columns', () => {
    const result = check(
      reportWith({ c1_bostotte_maned: '2014', h11_a_kommentar: '12' }, { periode: { 0: { ar: '2013', tilskudd_hb: 5 } } }),
    );
    expect(result.findings.filter((f) => f.rule === 'NUM-04')).toEqual([]);
  });

  it('says what the cell was read as, that the sheet leaves it out, and what to do', () => {
    const finding = check(reportWith({ c1_bostotte: 'Kr. 800.000' })).findings.find((f) => f.rule === 'NUM-04');
    expect(finding?.message).toMatch(/800\u00a0000/);
    expect(finding?.message).toContain('arkets egne summer tar det ikke med');
    expect(finding?.message).toContain('Gjør om til tall');
  });
});
