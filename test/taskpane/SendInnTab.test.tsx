/** The Send inn tab over the simulated Excel: the submit gate, before anything goes on the network. */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createWorkbookApi } from '../../src/excel';
import { SimulatedExcel } from '../../src/excel/simulated';
import { buildLayoutPlan } from '../../src/report/layout/build-plan';
import { arsrapport2013 } from '../../src/report/templates/arsrapport-2013';
import { saveConnection } from '../../src/submit/connection';
import { outbox } from '../../src/submit/outbox';
import { addinStorage, memoryStorage, type AddinStorage } from '../../src/submit/storage';
import { PaneApp } from '../../src/taskpane/PaneApp';
import { SubmitProvider, type SubmitEnvironment } from '../../src/taskpane/submit-context';
import { fullReport } from '../fixtures/full-report';
import { fillWorkbook } from '../support/simulated-report';

/** The pane, with a connection saved; `requests` counts what reached the network. */
async function openPane(values: Record<string, string | number>, connected = true, keep?: (storage: AddinStorage) => void) {
  const excel = new SimulatedExcel();
  await createWorkbookApi(excel.host).insertTemplate(buildLayoutPlan(arsrapport2013, { year: 2013, kommunenummer: '0502', kommunenavn: 'Gjøvik' }));
  fillWorkbook(excel, { ...fullReport(), values: { ...fullReport().values, ...values } });
  const storage = memoryStorage();
  if (connected) saveConnection(addinStorage(storage, undefined), { endpoint: 'http://127.0.0.1:1', token: 'boso_test' });
  keep?.(addinStorage(storage, undefined));
  const requests: string[] = [];
  const env: SubmitEnvironment = {
    fetch: (url) => (requests.push(url), Promise.reject(new TypeError('Failed to fetch'))),
    storage: () => storage,
    defaultEndpoint: 'http://127.0.0.1:8787',
    clock: () => new Date(2014, 1, 20),
    newKey: () => 'nokkel',
  };
  render(
    <SubmitProvider value={env}>
      <PaneApp api={createWorkbookApi(excel.host, { debounceMs: 20 })} theme="light" />
    </SubmitProvider>,
  );
  return { requests, storage };
}

/** The pane on Send inn. */
async function sendInnTab(values: Record<string, string | number>, connected = true) {
  const opened = await openPane(values, connected);
  await userEvent.click(await screen.findByRole('tab', { name: 'Send inn' }));
  return opened;
}

const eventually = (assertion: () => void): Promise<void> => waitFor(assertion, { timeout: 10_000 });

describe('Send inn', () => {
  it('refuses while a feil remains, lists it clickable, and sends nothing', async () => {
    const { requests } = await sendInnTab({ c1_fastrente: 12, c1_fullfinansierte: 10 });
    await eventually(() => expect(screen.getByText(/Rapporten kan ikke sendes inn før feilen under er rettet/)).toBeTruthy());
    expect(screen.getAllByRole('button', { name: 'Vis i arket' }).length).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: 'Send inn' })).toBeNull();
    expect(requests).toEqual([]);
  });

  it('asks the user to confirm the advarsler before the button works, or to go back', async () => {
    await sendInnTab({ telefon: '12' });
    await eventually(() => expect(screen.getByText(/Rapporten har 1 advarsel/)).toBeTruthy());
    const send = screen.getByRole('button', { name: 'Send inn' });
    expect(send.hasAttribute('disabled')).toBe(true);
    await userEvent.click(screen.getByRole('checkbox', { name: /Jeg har sett på advarslene/ }));
    expect(send.hasAttribute('disabled')).toBe(false);
    await userEvent.click(screen.getByRole('button', { name: 'Tilbake til Kontroll' }));
    expect(screen.getByRole('tab', { selected: true }).textContent).toMatch(/^Kontroll/);
  });

  it('sends the user to Innstillinger when there is no connection yet', async () => {
    await sendInnTab({}, false);
    await userEvent.click(await screen.findByRole('button', { name: 'Gå til Innstillinger' }));
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('Innstillinger');
    expect(await screen.findByRole('textbox', { name: /Adressen til innsamlingstjenesten/ })).toBeTruthy();
  });

  it('tries a kept submission again while another tab is shown, and keeps it when the server cannot be reached', async () => {
    const key = { kommunenummer: '0502', bydel: '', ar: 2013 };
    const { requests, storage } = await openPane({}, true, (kept) => {
      outbox(kept).keep({ idempotencyKey: 'ventende', endpoint: 'http://127.0.0.1:1', key, body: { text: '{}', sha256: '0'.repeat(64) } }, new Date(2014, 1, 20).getTime());
    });
    await eventually(() => expect(requests).toEqual(['http://127.0.0.1:1/api/v1/innsendinger']));
    expect(screen.getByRole('tab', { selected: true }).textContent).toMatch(/^Kontroll/);
    // Not received: still kept, with the failed attempt counted for the backoff.
    await eventually(() => expect(outbox(addinStorage(storage, undefined)).of(key)?.failedAttempts).toBe(1));
  });
});
