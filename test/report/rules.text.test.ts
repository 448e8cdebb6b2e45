import type { CellValue } from '../../src/report/values';
import { hits, reportWith } from './support';

// The list in shared/spec/rules.md; the rule itself takes every text section of the template.
const SECTIONS = ['h11_samlet', 'h12_tekst', 'a1', 'a2', 'a3', 'a4', 'b1', 'b2', 'b3', 'b4', 'c3', 'l31', 'l32', 'f41a', 'f41b', 'f41c', 'f41d', 'f42a', 'f42b', 'f42c', 'f42d', 'f42e'];

describe('TXT-01', () => {
  test.each(SECTIONS)('warns when %s is empty', (field) => {
    for (const empty of ['', ' \n ', null]) expect(hits(reportWith({ [field]: empty }), 'TXT-01')).toEqual([[field]]);
  });

  it('covers exactly the text sections of rules.md, one finding each', () => {
    const empty = Object.fromEntries(SECTIONS.map((f) => [f, '']));
    expect(hits(reportWith(empty), 'TXT-01')).toEqual(SECTIONS.map((f) => [f]));
  });

  test.each<[CellValue]>([['Se vedlegg.'], ['0'], [0], [false]])('accepts any content: %p', (value) => {
    expect(hits(reportWith({ a1: value }), 'TXT-01')).toEqual([]);
  });

  it('does not ask for comments or optional fields', () => {
    expect(hits(reportWith({ h11_a_kommentar: '', c1_fastrente_kommentar: '', bydel: '', programstart: '' }), 'TXT-01')).toEqual([]);
  });
});
