import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createWorkbookApi } from '../../src/excel';
import type { WorkbookApi } from '../../src/excel/api';
import { cellView, selection, SimulatedExcel } from '../../src/excel/simulated';
import { buildLayoutPlan } from '../../src/report/layout/build-plan';
import { arsrapport2013 } from '../../src/report/templates/arsrapport-2013';
import { PaneApp } from '../../src/taskpane/PaneApp';
import { fullReport } from '../fixtures/full-report';
import { fieldCell, fillWorkbook, tableCellOf } from '../support/simulated-report';

const PREFILL = { year: 2013, kommunenummer: '0502', kommunenavn: 'Gjøvik' };

async function workbookWithReport(fill = true): Promise<SimulatedExcel> {
  const excel = new SimulatedExcel();
  await createWorkbookApi(excel.host).insertTemplate(buildLayoutPlan(arsrapport2013, PREFILL));
  if (fill) fillWorkbook(excel, fullReport());
  return excel;
}

function showPane(excel = new SimulatedExcel()): SimulatedExcel {
  const api = createWorkbookApi(excel.host, { debounceMs: 20 });
  // PaneApp brings its own Fluent provider, as in the add-in.
  render(<PaneApp api={api} theme="light" />);
  return excel;
}

/** The pane follows a change after the watch's debounce, one read and a render: slow on a busy machine. */
const eventually = (assertion: () => void): Promise<void> => waitFor(assertion, { timeout: 10_000 });

const tab = (name: RegExp) => screen.getByRole('tab', { name });
const value = (excel: SimulatedExcel, field: string) => {
  const { sheet, address } = fieldCell(excel, field);
  return cellView(excel, sheet, address).value;
};
const type = (excel: SimulatedExcel, field: string, text: string) => {
  const { sheet, address } = fieldCell(excel, field);
  act(() => void excel.user.type(sheet, address, text));
};

describe('the task pane, Mal', () => {
  it('inserts the template for the municipality and year chosen, with the general information filled in', async () => {
    const excel = showPane();
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Rapporteringsår' }), '2013');
    expect(screen.getByText(/tømmer Excel angreloggen/)).toBeTruthy();
    await userEvent.type(screen.getByRole('combobox', { name: /Kommune/ }), 'Gjø');
    await userEvent.click(await screen.findByRole('option', { name: '0502 Gjøvik' }));
    await userEvent.click(screen.getByRole('button', { name: 'Sett inn malen' }));
    expect(await screen.findByText('Arbeidsboken har allerede årsrapporten for 2013 for 0502 Gjøvik.')).toBeTruthy();
    expect(screen.getByText(/^Malen er satt inn/)).toBeTruthy();
    expect([value(excel, 'rapporteringsar'), value(excel, 'kommunenummer'), value(excel, 'kommunenavn')]).toEqual([2013, '0502', 'Gjøvik']);
  });

  it('writes Oslo\'s district when one is chosen', async () => {
    const excel = showPane();
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Rapporteringsår' }), '2013');
    await userEvent.type(screen.getByRole('combobox', { name: /Kommune/ }), '0301');
    await userEvent.click(await screen.findByRole('option', { name: '0301 Oslo' }));
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: /Bydel/ }), 'Alna');
    await userEvent.click(screen.getByRole('button', { name: 'Sett inn malen' }));
    await screen.findByText(/allerede årsrapporten for 2013 for 0301 Oslo/);
    expect(value(excel, 'bydel')).toBe('Alna');
  });

  it('shows the report a workbook holds, and goes to it', async () => {
    const excel = showPane(await workbookWithReport(false));
    await userEvent.click(await screen.findByRole('tab', { name: /Mal/ }));
    expect(screen.getByText('Arbeidsboken har allerede årsrapporten for 2013 for 0502 Gjøvik.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Gå til rapporten' }));
    await waitFor(() => expect(selection(excel)).toMatch(/^'0 Generelt'!/));
  });

  it('says which sheet names are taken and inserts with free ones, touching nothing of the user\'s', async () => {
    const excel = new SimulatedExcel();
    await excel.host.run({}, async (context) => {
      context.workbook.worksheets.add('1 Hovedmål');
      await context.sync();
    });
    excel.user.type('1 Hovedmål', 'A1', 'Mine egne tall');
    showPane(excel);
    expect(await screen.findByText(/Arket «1 Hovedmål» finnes allerede/)).toBeTruthy();
    const freeName = screen.getByText(/^1 Hovedmål → /).textContent?.split(' → ')[1];
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Rapporteringsår' }), '2013');
    await userEvent.type(screen.getByRole('combobox', { name: /Kommune/ }), '0502');
    await userEvent.click(await screen.findByRole('option', { name: '0502 Gjøvik' }));
    await userEvent.click(screen.getByRole('button', { name: 'Sett inn med disse navnene' }));
    await screen.findByText(/allerede årsrapporten/);
    expect(cellView(excel, '1 Hovedmål', 'A1').value).toBe('Mine egne tall');
    expect(excel.model.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['1 Hovedmål', freeName]));
  });
});

