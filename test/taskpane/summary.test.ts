import { computeAll } from '../../src/report/compute';
import { arsrapport2013 } from '../../src/report/templates/arsrapport-2013';
import { summaryOf, TABLE_TOTALS } from '../../src/taskpane/sammendrag/summary';
import { fullReport } from '../fixtures/full-report';
import { reportWith } from '../report/support';

const itemsById = (payload = fullReport()) =>
  new Map(summaryOf(arsrapport2013, computeAll(arsrapport2013, payload)).flatMap((g) => g.items.map((i) => [i.id, i.value] as const)));

describe('Sammendrag', () => {
  it("shows the economy totals, the 1.1 sums and changes and the C.1 sum, in the form's order", () => {
    const groups = summaryOf(arsrapport2013, computeAll(arsrapport2013, fullReport()));
    expect(groups.map((g) => g.title)).toEqual([
      '1.1 Anskaffe og beholde bolig',
      'C.1 Økonomiske virkemidler',
      '5.1 Pr. aktivitet og totalt',
    ]);
    const economy = groups[2]?.items ?? [];
    expect(economy.map((i) => i.label)).toEqual(['Budsjett', 'Regnskap: TOTALT', 'Avvik totalt (+/−)', 'Tilskudd HB: Avvik (+/−)']);
  });

  it("takes the numbers the domain computes, as the sheet's formulas do", () => {
    const computed = computeAll(arsrapport2013, fullReport());
    const items = itemsById();
    const okonomi = computed.okonomi as { total: Record<string, number | null> };
    for (const id of TABLE_TOTALS.okonomi ?? []) expect(items.get(`okonomi.total.${id}`)).toBe(okonomi.total[id]);
    expect(items.get('c1_sum_startlan')).toBe(computed.c1_sum_startlan);
    const h11 = computed.h11 as Record<string, Record<string, number | null>>;
    expect(items.get('h11.sum.status0101')).toBe(h11.sum?.status0101);
    expect(items.get('h11.endring.sum')).toBe(h11.endring?.sum);
  });

  it('follows what is typed: a number written as text counts, text that is no number makes the sum unknown', () => {
    expect(itemsById(reportWith({}, { okonomi: { 0: { budsjett: '900.000' } } })).get('okonomi.total.budsjett')).toBe(
      (itemsById().get('okonomi.total.budsjett') ?? 0) + 100_000,
    );
    expect(itemsById(reportWith({ c1_fullfinansierte: '10?' })).get('c1_sum_startlan')).toBeNull();
  });

  it('names only columns the template has', () => {
    for (const [table, columns] of Object.entries(TABLE_TOTALS)) {
      const def = arsrapport2013.sections.flatMap((s) => s.blocks).find((b) => b.type === 'table' && b.id === table);
      expect(def?.type === 'table' ? columns.filter((c) => !def.columns.some((col) => col.id === c)) : ['ingen tabell']).toEqual([]);
    }
  });
});
