import type { CellValue } from '../../src/report/values';
import { check, hits, reportWith } from './support';

const REQUIRED = ['programnavn', 'kommunenummer', 'kommunenavn', 'programleder', 'rapporteringsar', 'rapporteringsdato', 'utfylt_av', 'epost'];

describe('GEN-01', () => {
  test.each(REQUIRED)('flags %s when it is empty', (field) => {
    for (const empty of ['', '   ', null]) {
      expect(hits(reportWith({ [field]: empty }), 'GEN-01')).toEqual([[field]]);
    }
  });

  it('flags a field that is missing from the payload', () => {
    const report = reportWith();
    delete report.values.utfylt_av;
    expect(hits(report, 'GEN-01')).toEqual([['utfylt_av']]);
  });

  it('gives one finding per empty field, in form order', () => {
    const empty = Object.fromEntries(REQUIRED.map((f) => [f, '']));
    expect(hits(reportWith(empty), 'GEN-01')).toEqual(REQUIRED.map((f) => [f]));
  });

  it('leaves optional fields alone', () => {
    expect(hits(reportWith({ bydel: '', programansvarlig: null, telefon: '', programstart: '' }), 'GEN-01')).toEqual([]);
  });
});

describe('GEN-02', () => {
  const findings = (values: Record<string, CellValue>) =>
    check(reportWith(values)).findings.filter((f) => f.rule === 'GEN-02');

  test.each<[CellValue, number, string]>([
    ['0502', 2013, 'Gjøvik'],
    [' 0502 ', 2013, 'Gjøvik'],
    ['3407', 2020, 'Gjøvik'],
    [3407, 2024, 'Gjøvik'],
    ['0301', 2026, 'Oslo'],
  ])('accepts %p in %p', (kommunenummer, rapporteringsar, kommunenavn) => {
    expect(findings({ kommunenummer, rapporteringsar, kommunenavn })).toEqual([]);
  });

  it('flags 3407 in 2013 and says which number Gjøvik had then', () => {
    const [finding, ...rest] = findings({ kommunenummer: '3407', rapporteringsar: 2013 });
    expect(rest).toEqual([]);
    expect(finding?.fields).toEqual(['kommunenummer']);
    expect(finding?.severity).toBe('feil');
    expect(finding?.message).toContain('0502');
    expect(finding?.values).toMatchObject({ kommunenummer: '3407' });
  });

  it('takes the number to suggest from the typed name', () => {
    const [finding] = findings({ kommunenummer: '0999', kommunenavn: 'Lillehammer', rapporteringsar: 2013 });
    expect(finding?.fields).toEqual(['kommunenummer']);
    expect(finding?.message).toContain('0501');
  });

  it('flags a number Excel stored without its leading zero and says to format the cell as text', () => {
    const [finding] = findings({ kommunenummer: 502 });
    expect(finding?.fields).toEqual(['kommunenummer']);
    expect(finding?.message).toContain('0502');
    expect(finding?.message).toContain('tekst');
  });

  test.each<[CellValue]>([['502'], ['05O2'], ['05020'], ['0502 Gjøvik'], [502.5], [true], ['#REF!'], [1e300], [-0], [-502]])(
    'flags %p as not four digits',
    (kommunenummer) => {
      expect(findings({ kommunenummer }).map((f) => f.fields)).toEqual([['kommunenummer']]);
    },
  );

  it('still checks the four digits when the year is not valid, but not the register', () => {
    expect(findings({ kommunenummer: '3407', rapporteringsar: 'tjue' })).toEqual([]);
    expect(findings({ kommunenummer: '34', rapporteringsar: 'tjue' }).map((f) => f.fields)).toEqual([['kommunenummer']]);
  });

  it('leaves an empty number to GEN-01', () => {
    expect(findings({ kommunenummer: '' })).toEqual([]);
  });
});

