import { SETTING_KEYS } from '../../src/excel/settings';
import { activeSheet, cellView, usedCells } from '../../src/excel/simulated';
import { findName } from '../../src/excel/simulated/model';
import { fieldCell, findTablePlan } from '../../src/report/layout/lookup';
import { fieldName } from '../../src/report/layout/names';
import { parseAddress, parseRange } from '../../src/report/layout/a1';
import { PLAN_SHEETS, planFor, readFound, simulated, syncsOf, ok, type Simulated } from './support/workbook';

const plan = planFor();
const planSheets = plan.sheets.map((s) => s.name);
const okonomi = findTablePlan(plan, 'okonomi')?.table;
const programnavn = fieldCell(plan, 'programnavn');
const label = programnavn && `A${parseAddress(programnavn.address)?.row}`;

/** A workbook a user has worked in: a sheet with values, a formula, formats and a name of their own. */
async function userWorkbook(sheetName = 'Budsjett'): Promise<Simulated> {
  const sim = simulated();
  await sim.excel.host.run({}, async (context) => {
    const sheet = context.workbook.worksheets.add(sheetName);
    const range = sheet.getRange('A1:C2');
    range.formulas = [
      ['Post', 'Beløp', 'Sum'],
      ['Husleie', 1200, '=B2*12'],
    ];
    range.format.fill.color = '#FFFF00';
    range.format.font.bold = true;
    context.workbook.names.add('Mitt_navn', `='${sheetName}'!$B$2`);
    await context.sync();
  });
  return sim;
}

