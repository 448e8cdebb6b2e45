/** The commands that write: each one sync, touching only the cells named, one step for Ctrl+Z. */
import { SETTING_KEYS } from '../../src/excel/settings';
import { activeSheet, cellView, selection, SimulatedExcel, usedCells } from '../../src/excel/simulated';
import { findName } from '../../src/excel/simulated/model';
import { sheetAddress } from '../../src/report/layout/a1';
import { STATUS_NAME } from '../../src/report/layout/names';
import { numberTextFixes } from '../../src/report/number-text';
import { validate } from '../../src/report/validate';
import { exportXlsx } from './support/export-xlsx';
import { readXlsx } from '../../src/workbook/read-xlsx';
import { fullReport } from '../fixtures/full-report';
import { fieldCellOf, fillSimulated, tableCellOf } from './support/fill';
import { ok, PLAN_SHEETS, readFound, simulated, syncsOf, withTemplate } from './support/workbook';

const AT = { year: 2026, month: 12, day: 1, hour: 14, minute: 2 };

/** What every cell of every sheet holds and how it looks (values computed from them may change, these may not). */
function allCells(excel: SimulatedExcel): Map<string, unknown> {
  return new Map(
    excel.model.sheets.flatMap((s) => [...usedCells(excel, s.name)].map(([address, view]) => [sheetAddress(s.name, address), { formula: view.formula, format: view.format }] as const)),
  );
}

function changed(before: Map<string, unknown>, after: Map<string, unknown>): string[] {
  return [...new Set([...before.keys(), ...after.keys()])].filter((k) => JSON.stringify(before.get(k)) !== JSON.stringify(after.get(k))).sort();
}

describe('restoreFormulas (OKO-05)', () => {
  it('writes the template formula back into the typed-over cells, in one sync, and only there', async () => {
    const { excel, api } = await withTemplate();
    fillSimulated(excel, fullReport());
    const totalt = tableCellOf(excel, 'okonomi', 2, 'regnskap_totalt');
    const sum = tableCellOf(excel, 'okonomi', 'total', 'budsjett');
    excel.user.type(totalt.sheet, totalt.address, '250000');
    excel.user.type(sum.sheet, sum.address, '999');
    const read = await readFound(api);
    const findings = validate(read.template, read.payload, { today: { year: 2026, month: 12, day: 1 } }).findings.filter((f) => f.rule === 'OKO-05');
    const cells = findings.flatMap((f) => f.fields);
    expect(cells.sort()).toEqual(['okonomi.total.budsjett', 'okonomi[2].regnskap_totalt']);
    const before = allCells(excel);
    let outcome;
    expect(await syncsOf(excel, async () => (outcome = ok(await api.restoreFormulas(read, cells))))).toBe(1);
    expect(outcome).toEqual({ written: cells.map((c) => read.addresses[c]) });
    expect(changed(before, allCells(excel))).toEqual([sheetAddress(sum.sheet, sum.address), sheetAddress(totalt.sheet, totalt.address)].sort());
    const row = Number(totalt.address.slice(1));
    expect(cellView(excel, totalt.sheet, totalt.address).formula).toBe(`=D${row}+E${row}+F${row}`);
    expect(validate(read.template, (await readFound(api)).payload, { today: { year: 2026, month: 12, day: 1 } }).findings.filter((f) => f.rule === 'OKO-05')).toEqual([]);
  });

  it('is one step for Ctrl+Z, which puts the typed values back', async () => {
    const { excel, api } = await withTemplate();
    const a = tableCellOf(excel, 'okonomi', 0, 'regnskap_totalt');
    const b = tableCellOf(excel, 'okonomi', 1, 'avvik_hb');
    excel.user.type(a.sheet, a.address, '5');
    excel.user.type(b.sheet, b.address, '6');
    const read = await readFound(api);
    const depth = excel.undoDepth;
    ok(await api.restoreFormulas(read, ['okonomi[0].regnskap_totalt', 'okonomi[1].avvik_hb']));
    expect(excel.undoDepth).toBe(depth + 1);
    expect(excel.undo()).toBe(true);
    expect([cellView(excel, a.sheet, a.address).value, cellView(excel, b.sheet, b.address).value]).toEqual([5, 6]);
  });

  it('restores nothing for a cell that was not typed over', async () => {
    const { excel, api } = await withTemplate();
    const read = await readFound(api);
    const before = allCells(excel);
    expect(ok(await api.restoreFormulas(read, ['okonomi[0].regnskap_totalt']))).toEqual({ written: [] });
    expect(changed(before, allCells(excel))).toEqual([]);
  });
});

describe('convertNumberText (NUM-04)', () => {
  it('writes the numbers the domain read into the number-text cells named, in one sync, one undo step', async () => {
    const { excel, api } = await withTemplate();
    const budsjett = tableCellOf(excel, 'okonomi', 0, 'budsjett');
    const count = fieldCellOf(excel, 'c1_fullfinansierte');
    excel.user.paste(budsjett.sheet, budsjett.address, [['Kr. 800.000']]);
    excel.user.paste(count.sheet, count.address, [['1 234']]);
    excel.user.paste('5 Økonomi', tableCellOf(excel, 'okonomi', 0, 'aktivitet').address, [['Kartlegging']]);
    const read = await readFound(api);
    const fixes = numberTextFixes(read.template, read.payload, { today: { year: 2026, month: 12, day: 1 } });
    expect(fixes.map((f) => [f.field, f.value]).sort()).toEqual([
      ['c1_fullfinansierte', 1234],
      ['okonomi[0].budsjett', 800_000],
    ]);
    const before = allCells(excel);
    const depth = excel.undoDepth;
    expect(await syncsOf(excel, () => api.convertNumberText(read, fixes.map((f) => f.field)))).toBe(1);
    expect([cellView(excel, budsjett.sheet, budsjett.address).value, cellView(excel, count.sheet, count.address).value]).toEqual([800_000, 1234]);
    expect(changed(before, allCells(excel))).toEqual([sheetAddress(count.sheet, count.address), sheetAddress(budsjett.sheet, budsjett.address)].sort());
    expect(excel.undoDepth).toBe(depth + 1);
    excel.undo();
    expect(cellView(excel, budsjett.sheet, budsjett.address).value).toBe('Kr. 800.000');
    expect(cellView(excel, count.sheet, count.address).value).toBe('1 234');
  });
});

