/**
 * The demo: the production task pane with the simulated Excel injected in place of Office.js, and the
 * simulated workbook drawn beside it. `?bredde=270` sets the pane's width, `?tema=mørk` Office's dark
 * theme, `?rute=lukket` starts with the pane closed, `?excel=1.7` an Excel older than the add-in needs,
 * `?mal=2013-0502` a workbook that already holds the template (as a saved workbook opened anew).
 */
import { createWorkbookApi, type Host } from '../excel';
import { SimulatedExcel } from '../excel/simulated';
import { kommunerFor } from '../report/kommuner';
import { buildLayoutPlan } from '../report/layout/build-plan';
import { defaultTemplate } from '../report/templates';
import { render } from '../ui/render';
import { AppProvider } from '../ui/theme';
import { Demo } from './Demo';

const params = new URLSearchParams(window.location.search);
const excel = new SimulatedExcel(params.has('excel') ? { apiVersion: params.get('excel') ?? '' } : {});

// The grid redraws after every batch the pane sends, as Excel's grid shows the add-in's writes.
const listeners = new Set<() => void>();
const host: Host = {
  run: async (options, batch) => {
    try {
      return await excel.host.run(options, batch);
    } finally {
      for (const listener of listeners) listener();
    }
  },
  isSetSupported: (name, version) => excel.host.isSetSupported(name, version),
};
const subscribe = (listener: () => void): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

const width = Math.min(500, Math.max(270, Number(params.get('bredde') ?? 350) || 350));
const api = createWorkbookApi(host);

/** The template for `2013-0502`, put in with another instance of the API, as by an earlier session. */
async function openedWorkbook(): Promise<void> {
  const [year, kommunenummer] = (params.get('mal') ?? '').split('-');
  if (year === undefined || kommunenummer === undefined) return;
  const kommunenavn = kommunerFor(Number(year))?.get(kommunenummer)?.split(' - ')[0];
  await createWorkbookApi(excel.host).insertTemplate(
    buildLayoutPlan(defaultTemplate, { year: Number(year), kommunenummer, ...(kommunenavn === undefined ? {} : { kommunenavn }) }),
  );
}

void openedWorkbook().then(() =>
  render(
    <AppProvider theme="light">
      <Demo
        excel={excel}
        api={api}
        subscribe={subscribe}
        options={{ width, theme: params.get('tema') === 'mørk' ? 'dark' : 'light', paneOpen: params.get('rute') !== 'lukket' }}
      />
    </AppProvider>,
  ),
);
