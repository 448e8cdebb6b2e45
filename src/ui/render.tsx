import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

/** Mounts an app into the page's `#app` (src/ui/page.html). */
export function render(app: ReactNode): void {
  const container = document.getElementById('app');
  if (container === null) throw new Error('Siden mangler #app');
  createRoot(container).render(<StrictMode>{app}</StrictMode>);
}