describe('select', () => {
  it('selects a finding\'s cells on their sheet in one sync', async () => {
    const { excel, api } = await withTemplate();
    const read = await readFound(api);
    expect(await syncsOf(excel, () => api.select(read, ['c1_fastrente', 'c1_fullfinansierte']))).toBe(1);
    const a = fieldCellOf(excel, 'c1_fullfinansierte');
    const b = fieldCellOf(excel, 'c1_fastrente');
    expect(activeSheet(excel)).toBe('2 Delmål');
    expect(selection(excel)).toBe(`'2 Delmål'!${a.address}:${b.address}`);
  });
});

describe('writeValues', () => {
  it('writes prefilled values into the named inputs in one sync, one undo step, text kept as text', async () => {
    const { excel, api } = await withTemplate();
    const depth = excel.undoDepth;
    expect(await syncsOf(excel, () => api.writeValues({ programnavn: '0502 Gjøvik', h11_a_status0101: 14 }))).toBe(1);
    const read = await readFound(api);
    expect(read.payload.values).toMatchObject({ programnavn: '0502 Gjøvik', h11_a_status0101: 14 });
    expect(excel.undoDepth).toBe(depth + 1);
  });

  it('writes nothing when one of the names is gone', async () => {
    const { excel, api } = await withTemplate();
    excel.user.deleteName('BOSO_telefon');
    const before = allCells(excel);
    expect(await api.writeValues({ programnavn: 'Program', telefon: '61 18 94 00' })).toMatchObject({ ok: false, reason: 'mangler', code: 'ItemNotFound' });
    expect(changed(before, allCells(excel))).toEqual([]);
  });
});

describe('writeStatus', () => {
  const SHA = 'a'.repeat(64);
  it('writes the status line on the first sheet and the status in the settings, in one sync', async () => {
    const { excel, api } = await withTemplate();
    let outcome;
    expect(await syncsOf(excel, async () => (outcome = ok(await api.writeStatus({ kind: 'kontroll', at: AT, errors: 2, warnings: 5 }))))).toBe(1);
    expect(outcome).toEqual({ line: 'Kontrollert 01.12.2026 14:02: 2 feil, 5 advarsler', lineWritten: true });
    const target = findName(excel.model, STATUS_NAME)?.target;
    expect(target && !('error' in target) && cellView(excel, '0 Generelt', `A${target.rect.top}`).value).toBe('Kontrollert 01.12.2026 14:02: 2 feil, 5 advarsler');
    ok(await api.writeStatus({ kind: 'innsending', at: { ...AT, year: 2014, month: 2, day: 24, hour: 10, minute: 15 }, version: 2, id: 'abc', sha256: SHA, receipt: { id: 'abc', versjon: 2 } }));
    const state = ok(await api.state(PLAN_SHEETS));
    expect(state.status).toEqual({ check: { at: AT, errors: 2, warnings: 5 }, submission: { at: { ...AT, year: 2014, month: 2, day: 24, hour: 10, minute: 15 }, version: 2, id: 'abc', sha256: SHA, receipt: { id: 'abc', versjon: 2 } } });
    expect(JSON.parse(excel.settings.get(SETTING_KEYS.check) ?? '')).toEqual({ at: AT, errors: 2, warnings: 5 });
  });

  it('keeps the status in the settings when the workbook has no status line (the template came from a file)', async () => {
    const { excel, api } = await withTemplate();
    excel.user.deleteName(STATUS_NAME);
    expect(ok(await api.writeStatus({ kind: 'kontroll', at: AT, errors: 0, warnings: 1 }))).toEqual({ line: 'Kontrollert 01.12.2026 14:02: ingen feil, 1 advarsel', lineWritten: false });
    expect(excel.settings.has(SETTING_KEYS.check)).toBe(true);
  });
});

describe('goToReport', () => {
  it('activates the template\'s first sheet and selects its first input', async () => {
    const { excel, api } = await withTemplate();
    excel.model.activeSheetId = excel.model.sheets[5]?.id;
    ok(await api.goToReport());
    expect(activeSheet(excel)).toBe('0 Generelt');
    expect(selection(excel)).toBe(`'0 Generelt'!${fieldCellOf(excel, 'programnavn').address}`);
  });

  it('says so when the workbook has no template', async () => {
    const { api } = simulated();
    expect(await api.goToReport()).toMatchObject({ ok: false, reason: 'mangler', message: expect.stringContaining('Sett den inn') });
  });
});

describe('the status line travels with the file', () => {
  it('is read back as text by the .xlsx reader too, without disturbing the report', async () => {
    const { excel, api } = await withTemplate();
    ok(await api.writeStatus({ kind: 'kontroll', at: AT, errors: 1, warnings: 0 }));
    const fromFile = await readXlsx(await exportXlsx(excel));
    expect(fromFile.ok && fromFile.payload).toEqual((await readFound(api)).payload);
  });
});
