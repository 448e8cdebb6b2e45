/**
 * The page Office opens, with Office's globals standing in as Excel gives them: the ribbon command is
 * registered at start (whether or not the pane is shown), and the theme is read from Office once.
 */
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { act, screen, waitFor } from '@testing-library/react';
import { KONTROLLER, SEND_INN } from '../../src/commands/names';
import { SimulatedExcel } from '../../src/excel/simulated';

describe('the task pane page in Excel', () => {
  const associated = new Map<string, (event: { completed(): void }) => void>();
  const excel = new SimulatedExcel();
  let shown = 0;

  beforeAll(async () => {
    document.body.innerHTML = '<div id="app"></div>';
    Object.assign(globalThis, {
      Office: {
        HostType: { Excel: 'Excel' },
        onReady: async () => ({ host: 'Excel' }),
        context: { officeTheme: { isDarkTheme: true }, requirements: { isSetSupported: excel.host.isSetSupported } },
        actions: { associate: (name: string, handler: (event: { completed(): void }) => void) => associated.set(name, handler) },
        addin: { showAsTaskpane: async () => void shown++ },
      },
      Excel: { run: excel.host.run },
    });
    await import('../../src/taskpane/main');
    await waitFor(() => expect(associated.size).toBeGreaterThan(0));
  });

  afterAll(() => {
    Reflect.deleteProperty(globalThis, 'Office');
    Reflect.deleteProperty(globalThis, 'Excel');
  });

  it('registers the ribbon\'s Kontroller under its manifest name, and the command completes', async () => {
    expect([...associated.keys()]).toEqual([KONTROLLER, SEND_INN]);
    let completed = 0;
    await new Promise<void>((resolve) => associated.get(KONTROLLER)?.({ completed: () => (completed++, resolve()) }));
    expect(completed).toBe(1);
  });

  it('renders the pane in the dark theme Office reports', async () => {
    await waitFor(() => expect(screen.getAllByRole('tab').length).toBeGreaterThan(0));
    // Fluent writes the theme's tokens as CSS variables of the provider's class.
    const styles = [...document.querySelectorAll('style')]
      .flatMap((s) => [...((s.sheet as CSSStyleSheet | null)?.cssRules ?? [])].map((rule) => rule.cssText))
      .join('\n');
    expect(styles).toContain(`--colorNeutralBackground1: ${webDarkTheme.colorNeutralBackground1}`);
    expect(styles).not.toContain(`--colorNeutralBackground1: ${webLightTheme.colorNeutralBackground1};`);
  });

  it('opens the pane on Send inn from the ribbon\'s Send inn, and the command completes', async () => {
    await waitFor(() => expect(screen.getAllByRole('tab').length).toBeGreaterThan(0));
    let completed = 0;
    // The command switches the tab of a pane that is rendered already.
    await act(() => new Promise<void>((resolve) => associated.get(SEND_INN)?.({ completed: () => (completed++, resolve()) })));
    expect(completed).toBe(1);
    expect(shown).toBe(1);
    await waitFor(() => expect(screen.getByRole('tab', { selected: true }).textContent).toBe('Send inn'));
  });
});
