/**
 * The task pane alone over an empty simulated workbook, for bench/taskpane.bench.ts: what the pane costs
 * to start, without the demo's grid. Built by the same config as the floor page it is compared with.
 */
import { createWorkbookApi } from '../../src/excel';
import { SimulatedExcel } from '../../src/excel/simulated';
import { PaneApp } from '../../src/taskpane/PaneApp';
import { render } from '../../src/ui/render';

render(<PaneApp api={createWorkbookApi(new SimulatedExcel().host)} theme="light" />);
