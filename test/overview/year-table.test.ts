import type { YearRow } from '../../src/api/oversikt';
import { hrefOf, routeOf } from '../../src/overview/route';
import { filterRows, rowName, sortRows } from '../../src/overview/year-table';

const row = (kommunenummer: string, kommunenavn: string, delivered?: { versjon: number; mottatt: string; forSent?: boolean; bydel?: string }): YearRow => ({
  kommunenummer,
  kommunenavn,
  bydel: delivered?.bydel ?? null,
  siste: delivered ? { id: `${kommunenummer}-${delivered.versjon}`, versjon: delivered.versjon, mottatt: delivered.mottatt, advarsler: delivered.versjon } : null,
  forsteMottatt: delivered?.mottatt ?? null,
  antallVersjoner: delivered?.versjon ?? 0,
  forSent: delivered?.forSent ?? false,
});

const rows = [
  row('0502', 'Gjøvik', { versjon: 2, mottatt: '2014-02-20T10:00:00.000Z' }),
  row('0301', 'Oslo', { versjon: 1, mottatt: '2014-02-27T10:00:00.000Z', bydel: 'Søndre Nordstrand' }),
  row('0501', 'Lillehammer'),
  row('0403', 'Hamar', { versjon: 1, mottatt: '2014-03-01T10:00:00.000Z', forSent: true }),
];
const names = (list: readonly YearRow[]) => list.map(rowName);

describe('the year view’s rows', () => {
  it('are named by number, municipality and district', () => {
    expect(names(rows)).toEqual(['0502 Gjøvik', '0301 Oslo – Søndre Nordstrand', '0501 Lillehammer', '0403 Hamar']);
  });

  it('are found by any part of the name or number, whatever the case and spaces', () => {
    expect(names(filterRows(rows, '  SØNDRE  nordstrand', 'alle'))).toEqual(['0301 Oslo – Søndre Nordstrand']);
    expect(names(filterRows(rows, '05', 'alle'))).toEqual(['0502 Gjøvik', '0501 Lillehammer']);
  });

  it('are filtered by status: delivered, missing, late', () => {
    expect(names(filterRows(rows, '', 'mangler'))).toEqual(['0501 Lillehammer']);
    expect(names(filterRows(rows, '', 'sent'))).toEqual(['0403 Hamar']);
    expect(filterRows(rows, '', 'levert')).toHaveLength(3);
  });

  it('sort by status with what needs following up first, ties by municipality', () => {
    expect(names(sortRows(rows, 'status', 'ascending'))).toEqual(['0501 Lillehammer', '0403 Hamar', '0301 Oslo – Søndre Nordstrand', '0502 Gjøvik']);
    expect(names(sortRows(rows, 'mottatt', 'descending'))[0]).toBe('0403 Hamar');
    expect(names(sortRows(rows, 'kommune', 'ascending'))).toEqual(['0301 Oslo – Søndre Nordstrand', '0403 Hamar', '0501 Lillehammer', '0502 Gjøvik']);
  });
});

describe('the page’s addresses', () => {
  const today = new Date('2026-12-01T12:00:00Z');

  it('round-trip every view', () => {
    for (const route of [{ view: 'ar', ar: 2013 }, { view: 'totaler', ar: 2014 }, { view: 'rapport', id: 'a b' }, { view: 'rapport', id: 'x', mot: 'y' }] as const) {
      expect(routeOf(hrefOf(route), today)).toEqual(route);
    }
  });

  it('open the year being reported for when none or a strange one is given', () => {
    expect(routeOf('', today)).toEqual({ view: 'ar', ar: 2025 });
    expect(routeOf('?ar=1999', today)).toEqual({ view: 'ar', ar: 2025 });
    expect(routeOf('?ar=abc&vis=totaler', today)).toEqual({ view: 'totaler', ar: 2025 });
  });
});