describe('the task pane, Kontroll', () => {
  it('tells a workbook without the template to insert it under Mal', async () => {
    showPane();
    await userEvent.click(tab(/Kontroll/));
    expect(await screen.findByText(/Sett den inn under Mal/)).toBeTruthy();
  });

  it('says "Ingen feil" for a fresh template, and lists what remains to fill in', async () => {
    showPane(await workbookWithReport(false));
    expect(await screen.findByText('Ingen feil')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Gjenstår å fylle ut' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toMatch(/^Ingen feil eller advarsler\. \d+ felt gjenstår å fylle ut, \d+ av dem før rapporten kan sendes inn\.$/);
  });

  it('follows the typing by re-reading, never writing, shows both sides of a comparison, and selects a finding\'s cells', async () => {
    const excel = showPane(await workbookWithReport());
    expect(await screen.findByText('Ingen feil')).toBeTruthy();
    const before = excel.syncs.length;
    type(excel, 'c1_fastrente', '12');
    type(excel, 'c1_fullfinansierte', '10');
    const finding = await screen.findByRole('region', { name: '2. Rapportering på delmål' }, { timeout: 10_000 });
    expect(within(finding).getAllByRole('row').map((r) => r.textContent)).toEqual([
      'Herav antall med fastrente12',
      'Antall fullfinansierte boligkjøp med startlån10',
      'Forskjell2',
    ]);
    const checks = excel.syncs.slice(before);
    expect(checks.length).toBeGreaterThanOrEqual(1);
    expect(checks.every((s) => !s.writes)).toBe(true);
    await userEvent.click(within(finding).getByRole('button', { name: 'Vis i arket' }));
    // Both cells of the finding, on the first one's sheet.
    const [fast, full] = [fieldCell(excel, 'c1_fastrente'), fieldCell(excel, 'c1_fullfinansierte')];
    await waitFor(() => expect(selection(excel)).toBe(`'${fast.sheet}'!${full.address}:${fast.address}`));
    type(excel, 'c1_fastrente', '8');
    await eventually(() => expect(screen.queryByRole('region', { name: '2. Rapportering på delmål' })).toBeNull());
  });

  it('converts numbers written as text in one undo step', async () => {
    const excel = await workbookWithReport();
    const cell = tableCellOf(excel, 'okonomi', 0, 'budsjett');
    excel.user.paste(cell.sheet, cell.address, [['Kr. 800.000']]);
    showPane(excel);
    await userEvent.click(await screen.findByRole('button', { name: 'Gjør om til tall' }));
    await waitFor(() => expect(cellView(excel, cell.sheet, cell.address).value).toBe(800_000));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Gjør om til tall' })).toBeNull());
    act(() => void excel.undo());
    expect(cellView(excel, cell.sheet, cell.address).value).toBe('Kr. 800.000');
  });

  it('restores a formula the user typed over', async () => {
    const excel = await workbookWithReport();
    const cell = tableCellOf(excel, 'okonomi', 1, 'regnskap_totalt');
    excel.user.type(cell.sheet, cell.address, '5');
    showPane(excel);
    await userEvent.click(await screen.findByRole('button', { name: 'Gjenopprett formler' }));
    await waitFor(() => expect(String(cellView(excel, cell.sheet, cell.address).formula)).toMatch(/^=/));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Gjenopprett formler' })).toBeNull());
  });
});

describe('the task pane, Sammendrag', () => {
  it('shows the economy totals and follows the typing', async () => {
    const excel = showPane(await workbookWithReport());
    await userEvent.click(await screen.findByRole('tab', { name: /Sammendrag/ }));
    const economy = await screen.findByRole('region', { name: '5.1 Pr. aktivitet og totalt' });
    expect(within(economy).getByRole('row', { name: /^Budsjett/ }).textContent).toBe('Budsjett3\u00a0830\u00a0000');
    const cell = tableCellOf(excel, 'okonomi', 0, 'budsjett');
    act(() => void excel.user.type(cell.sheet, cell.address, '900000'));
    await eventually(() => expect(within(economy).getByRole('row', { name: /^Budsjett/ }).textContent).toBe('Budsjett3\u00a0930\u00a0000'));
  });
});

describe('the task pane while the workbook API loads', () => {
  it('shows its frame at once and keeps the same frame when the API comes', async () => {
    let loaded: (api: WorkbookApi) => void = () => undefined;
    render(<PaneApp api={new Promise<WorkbookApi>((resolve) => (loaded = resolve))} theme="light" />);
    const frame = screen.getByRole('tablist');
    expect(screen.getByText('Starter BOSO-rapport …')).toBeTruthy();
    act(() => loaded(createWorkbookApi(new SimulatedExcel().host)));
    expect(await screen.findByRole('button', { name: 'Sett inn malen' })).toBeTruthy();
    // The same element: the frame was not mounted a second time.
    expect(screen.getByRole('tablist')).toBe(frame);
  });

  it('reads the workbook as the API comes, and shows Mal with what the read tells: no spinner between, no read twice', async () => {
    const excel = new SimulatedExcel();
    let loaded: (api: WorkbookApi) => void = () => undefined;
    render(<PaneApp api={new Promise<WorkbookApi>((resolve) => (loaded = resolve))} theme="light" />);
    const texts: string[] = [];
    const watcher = new MutationObserver(() => texts.push(document.body.textContent ?? ''));
    watcher.observe(document.body, { childList: true, subtree: true, characterData: true });
    act(() => loaded(createWorkbookApi(excel.host)));
    expect(await screen.findByRole('button', { name: 'Sett inn malen' })).toBeTruthy();
    await waitFor(() => expect(excel.syncs.length).toBe(2));
    watcher.disconnect();
    expect(texts.some((text) => text.includes('Henter …'))).toBe(false);
    // The report's read and the state's: the first read served the first check.
    expect(excel.syncs.length).toBe(2);
  });

  it('opens on Kontroll, with the report named in the header, when the first read finds it', async () => {
    const excel = await workbookWithReport();
    render(<PaneApp api={Promise.resolve(createWorkbookApi(excel.host))} theme="light" />);
    await waitFor(() => expect(screen.getByRole('tab', { selected: true }).textContent).toMatch(/^Kontroll/));
    expect(screen.getByText('Årsrapport 2013 – 0502 Gjøvik kommune')).toBeTruthy();
  });
});

describe('the task pane on an older Excel', () => {
  it('says which Excel it needs', async () => {
    showPane(new SimulatedExcel({ apiVersion: '1.7' }));
    expect(await screen.findByText(/Excel 2019/)).toBeTruthy();
    expect(screen.queryByRole('tab')).toBeNull();
  });
});
