/** What Excel refuses comes back as a clear Norwegian message, and nothing is lost or half written. */
import { cellView } from '../../src/excel/simulated';
import { fieldName } from '../../src/report/layout/names';
import { tableCellOf } from './support/fill';
import { ok, readFound, settle, simulated, withTemplate } from './support/workbook';

describe('cell edit mode', () => {
  it('fails a read at once, saying to finish the edit', async () => {
    const { excel, api } = await withTemplate();
    excel.startEditing();
    const read = await api.readReport();
    expect(read).toMatchObject({ ok: false, reason: 'redigeringsmodus', code: 'InvalidOperationInCellEditMode' });
    expect(read.ok || read.message).toContain('Trykk Enter eller Esc');
  });

  it('makes a command wait until the user leaves the cell, then runs it', async () => {
    const { excel, api } = await withTemplate();
    const cell = tableCellOf(excel, 'okonomi', 0, 'regnskap_totalt');
    excel.user.type(cell.sheet, cell.address, '5');
    const read = await readFound(api);
    excel.startEditing();
    const restoring = api.restoreFormulas(read, ['okonomi[0].regnskap_totalt']);
    await settle(30);
    expect(cellView(excel, cell.sheet, cell.address).value).toBe(5);
    excel.finishEditing();
    expect(ok(await restoring).written).toEqual([read.addresses['okonomi[0].regnskap_totalt']]);
    expect(cellView(excel, cell.sheet, cell.address).formula).toMatch(/^=D\d+\+E\d+\+F\d+$/);
  });
});

describe('a sheet or name the user deleted or renamed', () => {
  it('writes nothing to a sheet that was renamed after the read, and says what happened', async () => {
    const { excel, api } = await withTemplate();
    const cell = tableCellOf(excel, 'okonomi', 0, 'regnskap_totalt');
    excel.user.type(cell.sheet, cell.address, '5');
    const read = await readFound(api);
    excel.user.renameSheet('5 Økonomi', 'Økonomi 2013');
    const result = await api.restoreFormulas(read, ['okonomi[0].regnskap_totalt']);
    expect(result).toMatchObject({ ok: false, reason: 'mangler', code: 'ItemNotFound' });
    expect(result.ok || result.message).toContain('nytt navn');
    expect(cellView(excel, 'Økonomi 2013', cell.address).value).toBe(5);
    // Read again, the report is found under the new name.
    expect((await readFound(api)).addresses['okonomi[0].regnskap_totalt']).toBe(`'Økonomi 2013'!${cell.address}`);
  });

  it('cannot select the cells of a field whose name was deleted, and says so', async () => {
    const { excel, api } = await withTemplate();
    excel.user.deleteName(fieldName('c1_fastrente'));
    const read = await readFound(api);
    expect(await api.select(read, ['c1_fastrente'])).toMatchObject({ ok: false, reason: 'mangler' });
  });
});

describe('Excel that does not answer', () => {
  it('gives up after the time limit with a message, and the pane can carry on', async () => {
    const { excel, api } = simulated({}, { timeoutMs: 50 });
    excel.stopAnswering();
    const read = await api.readReport();
    expect(read).toMatchObject({ ok: false, reason: 'tidsavbrudd' });
    expect(read.ok || read.message).toContain('20 sekunder');
    excel.answer();
    expect(ok(await api.readReport())).toMatchObject({ kind: 'ingenRapport', reason: 'ikkeMal' });
  });
});

describe('a locked cell', () => {
  it('is refused with a message that says where to write', async () => {
    const { api } = await withTemplate();
    const result = await api.writeValues({ h11_sum_status0101: 3 });
    expect(result).toMatchObject({ ok: false, reason: 'beskyttet', code: 'AccessDenied' });
    expect(result.ok || result.message).toContain('gule feltene');
  });
});

describe('a workbook without the template', () => {
  it('reads as no report, with what to do', async () => {
    const { api } = simulated();
    expect(ok(await api.readReport())).toEqual({ kind: 'ingenRapport', reason: 'ikkeMal', message: 'Arbeidsboken har ikke BOSO-rapportmalen. Sett den inn under Mal.' });
  });

  it('reads a template it does not know as such, and says what to do', async () => {
    const { excel, api } = await withTemplate();
    excel.user.unprotect('BOSO_info');
    excel.user.put('BOSO_info', 'B2', '2099');
    const read = ok(await api.readReport());
    expect(read).toMatchObject({ kind: 'ingenRapport', reason: 'ukjentMal' });
    expect(read.kind === 'ingenRapport' && read.message).toContain('«boso-arsrapport» versjon «2099»');
  });
});
