/**
 * The task pane over an empty simulated workbook, for bench/taskpane.bench.ts: started as main.tsx starts
 * it in Excel (the workbook API, and here the simulated Excel in place of Office.js, load while the pane's
 * frame shows), without the demo's grid. Built by the same config as the floor page it is compared with.
 */
// First, as in main.tsx: the requests go out before the modules below are evaluated.
import { simulatedApi } from './host';
import { PaneApp } from '../../src/taskpane/PaneApp';
import { render } from '../../src/ui/render';

render(<PaneApp api={simulatedApi} theme="light" />);
