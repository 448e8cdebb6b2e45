/** A simulated Excel with the add-in's API over it, and the template inserted when a test needs it. */
import type { InsertOutcome, ReportFound, WorkbookApi } from '../../../src/excel/api';
import { SimulatedExcel, type SimulatedExcelOptions } from '../../../src/excel/simulated';
import { createWorkbookApi, type WorkbookApiOptions } from '../../../src/excel/workbook-api';
import { buildLayoutPlan, type Prefill } from '../../../src/report/layout/build-plan';
import { planSheetNames } from '../../../src/report/layout/names';
import type { LayoutPlan } from '../../../src/report/layout/plan';
import { arsrapport2013 } from '../../../src/report/templates/arsrapport-2013';

export const PREFILL: Prefill = { year: 2013, kommunenummer: '0502', kommunenavn: 'Gjøvik' };

export const planFor = (prefill: Prefill = PREFILL): LayoutPlan => buildLayoutPlan(arsrapport2013, prefill);
/** What the workbook's state is read against, as the pane asks for it. */
export const PLAN_SHEETS = planSheetNames(arsrapport2013);

export interface Simulated {
  readonly excel: SimulatedExcel;
  readonly api: WorkbookApi;
}

export function simulated(options: SimulatedExcelOptions = {}, apiOptions: WorkbookApiOptions = {}): Simulated {
  const excel = new SimulatedExcel(options);
  return { excel, api: createWorkbookApi(excel.host, { debounceMs: 20, ...apiOptions }) };
}

export function ok<T>(result: { ok: true; value: T } | { ok: false; message: string }): T {
  if (!result.ok) throw new Error(`Forventet svar, fikk feil: ${result.message}`);
  return result.value;
}

/** A workbook with the template inserted, and the syncs counted from there. */
export async function withTemplate(options: SimulatedExcelOptions = {}, plan: LayoutPlan = planFor()): Promise<Simulated & { readonly inserted: InsertOutcome }> {
  const sim = simulated(options);
  const inserted = ok(await sim.api.insertTemplate(plan));
  if (inserted.kind !== 'sattInn') throw new Error(`Malen ble ikke satt inn: ${inserted.message}`);
  return { ...sim, inserted };
}

export async function readFound(api: WorkbookApi): Promise<ReportFound> {
  const read = ok(await api.readReport());
  if (read.kind !== 'rapport') throw new Error(read.message);
  return read;
}

/** How many syncs `action` takes. */
export async function syncsOf(excel: SimulatedExcel, action: () => Promise<unknown>): Promise<number> {
  const before = excel.syncs.length;
  await action();
  return excel.syncs.length - before;
}

/** Lets Excel's change events (raised after the change) and the add-in's debounce run. */
export const settle = (ms = 60): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
