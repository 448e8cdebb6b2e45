import { kommuneNavn, searchKommuner } from '../../src/taskpane/mal/kommune-search';

describe('finding a municipality in the register of the report year', () => {
  it('finds Gjøvik by the start of its name and by its number, as it was in 2013', () => {
    expect(searchKommuner(2013, 'Gjø', 10).hits).toEqual([{ nummer: '0502', navn: 'Gjøvik' }]);
    expect(searchKommuner(2013, '0502', 10).hits).toEqual([{ nummer: '0502', navn: 'Gjøvik' }]);
    expect(searchKommuner(2024, 'gjøvik kommune', 10).hits).toEqual([{ nummer: '3407', navn: 'Gjøvik' }]);
  });

  it('puts names that start with the text before names that only contain it', () => {
    const hits = searchKommuner(2013, 'os', 50).hits.map((k) => k.navn);
    expect(hits[0]).toMatch(/^Os/);
    expect(hits.indexOf('Oslo')).toBeLessThan(hits.findIndex((n) => !/^os/i.test(n)));
  });

  it('finds a name by any of its language forms', () => {
    expect(searchKommuner(2013, 'Karasjok', 10).hits.map((k) => k.nummer)).toEqual(['2021']);
  });

  it('cuts a long list and says how many matched', () => {
    const result = searchKommuner(2013, '0', 5);
    expect(result.hits).toHaveLength(5);
    expect(result.total).toBeGreaterThan(100);
  });

  it('finds nothing for an empty text or a year the register does not cover', () => {
    expect(searchKommuner(2013, '  ', 5)).toEqual({ hits: [], total: 0 });
    expect(searchKommuner(1800, 'Oslo', 5)).toEqual({ hits: [], total: 0 });
  });

  it('names a number in a year, or nothing when it did not exist', () => {
    expect(kommuneNavn(2013, '0502')).toBe('Gjøvik');
    expect(kommuneNavn(2013, '3407')).toBeUndefined();
  });
});
