/**
 * The overview page's entry. The server's Content-Security-Policy allows style elements only with the
 * nonce it hands the page (src/api/page-nonce.ts), so Fluent UI's renderer and the print page size get it.
 */
import { RendererProvider, createDOMRenderer } from '@fluentui/react-components';
import { NONCE_META } from '../api/page-nonce';
import { render } from '../ui/render';
import { AppProvider } from '../ui/theme';
import { App } from './App';

const nonce = document.querySelector(`meta[name="${NONCE_META}"]`)?.getAttribute('content') ?? undefined;
const attributes: Record<string, string> = nonce === undefined ? {} : { nonce };

// Printed (or saved as PDF) on A4, as the form.
const page = document.createElement('style');
Object.entries(attributes).forEach(([name, value]) => page.setAttribute(name, value));
page.textContent = '@page { size: A4; margin: 16mm 14mm; }';
document.head.append(page);

render(
  <RendererProvider renderer={createDOMRenderer(document, { styleElementAttributes: attributes })} targetDocument={document}>
    <AppProvider theme="light">
      <App />
    </AppProvider>
  </RendererProvider>,
);
