import { screen, within } from '@testing-library/react';
import { computeAll } from '../../src/report/compute';
import { arsrapport2013 } from '../../src/report/templates/arsrapport-2013';
import { SummaryView } from '../../src/taskpane/sammendrag/SummaryView';
import { reportWith } from '../report/support';
import { renderInPane } from './render';

describe('SummaryView', () => {
  it('shows each number beside its name, as 1 234 567', () => {
    renderInPane(<SummaryView template={arsrapport2013} computed={computeAll(arsrapport2013, reportWith())} />);
    const economy = screen.getByRole('region', { name: '5.1 Pr. aktivitet og totalt' });
    const budget = within(economy).getByRole('row', { name: /^Budsjett/ });
    expect(budget.textContent).toBe('Budsjett3\u00a0830\u00a0000');
  });

  it('says when a number cannot be computed', () => {
    renderInPane(
      <SummaryView template={arsrapport2013} computed={computeAll(arsrapport2013, reportWith({ c1_fullfinansierte: '10?' }))} />,
    );
    const c1 = screen.getByRole('region', { name: 'C.1 Økonomiske virkemidler' });
    expect(within(c1).getByText(/Kan ikke regnes ut/)).toBeTruthy();
  });
});
