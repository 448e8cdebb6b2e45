import { createWorkbookApi } from '../../src/excel';
import { SimulatedExcel, usedCells } from '../../src/excel/simulated';
import { kontrollerCommand } from '../../src/commands/kontroller';
import { whenLoaded } from '../../src/commands/when-loaded';
import { buildLayoutPlan } from '../../src/report/layout/build-plan';
import { planSheetNames } from '../../src/report/layout/names';
import { arsrapport2013 } from '../../src/report/templates/arsrapport-2013';
import { fullReport } from '../fixtures/full-report';
import { fillWorkbook } from '../support/simulated-report';

const NOW = new Date(2026, 11, 1, 14, 2);

/** A command as Office runs it: in a runtime that has just started, with an event that counts `completed()`. */
async function runFromColdStart(excel: SimulatedExcel) {
  const outcomes: { written: boolean; message: string }[] = [];
  let completed = 0;
  await kontrollerCommand(createWorkbookApi(excel.host), (o) => outcomes.push(o), () => NOW)({ completed: () => completed++ });
  return { outcomes, completed };
}

async function workbookWithReport(): Promise<SimulatedExcel> {
  const excel = new SimulatedExcel();
  await createWorkbookApi(excel.host).insertTemplate(buildLayoutPlan(arsrapport2013, { year: 2013, kommunenummer: '0502', kommunenavn: 'Gjøvik' }));
  return excel;
}

describe('the ribbon\'s Kontroller', () => {
  it('checks the whole report from a cold start and writes the status line and the settings, as one undo step', async () => {
    const excel = await workbookWithReport();
    fillWorkbook(excel, { ...fullReport(), values: { ...fullReport().values, c1_fastrente: 12, c1_fullfinansierte: 10, telefon: '12' } });
    const before = excel.syncs.length;
    const { outcomes, completed } = await runFromColdStart(excel);
    expect(outcomes).toEqual([{ written: true, message: 'Kontrollert 01.12.2026 14:02: 1 feil, 1 advarsel' }]);
    expect(completed).toBe(1);
    expect(excel.syncs.slice(before).filter((s) => s.writes)).toHaveLength(1);
    const state = await createWorkbookApi(excel.host).state(planSheetNames(arsrapport2013));
    expect(state.ok && state.value.status.check).toEqual({ at: { year: 2026, month: 12, day: 1, hour: 14, minute: 2 }, errors: 1, warnings: 1 });
  });

  it('changes nothing in a workbook without the template, says so, and still completes', async () => {
    const excel = new SimulatedExcel();
    const before = excel.snapshot();
    const { outcomes, completed } = await runFromColdStart(excel);
    expect(outcomes).toEqual([{ written: false, message: expect.stringContaining('Sett den inn under Mal') }]);
    expect(completed).toBe(1);
    expect(excel.snapshot()).toEqual(before);
    expect(excel.settings.size).toBe(0);
  });

  it('completes when Excel refuses, with Excel\'s reason', async () => {
    const excel = await workbookWithReport();
    excel.startEditing();
    const { outcomes, completed } = await runFromColdStart(excel);
    expect(completed).toBe(1);
    expect(outcomes[0]?.written).toBe(false);
    expect(outcomes[0]?.message).toMatch(/redigerer|celle/i);
    excel.finishEditing();
  });

  it('changes no cell but the status line', async () => {
    const excel = await workbookWithReport();
    fillWorkbook(excel, fullReport());
    const values = () => excel.model.sheets.flatMap((s) => [...usedCells(excel, s.name)].map(([address, view]) => `${s.name}!${address}=${String(view.value)}`));
    const before = values();
    const { outcomes } = await runFromColdStart(excel);
    const changed = values().filter((v) => !before.includes(v));
    expect(changed).toEqual([expect.stringContaining(`=${outcomes[0]?.message}`)]);
  });
});

describe('whenLoaded', () => {
  it('runs the check once the workbook API has loaded, and completes', async () => {
    const excel = new SimulatedExcel();
    let completed = 0;
    await new Promise<void>((resolve) => {
      whenLoaded(Promise.resolve(kontrollerCommand(createWorkbookApi(excel.host))))({ completed: () => (completed++, resolve()) });
    });
    expect(completed).toBe(1);
  });

  it('completes when the workbook API fails to load, so the button keeps working', async () => {
    let completed = 0;
    await new Promise<void>((resolve) => {
      whenLoaded(Promise.reject(new Error('nettverk')))({ completed: () => (completed++, resolve()) });
    });
    expect(completed).toBe(1);
  });
});
