import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { PaneTabs } from '../../src/taskpane/PaneTabs';

type Id = 'a' | 'b' | 'c';

function Tabs({ onSelect }: { readonly onSelect?: (id: Id) => void }): JSX.Element {
  const [selected, setSelected] = useState<Id>('b');
  return (
    <>
      <button type="button">før</button>
      <PaneTabs<Id>
        label="Deler"
        tabs={[
          { id: 'a', label: 'Første' },
          { id: 'b', label: 'Andre', after: <span>3</span> },
          { id: 'c', label: 'Tredje' },
        ]}
        selected={selected}
        onSelect={(id) => {
          setSelected(id);
          onSelect?.(id);
        }}
        tabId={(id) => `fane-${id}`}
        panelId="panel"
      />
      <div role="tabpanel" id="panel" aria-labelledby={`fane-${selected}`} tabIndex={0}>
        {selected}
      </div>
    </>
  );
}

const tab = (name: string) => screen.getByRole('tab', { name: new RegExp(`^${name}`) });

describe('the pane\'s tabs', () => {
  it('are a labelled tab list whose chosen tab controls the panel', () => {
    render(<Tabs />);
    expect(screen.getByRole('tablist', { name: 'Deler' })).toBeTruthy();
    expect(screen.getAllByRole('tab').map((t) => t.getAttribute('aria-selected'))).toEqual(['false', 'true', 'false']);
    expect(tab('Andre').getAttribute('aria-controls')).toBe('panel');
    expect(screen.getByRole('tabpanel', { name: /^Andre/ })).toBeTruthy();
  });

  it('are one tab stop: Tab reaches the chosen tab, and the next Tab leaves the list', async () => {
    render(<Tabs />);
    await userEvent.click(screen.getByRole('button', { name: 'før' }));
    await userEvent.tab();
    expect(document.activeElement).toBe(tab('Andre'));
    await userEvent.tab();
    expect(document.activeElement).toBe(screen.getByRole('tabpanel'));
  });

  it('move the focus with the arrows (round), Home and End, and choose with Enter or Space only', async () => {
    const chosen: Id[] = [];
    render(<Tabs onSelect={(id) => chosen.push(id)} />);
    tab('Andre').focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(tab('Tredje'));
    await userEvent.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(tab('Første'));
    await userEvent.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(tab('Tredje'));
    await userEvent.keyboard('{Home}');
    expect(document.activeElement).toBe(tab('Første'));
    await userEvent.keyboard('{End}');
    expect(document.activeElement).toBe(tab('Tredje'));
    // Moving chose nothing: the panel stays until a tab is chosen.
    expect(chosen).toEqual([]);
    expect(tab('Andre').getAttribute('aria-selected')).toBe('true');
    await userEvent.keyboard('{Enter}');
    expect(chosen).toEqual(['c']);
    expect(tab('Tredje').getAttribute('aria-selected')).toBe('true');
    expect(tab('Tredje').tabIndex).toBe(0);
    expect(tab('Andre').tabIndex).toBe(-1);
    await userEvent.keyboard('{Home}{ }');
    expect(chosen).toEqual(['c', 'a']);
  });

  it('choose with a click, and show what comes after the label inside the tab', async () => {
    render(<Tabs />);
    expect(tab('Andre').textContent).toBe('Andre3');
    await userEvent.click(tab('Første'));
    expect(screen.getByRole('tabpanel').textContent).toBe('a');
  });
});