describe('GEN-03', () => {
  test.each<[string, string, number]>([
    ['0502', 'Gjøvik kommune', 2013],
    ['0502', ' GJØVIK ', 2013],
    ['0502', 'Gjøvik Kommune', 2013],
    ['2021', 'Karasjok', 2013],
    ['2021', 'Kárášjohka', 2013],
    ['2021', 'Kárášjohka - Karasjok', 2013],
    ['0301', 'Oslove', 2026],
    ['0301', 'Oslo kommune', 2026],
    ['0137', 'Våler', 2013],
    ['0137', 'Våler (Østfold)', 2013],
  ])('accepts %p named %p in %p', (kommunenummer, kommunenavn, rapporteringsar) => {
    expect(hits(reportWith({ kommunenummer, kommunenavn, rapporteringsar }), 'GEN-03')).toEqual([]);
  });

  it('warns when the name belongs to another number', () => {
    const result = check(reportWith({ kommunenummer: '0502', kommunenavn: 'Hamar' }));
    const finding = result.findings.find((f) => f.rule === 'GEN-03');
    expect(finding?.fields).toEqual(['kommunenavn', 'kommunenummer']);
    expect(finding?.severity).toBe('advarsel');
    expect(finding?.message).toContain('Gjøvik');
  });

  it('says nothing when the number or the year cannot be looked up', () => {
    expect(hits(reportWith({ kommunenummer: '3407', kommunenavn: 'Hamar' }), 'GEN-03')).toEqual([]);
    expect(hits(reportWith({ kommunenummer: '0502', kommunenavn: 'Hamar', rapporteringsar: 'x' }), 'GEN-03')).toEqual([]);
    expect(hits(reportWith({ kommunenavn: '' }), 'GEN-03')).toEqual([]);
  });
});

describe('GEN-04', () => {
  test.each<[CellValue]>([[2009], [2013], [2026], ['2013'], [' 2013 '], [2013.0]])('accepts %p', (rapporteringsar) => {
    expect(hits(reportWith({ rapporteringsar }), 'GEN-04')).toEqual([]);
  });

  test.each<[CellValue]>([[2008], [2027], [2013.5], ['2013,5'], ['tjue'], [13], [true], ['#REF!'], [1e300], [-0], [-2013]])(
    'flags %p',
    (rapporteringsar) => {
      expect(hits(reportWith({ rapporteringsar }), 'GEN-04')).toEqual([['rapporteringsar']]);
    },
  );

  it('uses the year of the date it is given, not the clock', () => {
    expect(hits(reportWith({ rapporteringsar: 2027 }), 'GEN-04', { today: { year: 2027, month: 1, day: 1 } })).toEqual([]);
  });

  it('leaves an empty year to GEN-01', () => {
    expect(hits(reportWith({ rapporteringsar: null }), 'GEN-04')).toEqual([]);
  });
});

describe('GEN-05', () => {
  test.each<[CellValue]>([['19.02.14'], ['19.02.2014'], ['2014-02-19'], [41689], [41689.5], [' 19.02.2014 ']])('accepts %p', (rapporteringsdato) => {
    expect(hits(reportWith({ rapporteringsdato }), 'GEN-05')).toEqual([]);
  });

  test.each<[CellValue]>([['31.02.2014'], ['19/02/2014'], ['februar 2014'], [true], ['#VALUE!'], [1e300], [-0], [-41689]])('flags %p', (rapporteringsdato) => {
    expect(hits(reportWith({ rapporteringsdato }), 'GEN-05')).toEqual([['rapporteringsdato']]);
  });

  it('leaves an empty date to GEN-01', () => {
    expect(hits(reportWith({ rapporteringsdato: '' }), 'GEN-05')).toEqual([]);
  });
});

