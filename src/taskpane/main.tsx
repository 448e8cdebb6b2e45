/**
 * The task pane's page, which is also the page of the ribbon's commands (Office's shared runtime). It
 * waits for Office once (src/excel's `officeHost`); outside Excel there is no workbook and the pane says so.
 * The workbook API (drawing and reading the template) loads while the page's modules run and Office starts,
 * so the pane's frame shows before it: the modules are imported one by one, not through src/excel/index.ts.
 * The ribbon's command loads with it, and the domain's rules it needs only when it runs.
 */
// First: its request goes out before the modules below are evaluated.
import { workbookApiModule } from './workbook-api-request';
import { KONTROLLER, SEND_INN } from '../commands/names';
import { sendInnCommand } from '../commands/send-inn';
import { whenLoaded } from '../commands/when-loaded';
import { associateCommand, officeHost, officeTheme, showTaskpane } from '../excel/office-host';
import { render } from '../ui/render';
import { PaneApp } from './PaneApp';

void officeHost().then((host) => {
  if (host === undefined) {
    render(<PaneApp api={undefined} theme="light" />);
    return;
  }
  const api = workbookApiModule.then(({ createWorkbookApi }) => createWorkbookApi(host));
  // Registered at every start, before the pane renders: the ribbon works whether or not the pane is open.
  const kontroller = Promise.all([import('../commands/kontroller'), api]).then(([{ kontrollerCommand }, loaded]) => kontrollerCommand(loaded));
  associateCommand(KONTROLLER, whenLoaded(kontroller));
  associateCommand(SEND_INN, sendInnCommand(showTaskpane));
  render(<PaneApp api={api} theme={officeTheme()} />);
});
