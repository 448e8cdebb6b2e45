import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { ReportChoice, type ReportChoiceValue } from '../../src/taskpane/mal/ReportChoice';
import { renderInPane } from './render';

function Choice({ initial, seen }: { readonly initial: ReportChoiceValue; readonly seen: ReportChoiceValue[] }): JSX.Element {
  const [value, setValue] = useState(initial);
  return (
    <ReportChoice
      years={[2024, 2014, 2013]}
      value={value}
      onChange={(next) => {
        seen.push(next);
        setValue(next);
      }}
    />
  );
}

/** The municipalities the list under the field offers (the year's options are not among them). */
const offered = (): (string | null)[] =>
  screen.queryByRole('listbox', { name: 'Kommune' }) === null
    ? []
    : within(screen.getByRole('listbox', { name: 'Kommune' }))
        .getAllByRole('option')
        .map((o) => o.textContent);

async function showChoice(initial: ReportChoiceValue = { year: 2013 }) {
  const seen: ReportChoiceValue[] = [];
  renderInPane(<Choice initial={initial} seen={seen} />);
  const field = screen.getByRole('combobox', { name: /Kommune/ });
  // The register arrives after the first render.
  await act(async () => {
    await import('../../src/taskpane/mal/kommune-search');
    await import('../../src/report/bydeler');
  });
  return { field, seen };
}

describe('ReportChoice', () => {
  it('finds Gjøvik as it was in 2013 by typing "Gjø", and chooses it with the keyboard', async () => {
    const { field, seen } = await showChoice();
    await userEvent.type(field, 'Gjø');
    expect(offered()).toEqual(['0502 Gjøvik']);
    expect(field.getAttribute('aria-expanded')).toBe('true');
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(seen.at(-1)).toEqual({ year: 2013, kommune: { nummer: '0502', navn: 'Gjøvik' } });
    expect((field as HTMLInputElement).value).toBe('0502 Gjøvik');
    expect(field.getAttribute('aria-expanded')).toBe('false');
  });

  it('finds a municipality by its number, and says when nothing matches that year', async () => {
    const { field } = await showChoice();
    await userEvent.type(field, '0502');
    expect(offered()).toEqual(['0502 Gjøvik']);
    await userEvent.clear(field);
    await userEvent.type(field, '3407');
    expect(offered()).toEqual([]);
    expect(screen.getByText('Ingen kommune i 2013 passer «3407». Sjekk stavemåten eller året.')).toBeTruthy();
  });

  it('offers Oslo\'s districts once Oslo is chosen, and "Hele Oslo" by default', async () => {
    const { field, seen } = await showChoice();
    expect(screen.queryByRole('combobox', { name: /Bydel/ })).toBeNull();
    await userEvent.type(field, 'Oslo');
    await userEvent.click(screen.getByRole('option', { name: '0301 Oslo' }));
    const bydel = await screen.findByRole('combobox', { name: /Bydel/ });
    expect((bydel as HTMLSelectElement).value).toBe('');
    await userEvent.selectOptions(bydel, 'Alna');
    expect(seen.at(-1)).toEqual({ year: 2013, kommune: { nummer: '0301', navn: 'Oslo' }, bydel: 'Alna' });
  });

  it('keeps the municipality for another year when its number exists then, and lets it go when not', async () => {
    const { seen } = await showChoice({ year: 2013, kommune: { nummer: '0502', navn: 'Gjøvik' } });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Rapporteringsår' }), '2014');
    expect(seen.at(-1)).toEqual({ year: 2014, kommune: { nummer: '0502', navn: 'Gjøvik' } });
    await waitFor(() => expect((screen.getByRole('combobox', { name: /Kommune/ }) as HTMLInputElement).value).toBe('0502 Gjøvik'));
    // Gjøvik has been 3407 since 2020: 0502 is no municipality in 2024.
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Rapporteringsår' }), '2024');
    expect(seen.at(-1)).toEqual({ year: 2024 });
    expect((screen.getByRole('combobox', { name: /Kommune/ }) as HTMLInputElement).value).toBe('');
  });
});