describe('GEN-06', () => {
  test.each<[CellValue]>([['31.12.2013'], ['01.01.2014'], [41639]])('accepts %p for 2013', (rapporteringsdato) => {
    expect(hits(reportWith({ rapporteringsdato }), 'GEN-06')).toEqual([]);
  });

  test.each<[CellValue]>([['30.12.2013'], ['01.06.2013'], ['2012-12-31']])('warns about %p for 2013', (rapporteringsdato) => {
    expect(hits(reportWith({ rapporteringsdato }), 'GEN-06')).toEqual([['rapporteringsdato']]);
  });

  it('says nothing when the date or the year is not valid', () => {
    expect(hits(reportWith({ rapporteringsdato: 'i fjor' }), 'GEN-06')).toEqual([]);
    expect(hits(reportWith({ rapporteringsdato: '01.06.2013', rapporteringsar: 'x' }), 'GEN-06')).toEqual([]);
  });
});

describe('GEN-07', () => {
  test.each<[CellValue]>([['28.02.2014'], ['19.02.14'], [41698]])('accepts %p for 2013', (rapporteringsdato) => {
    expect(hits(reportWith({ rapporteringsdato }), 'GEN-07')).toEqual([]);
  });

  test.each<[CellValue]>([['01.03.2014'], [41699], ['2015-01-15']])('warns about %p for 2013', (rapporteringsdato) => {
    expect(hits(reportWith({ rapporteringsdato }), 'GEN-07')).toEqual([['rapporteringsdato']]);
  });

  it('follows the report year', () => {
    expect(hits(reportWith({ rapporteringsar: 2014, rapporteringsdato: '01.03.2015' }), 'GEN-07')).toEqual([['rapporteringsdato']]);
    expect(hits(reportWith({ rapporteringsar: 2014, rapporteringsdato: '01.03.2014' }), 'GEN-07')).toEqual([]);
  });
});

describe('GEN-08', () => {
  test.each([
    'kari@gjovik.kommune.no',
    'kari.nordmann@gjovik.kommune.no; per@gjovik.kommune.no',
    'a@b.no / c@d.no',
    'a@b.no / c@d.no; e@f.no',
    'a@b.no,c@d.no',
    'a@b.no c@d.no',
    'ola@bærum.kommune.no',
    'post+boso@nav-kontor.no',
  ])('accepts %p', (epost) => {
    expect(hits(reportWith({ epost }), 'GEN-08')).toEqual([]);
  });

  test.each<[CellValue]>([
    ['kari@gjovik'],
    ['kari.gjovik.kommune.no'],
    ['a@b.no; kari'],
    ['@gjovik.no'],
    ['kari..n@gjovik.no'],
    ['kari@@gjovik.no'],
    [12],
    [true],
  ])('flags %p', (epost) => {
    expect(hits(reportWith({ epost }), 'GEN-08')).toEqual([['epost']]);
  });

  it('names every bad address in one finding', () => {
    const finding = check(reportWith({ epost: 'a@b; ok@gjovik.no; c@d' })).findings.find((f) => f.rule === 'GEN-08');
    expect(finding?.message).toContain('a@b');
    expect(finding?.message).toContain('c@d');
    expect(finding?.message).not.toContain('ok@gjovik.no');
  });
});

describe('GEN-09', () => {
  test.each<[CellValue]>([
    ['61189400'],
    ['61 18 94 00'],
    ['+47 61 18 94 00'],
    ['0047 611 89 400'],
    ['61 18 94 00 / 952 34 567'],
    ['+47 61 18 90 00 / 90 00 00 00'],
    ['61\u00a018\u00a094\u00a000'],
    [61189400],
    [''],
  ])('accepts %p', (telefon) => {
    expect(hits(reportWith({ telefon }), 'GEN-09')).toEqual([]);
  });

  test.each<[CellValue]>([['123'], ['+46 61 18 94 00'], ['61 18 94 00, 952 34 567'], ['611894000'], ['tlf 61189400'], [true]])(
    'warns about %p',
    (telefon) => {
      expect(hits(reportWith({ telefon }), 'GEN-09')).toEqual([['telefon']]);
    },
  );
});
