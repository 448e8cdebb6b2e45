import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Finding } from '../../src/report/findings';
import { arsrapport2013 } from '../../src/report/templates/arsrapport-2013';
import { FindingList } from '../../src/taskpane/kontroll/FindingList';
import { check, reportWith } from '../report/support';
import { renderInPane } from './render';

function showList(findings: readonly Finding[], addressOf?: (field: string) => string | undefined) {
  const selected: Finding[] = [];
  renderInPane(
    <FindingList template={arsrapport2013} findings={findings} onSelect={(f) => selected.push(f)} {...(addressOf ? { addressOf } : {})} />,
  );
  return selected;
}

describe('FindingList', () => {
  it('says "Ingen feil" for a clean report, and the count in a live region', () => {
    showList(check(reportWith()).findings);
    expect(screen.getByText('Ingen feil')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Ingen feil eller advarsler.');
  });

  it('groups by section with counts, feil first, and shows both sides of a comparison with the difference', () => {
    showList(check(reportWith({ c1_fastrente: 12, c1_fullfinansierte: 10, telefon: '12', kommunenummer: '3407' })).findings);
    expect(screen.getByRole('status').textContent).toBe('2 feil, 1 advarsel.');
    expect(screen.queryByText('Ingen feil')).toBeNull();
    const generelt = screen.getByRole('region', { name: '0. Generell programinformasjon' });
    expect(within(generelt).getByRole('heading').textContent).toContain('(1 feil, 1 advarsel)');
    expect(
      within(generelt)
        .getAllByText(/^(Feil|Advarsel)$/)
        .map((b) => b.textContent),
    ).toEqual(['Feil', 'Advarsel']);
    const delmal = screen.getByRole('region', { name: '2. Rapportering på delmål' });
    const rows = within(delmal)
      .getAllByRole('row')
      .map((r) => r.textContent);
    expect(rows).toEqual(['Herav antall med fastrente12', 'Antall fullfinansierte boligkjøp med startlån10', 'Forskjell2']);
  });

  it('names the cells, with their address when the report was read with addresses', () => {
    showList(check(reportWith({ c1_fastrente: '10?' })).findings, (field) => (field === 'c1_fastrente' ? "'2 Delmål'!C40" : undefined));
    expect(screen.getByText("Celle: '2 Delmål'!C40 (Herav antall med fastrente)")).toBeTruthy();
  });

  it("selects a finding's cells from its button and from a click on the card", async () => {
    const selected = showList(check(reportWith({ c1_fastrente: '10?' })).findings);
    await userEvent.click(screen.getByRole('button', { name: 'Vis i arket' }));
    await userEvent.click(screen.getByText(/må være et tall/));
    expect(selected.map((f) => f.rule)).toEqual(['NUM-01', 'NUM-01']);
  });

  it('lists what remains to fill in apart, marking what must be filled in before sending', async () => {
    const selected = showList(check(reportWith({ programleder: '', a1: '' })).findings);
    expect(screen.getByText('Ingen feil')).toBeTruthy();
    expect(screen.getByText('Fyll ut feltet som er merket «Må fylles ut», så kan rapporten sendes inn.')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Ingen feil eller advarsler. 2 felt gjenstår å fylle ut, 1 av dem før rapporten kan sendes inn.');
    const remaining = screen.getByRole('region', { name: 'Gjenstår å fylle ut' });
    expect(within(remaining).getAllByText('Må fylles ut')).toHaveLength(1);
    await userEvent.click(within(remaining).getByRole('button', { name: 'Programleder' }));
    expect(selected.map((f) => f.rule)).toEqual(['GEN-01']);
  });
});
