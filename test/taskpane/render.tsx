import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { AppProvider } from '../../src/ui/theme';

/** A component as the pane shows it: inside Fluent's provider. */
export function renderInPane(ui: ReactElement): RenderResult {
  return render(<AppProvider theme="light">{ui}</AppProvider>);
}