describe('insertTemplate', () => {
  it('draws every sheet of the plan into an empty workbook in at most 3 syncs, and records the template', async () => {
    const { excel, api } = simulated();
    let outcome;
    expect(await syncsOf(excel, async () => (outcome = ok(await api.insertTemplate(plan))))).toBeLessThanOrEqual(3);
    expect(outcome).toMatchObject({ kind: 'sattInn', sheets: planSheets, leftOut: [] });
    expect(excel.model.sheets.map((s) => s.name)).toEqual(planSheets);
    expect(excel.model.sheets.map((s) => s.visibility)).toEqual([...planSheets.slice(0, -1).map(() => 'Visible'), 'Hidden']);
    expect(JSON.parse(excel.settings.get(SETTING_KEYS.template) ?? '')).toEqual({ id: 'boso-arsrapport', version: '2013' });
    expect(activeSheet(excel)).toBe('0 Generelt');
    const read = await readFound(api);
    expect(read.payload.values).toEqual({ rapporteringsar: 2013, kommunenummer: '0502', kommunenavn: 'Gjøvik' });
    expect(read.missing).toEqual([]);
  });

  it('leaves every cell, format and name of the user\'s own sheets as they were', async () => {
    const sim = await userWorkbook();
    const before = usedCells(sim.excel, 'Budsjett');
    ok(await sim.api.insertTemplate(plan));
    expect(usedCells(sim.excel, 'Budsjett')).toEqual(before);
    expect(cellView(sim.excel, 'Budsjett', 'C2').value).toBe(14_400);
    expect(findName(sim.excel.model, 'Mitt_navn')?.target).toMatchObject({ rect: { top: 2, left: 2 } });
    expect(sim.excel.model.sheets.map((s) => s.name)).toEqual(['Budsjett', ...planSheets]);
  });

  it('inserts nothing into a workbook that holds the template, and goes to it', async () => {
    const { excel, api } = simulated();
    ok(await api.insertTemplate(plan));
    excel.user.type('5 Økonomi', 'A7', 'Min aktivitet');
    const before = excel.snapshot();
    let outcome;
    expect(await syncsOf(excel, async () => (outcome = ok(await api.insertTemplate(plan))))).toBeLessThanOrEqual(3);
    expect(outcome).toMatchObject({ kind: 'finnesAllerede', report: { template: { id: 'boso-arsrapport', version: '2013' }, known: true, year: 2013 } });
    expect(excel.snapshot().sheets).toEqual(before.sheets);
    expect(activeSheet(excel)).toBe('0 Generelt');
  });

  it('inserts nothing when a plan sheet name is taken, offers free names, and follows the names chosen', async () => {
    const sim = await userWorkbook('5 økonomi');
    const before = sim.excel.snapshot();
    const userCells = usedCells(sim.excel, '5 økonomi');
    const refused = ok(await sim.api.insertTemplate(plan));
    expect(refused).toMatchObject({ kind: 'navnOpptatt', taken: ['5 Økonomi'], freeSheetNames: { '5 Økonomi': '5 Økonomi (2)' } });
    expect(sim.excel.snapshot()).toEqual(before);
    const state = ok(await sim.api.state(PLAN_SHEETS));
    expect(state.takenSheetNames).toEqual(['5 Økonomi']);
    expect(state.freeSheetNames).toEqual({ '5 Økonomi': '5 Økonomi (2)' });

    const inserted = ok(await sim.api.insertTemplate(plan, { sheetNames: state.freeSheetNames }));
    expect(inserted).toMatchObject({ kind: 'sattInn', sheets: planSheets.map((s) => (s === '5 Økonomi' ? '5 Økonomi (2)' : s)) });
    const read = await readFound(sim.api);
    expect(read.addresses['okonomi.total.budsjett']).toBe(`'5 Økonomi (2)'!B${okonomi?.totalRow}`);
    const row = okonomi?.firstDataRow;
    expect(cellView(sim.excel, '5 Økonomi (2)', `G${row}`).formula).toBe(`=D${row}+E${row}+F${row}`);
    expect(usedCells(sim.excel, '5 økonomi')).toEqual(userCells);
  });

  it('removes what it added when Excel fails halfway, leaving the workbook as it was', async () => {
    const sim = await userWorkbook();
    const before = sim.excel.snapshot();
    const settings = new Map(sim.excel.settings);
    const ran: string[] = [];
    sim.excel.failNext((operation) => ran.push(operation) > 0 && operation === 'Range.merge' && ran.filter((o) => o === 'Range.merge').length === 20, 'InvalidArgument');
    const result = await sim.api.insertTemplate(plan);
    expect(result).toMatchObject({ ok: false, reason: 'ukjent', code: 'InvalidArgument' });
    // Sheets, cells and names were added before the failure, and removed after it.
    expect(ran.filter((o) => o === 'WorksheetCollection.add').length).toBeGreaterThan(1);
    expect(sim.excel.snapshot().sheets).toEqual(before.sheets);
    expect(sim.excel.model.names.map((n) => n.name)).toEqual(['Mitt_navn']);
    expect(sim.excel.settings).toEqual(settings);
  });

  it('refuses, and leaves nothing, when the request is larger than Excel on the web takes', async () => {
    const sim = simulated({ requestLimitBytes: 100_000 });
    const result = await sim.api.insertTemplate(plan);
    expect(result).toMatchObject({ ok: false, reason: 'forStor' });
    expect(result.ok || result.message).toMatch(/5 MB/);
    expect(sim.excel.model.sheets).toEqual([]);
  });

  it('leaves the print setup out, and says so, where Excel lacks ExcelApi 1.9', async () => {
    const { excel, api } = simulated({ apiVersion: '1.8' });
    const outcome = ok(await api.insertTemplate(plan));
    expect(outcome).toMatchObject({ kind: 'sattInn', leftOut: [{ part: 'utskriftsoppsett' }] });
    expect(excel.model.sheets.every((s) => s.page.paperSize === undefined && s.page.breaks.length === 0)).toBe(true);
    expect(await readFound(api)).toMatchObject({ kind: 'rapport' });
  });

  it('refuses to run at all in an Excel older than ExcelApi 1.8', async () => {
    const { api, excel } = simulated({ apiVersion: '1.7' });
    expect(api.support).toMatchObject({ ok: false, reason: 'forGammelExcel' });
    expect(await api.insertTemplate(plan)).toMatchObject({ ok: false, reason: 'forGammelExcel' });
    expect(excel.syncs).toEqual([]);
  });

  it('protects the sheets without tables, which clears the undo history as Excel does', async () => {
    const { excel, api } = await userWorkbook();
    excel.user.type('Budsjett', 'B2', '1300');
    expect(excel.undoDepth).toBe(2);
    ok(await api.insertTemplate(plan));
    expect(excel.model.sheets.slice(1).map((s) => s.protection !== undefined)).toEqual(plan.sheets.map((s) => s.protection !== undefined));
    expect(excel.undoDepth).toBe(0);
    expect(findName(excel.model, fieldName('programnavn'))?.target).toMatchObject({ rect: parseRange(programnavn?.address ?? '') });
    expect(excel.user.type('0 Generelt', programnavn?.address ?? '', 'Mitt program')).toEqual({ accepted: true });
    expect(excel.user.type('0 Generelt', label ?? '', 'Ny etikett')).toMatchObject({ accepted: false });
  });
});

describe('insertTemplate with sheet names chosen', () => {
  it('refuses names Excel would refuse, and a name chosen for two sheets, inserting nothing', async () => {
    const { excel, api } = simulated();
    const outcome = ok(await api.insertTemplate(plan, { sheetNames: { '0 Generelt': 'Generelt?', '1 Hovedmål': 'Rapport', '2 Delmål': 'rapport' } }));
    expect(outcome).toMatchObject({ kind: 'navnOpptatt', taken: ['Generelt?', 'rapport'] });
    expect(excel.model.sheets).toEqual([]);
  });
});
