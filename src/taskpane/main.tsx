/**
 * The task pane's page, which is also the page of the ribbon's commands (Office's shared runtime). It
 * waits for Office once (src/excel's `officeHost`); outside Excel there is no workbook and the pane says so.
 * The workbook API (drawing and reading the template, with the domain's schemas) loads while Office starts,
 * so the pane's frame shows before it: the modules are imported one by one, not through src/excel/index.ts.
 * The ribbon's commands load with it (they need the domain's rules), not before the first render.
 */
import { KONTROLLER } from '../commands/names';
import { whenLoaded } from '../commands/when-loaded';
import { associateCommand, officeHost, officeTheme } from '../excel/office-host';
import { render } from '../ui/render';
import { PaneApp } from './PaneApp';

const workbookApi = import('../excel/workbook-api');

void officeHost().then((host) => {
  if (host === undefined) {
    render(<PaneApp api={undefined} theme="light" />);
    return;
  }
  const api = workbookApi.then(({ createWorkbookApi }) => createWorkbookApi(host));
  // Registered at every start, before the pane renders: the ribbon works whether or not the pane is open.
  const kontroller = Promise.all([import('../commands/kontroller'), api]).then(([{ kontrollerCommand }, loaded]) => kontrollerCommand(loaded));
  associateCommand(KONTROLLER, whenLoaded(kontroller));
  render(<PaneApp api={api} theme={officeTheme()} />);
});
