/**
 * Live checking: whatever the user does (type, paste, edit many cells at once, delete a named cell), the
 * reader copes, nothing is written and the undo history is as the user left it; change events tell the
 * pane to read again, once per burst, never for the add-in's own writes.
 */
import type { ReportChange } from '../../src/excel/api';
import { findName } from '../../src/excel/simulated/model';
import { fieldName } from '../../src/report/layout/names';
import { parseAddress } from '../../src/report/layout/a1';
import { fieldCellOf, tableCellOf } from './support/fill';
import { ok, PLAN_SHEETS, readFound, settle, simulated, withTemplate } from './support/workbook';

describe('reading while the user works', () => {
  it('reads what was typed, pasted and filled into many cells at once', async () => {
    const { excel, api } = await withTemplate();
    const programnavn = fieldCellOf(excel, 'programnavn');
    excel.user.type(programnavn.sheet, programnavn.address, 'Boligsosialt program');
    const budsjett = tableCellOf(excel, 'okonomi', 0, 'budsjett');
    excel.user.paste(budsjett.sheet, budsjett.address, [['Kr. 800.000', 'ca. 40']]);
    const first = tableCellOf(excel, 'okonomi', 1, 'regnskap_hb');
    const last = tableCellOf(excel, 'okonomi', 2, 'regnskap_annen');
    excel.user.fill(first.sheet, `${first.address}:${last.address}`, 7);
    const read = await readFound(api);
    expect(read.payload.values.programnavn).toBe('Boligsosialt program');
    expect(read.payload.tables.okonomi).toEqual([
      { budsjett: 'Kr. 800.000', budsjett_hb: 'ca. 40' },
      { regnskap_hb: 7, regnskap_egen: 7, regnskap_annen: 7 },
      { regnskap_hb: 7, regnskap_egen: 7, regnskap_annen: 7 },
    ]);
  });

  it('copes with a named cell the user deleted: the rest is read, and the name is reported missing', async () => {
    const { excel, api } = await withTemplate();
    excel.user.put('5 Økonomi', tableCellOf(excel, 'okonomi', 0, 'aktivitet').address, 'Kartlegging');
    const telefon = fieldCellOf(excel, 'telefon');
    excel.user.deleteName(fieldName('telefon'));
    excel.user.deleteRows('5 Økonomi', 1);
    const read = await readFound(api);
    expect(read.missing).toEqual([fieldName('telefon')]);
    expect(read.addresses.telefon).toBeUndefined();
    expect(read.payload.values).toMatchObject({ rapporteringsar: 2013, kommunenummer: '0502' });
    expect(read.payload.tables.okonomi).toEqual([{ aktivitet: 'Kartlegging' }]);
    expect(read.addresses['okonomi[0].aktivitet']).toMatch(/!A\d+$/);
    expect(telefon.sheet).toBe('0 Generelt');
  });

  it('copes with a named cell whose row the user deleted (the name now refers to #REF!)', async () => {
    const { excel, api } = await withTemplate();
    const programstart = fieldCellOf(excel, 'programstart');
    const programleder = fieldCellOf(excel, 'programleder');
    excel.user.type(programleder.sheet, programleder.address, 'Kari Nordmann');
    // The sheets are protected without a password: anyone can lift it and delete rows.
    excel.user.unprotect(programstart.sheet);
    excel.user.deleteRows(programstart.sheet, parseAddress(programstart.address)?.row ?? 0);
    expect(findName(excel.model, fieldName('programstart'))?.target).toEqual({ error: '#REF!' });
    const read = await readFound(api);
    expect(read.missing).toEqual([fieldName('programstart')]);
    expect(read.payload.values.programleder).toBe('Kari Nordmann');
  });

  it('writes nothing and leaves the undo history as it was', async () => {
    const { excel, api } = await withTemplate();
    const cell = fieldCellOf(excel, 'programleder');
    excel.user.type(cell.sheet, cell.address, 'Kari Nordmann');
    const depth = excel.undoDepth;
    const before = excel.snapshot();
    await readFound(api);
    ok(await api.state(PLAN_SHEETS));
    expect(excel.syncs.slice(-2).every((s) => !s.writes)).toBe(true);
    expect(excel.snapshot()).toEqual(before);
    expect(excel.undoDepth).toBe(depth);
    expect(excel.undo()).toBe(true);
    expect((await readFound(api)).payload.values.programleder).toBeUndefined();
  });
});

describe('watch', () => {
  it('tells once, after a burst of changes, which of the template\'s sheets changed', async () => {
    const { excel, api } = await withTemplate();
    const changes: ReportChange[] = [];
    const watcher = ok(await api.watch((change) => changes.push(change)));
    excel.user.type('5 Økonomi', tableCellOf(excel, 'okonomi', 0, 'aktivitet').address, 'A');
    excel.user.paste('5 Økonomi', tableCellOf(excel, 'okonomi', 0, 'budsjett').address, [[1, 2, 3]]);
    const fastrente = fieldCellOf(excel, 'c1_fastrente');
    excel.user.type(fastrente.sheet, fastrente.address, '12');
    await settle();
    expect(changes).toEqual([{ sheets: ['5 Økonomi', '2 Delmål'] }]);
    watcher.stop();
    excel.user.type('5 Økonomi', tableCellOf(excel, 'okonomi', 1, 'aktivitet').address, 'B');
    await settle();
    expect(changes).toHaveLength(1);
  });

  it('ignores the add-in\'s own writes', async () => {
    const { excel, api } = await withTemplate();
    const changes: ReportChange[] = [];
    ok(await api.watch((change) => changes.push(change)));
    const total = tableCellOf(excel, 'okonomi', 0, 'regnskap_totalt');
    excel.user.put(total.sheet, total.address, 5);
    await settle();
    expect(changes).toHaveLength(1);
    const read = await readFound(api);
    ok(await api.restoreFormulas(read, ['okonomi[0].regnskap_totalt']));
    ok(await api.writeStatus({ kind: 'kontroll', at: { year: 2026, month: 12, day: 1, hour: 14, minute: 2 }, errors: 0, warnings: 1 }));
    await settle();
    expect(changes).toHaveLength(1);
  });

  it('gets no event for some edits, as Excel sends none; the next full read sees them', async () => {
    const { excel, api } = await withTemplate();
    const changes: ReportChange[] = [];
    ok(await api.watch((change) => changes.push(change)));
    const cell = fieldCellOf(excel, 'c1_bostotte_maned');
    excel.user.type(cell.sheet, cell.address, 'januar 2014', { silent: true });
    await settle();
    expect(changes).toEqual([]);
    expect((await readFound(api)).payload.values.c1_bostotte_maned).toBe('januar 2014');
  });

  it('watches nothing in a workbook without the template', async () => {
    const { excel, api } = simulated();
    const watcher = ok(await api.watch(() => undefined));
    expect(excel.model.sheets).toEqual([]);
    watcher.stop();
    expect(findName(excel.model, fieldName('programnavn'))).toBeUndefined();
  });
});
