import { bydelNames, canonicalBydel, similarBydeler } from '../../src/report/bydeler';
import type { CellValue } from '../../src/report/values';
import { check, reportWith } from './support';

const OSLO = { kommunenummer: '0301', kommunenavn: 'Oslo' } as const;

const gen10 = (values: Record<string, CellValue>) => check(reportWith(values)).findings.filter((f) => f.rule === 'GEN-10');

describe('canonicalBydel', () => {
  test.each([
    ['Bydel Alna', 'Alna'],
    ['alna', 'Alna'],
    ['ALNA', 'Alna'],
    ['  bydel   alna  ', 'Alna'],
    ['Bydel\u00a0Gamle Oslo', 'Gamle Oslo'],
    ['BYDEL GRÜNERLØKKA', 'Grünerløkka'],
    ['st. hanshaugen', 'St. Hanshaugen'],
    ['Søndre nordstrand', 'Søndre Nordstrand'],
    ['Bydel Østensjø', 'Østensjø'],
  ])('reads %p as %p', (text, name) => {
    expect(canonicalBydel(text)).toBe(name);
  });

  test.each(['Alnaa', 'Grunerlokka', 'Bydel', 'Sentrum', 'Marka', 'Oslo', '', 'Alna bydel'])('knows %p as no district', (text) => {
    expect(canonicalBydel(text)).toBeUndefined();
  });

  it('knows all of Oslo’s 15 districts and no other', () => {
    expect(bydelNames).toHaveLength(15);
    expect(bydelNames.map((name) => canonicalBydel(`Bydel ${name}`))).toEqual(bydelNames);
  });
});

describe('similarBydeler', () => {
  test.each<[string, readonly string[]]>([
    ['Alnaa', ['Alna']],
    ['Grunerlokka', ['Grünerløkka']],
    ['St Hanshaugen', ['St. Hanshaugen']],
    ['Ostensjo', ['Østensjø']],
    ['Bydel Frogne', ['Frogner']],
    ['aker', ['Vestre Aker', 'Nordre Aker']],
    ['Søndre', ['Søndre Nordstrand']],
  ])('finds what %p resembles', (text, names) => {
    expect(similarBydeler(text)).toEqual(names);
  });

  it('finds nothing for a text like no district', () => {
    expect(similarBydeler('Bergen sentrum')).toEqual([]);
    expect(similarBydeler('...')).toEqual([]);
  });
});

describe('GEN-10', () => {
  test.each(['Bydel Alna', 'alna', 'ALNA', ' Bydel Søndre Nordstrand '])('accepts %p in a report from Oslo', (bydel) => {
    expect(gen10({ ...OSLO, bydel })).toEqual([]);
  });

  test.each<CellValue>(['', '   ', null])('is silent when bydel is empty (%p), for any municipality', (bydel) => {
    expect(gen10({ bydel })).toEqual([]);
    expect(gen10({ ...OSLO, bydel })).toEqual([]);
  });

  it('flags a district in a report from another municipality, naming both cells', () => {
    const [finding, ...rest] = gen10({ bydel: 'Bydel Alna' });
    expect(rest).toEqual([]);
    expect(finding?.severity).toBe('feil');
    expect(finding?.fields).toEqual(['bydel', 'kommunenummer']);
    expect(finding?.values).toEqual({ bydel: 'Bydel Alna', kommunenummer: '0502' });
    expect(finding?.message).toContain('0301');
    expect(finding?.message).toContain('«0502»');
  });

  it('flags a name that is not a district and names the ones it resembles', () => {
    const [finding] = gen10({ ...OSLO, bydel: 'Grunerlokka' });
    expect(finding?.fields).toEqual(['bydel']);
    expect(finding?.message).toBe('«Grunerlokka» er ikke en av Oslos bydeler. Mente du Grünerløkka? Skriv navnet på bydelen slik, f.eks. «Bydel Grünerløkka».');
  });

  it('lists every district when the text resembles none', () => {
    const [finding] = gen10({ ...OSLO, bydel: 'Sentrum' });
    for (const name of bydelNames) expect(finding?.message).toContain(name);
  });

  it('reads a district typed as a number or SANN as text, and flags it', () => {
    expect(gen10({ ...OSLO, bydel: 12 }).map((f) => f.fields)).toEqual([['bydel']]);
    expect(gen10({ ...OSLO, bydel: true }).map((f) => f.fields)).toEqual([['bydel']]);
  });

  it('leaves a missing municipality number to GEN-01 and still checks the name', () => {
    expect(gen10({ kommunenummer: '', bydel: 'Alna' })).toEqual([]);
    expect(gen10({ kommunenummer: '', bydel: 'Alnaa' }).map((f) => f.fields)).toEqual([['bydel']]);
  });
});
