/** The simulated Excel keeps Office.js's semantics where they bite. */
import { cellView, RichApiError, SimulatedExcel } from '../../src/excel/simulated';
import type { RequestContext } from '../../src/excel/office';
import { tableCellOf } from './support/fill';
import { withTemplate } from './support/workbook';

async function withSheet(excel: SimulatedExcel, name = 'Ark1'): Promise<void> {
  await excel.host.run({}, async (context) => {
    context.workbook.worksheets.add(name);
    await context.sync();
  });
}

const run = <T>(excel: SimulatedExcel, batch: (context: RequestContext) => Promise<T>, mergeUndoGroup = false): Promise<T> =>
  excel.host.run({ mergeUndoGroup }, batch);

describe('proxy objects', () => {
  it('throw RichApi.Error PropertyNotLoaded for a property read before it was loaded and synced', async () => {
    const excel = new SimulatedExcel();
    await withSheet(excel);
    await run(excel, async (context) => {
      const range = context.workbook.worksheets.getItem('Ark1').getRange('A1');
      range.load('values');
      // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read -- read too early on purpose
      expect(() => range.values).toThrow(expect.objectContaining({ name: 'RichApi.Error', code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.values).toEqual([['']]);
      // eslint-disable-next-line office-addins/load-object-before-read -- never loaded, on purpose
      expect(() => range.formulas).toThrow(RichApiError);
    });
  });

  it('give null objects for what does not exist, and everything reached through them is null too', async () => {
    const excel = new SimulatedExcel();
    await run(excel, async (context) => {
      const name = context.workbook.names.getItemOrNullObject('Finnes_ikke');
      const range = name.getRangeOrNullObject();
      range.load('address,values');
      const table = context.workbook.tables.getItemOrNullObject('Ingen');
      table.load('showTotals');
      const tableRange = table.getRange();
      tableRange.load('values');
      await context.sync();
      expect([name.isNullObject, range.isNullObject, table.isNullObject]).toEqual([true, true, true]);
      expect([range.values, table.showTotals, tableRange.values]).toEqual([undefined, undefined, undefined]);
    });
  });

  it('fail the sync with ItemNotFound for a getItem of what does not exist', async () => {
    const excel = new SimulatedExcel();
    await expect(
      run(excel, async (context) => {
        context.workbook.worksheets.getItem('Borte').getRange('A1').load('values');
        await context.sync();
      }),
    ).rejects.toMatchObject({ name: 'RichApi.Error', code: 'ItemNotFound', debugInfo: { errorLocation: 'Range.load' } });
  });
});

describe('a batch', () => {
  it('stops at the first error; what ran before it stays done', async () => {
    const excel = new SimulatedExcel();
    await withSheet(excel);
    await expect(
      run(excel, async (context) => {
        const sheet = context.workbook.worksheets.getItem('Ark1');
        sheet.getRange('A1').values = [[1]];
        sheet.getRange('A2:B2').values = [[2]];
        sheet.getRange('A3').values = [[3]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    expect([cellView(excel, 'Ark1', 'A1').value, cellView(excel, 'Ark1', 'A3').value]).toEqual([1, '']);
  });

  it('refuses a formula Excel would refuse', async () => {
    const excel = new SimulatedExcel();
    await withSheet(excel);
    await expect(
      run(excel, async (context) => {
        context.workbook.worksheets.getItem('Ark1').getRange('A1').formulas = [['=SUM(A2']];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('reads strings written to cells as Excel reads typed input: numbers, formulas, text kept by an apostrophe or a text format', async () => {
    const excel = new SimulatedExcel();
    await withSheet(excel);
    await run(excel, async (context) => {
      const sheet = context.workbook.worksheets.getItem('Ark1');
      sheet.getRange('B1').numberFormat = [['@']];
      sheet.getRange('A1:D1').formulas = [['2013', '0502', "'0502", '=A1+1']];
      await context.sync();
    });
    expect(['A1', 'B1', 'C1', 'D1'].map((a) => cellView(excel, 'Ark1', a).value)).toEqual([2013, '0502', '0502', 2014]);
  });

  it('counts syncs, operations and request bytes, and refuses a request over the limit', async () => {
    const excel = new SimulatedExcel({ requestLimitBytes: 2000 });
    await withSheet(excel);
    await expect(
      run(excel, async (context) => {
        context.workbook.worksheets.getItem('Ark1').getRange('A1').values = [['x'.repeat(3000)]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(excel.syncs).toHaveLength(2);
    expect(excel.syncs[1]).toMatchObject({ operations: 1, writes: true });
    expect(excel.syncs[1]?.requestBytes).toBeGreaterThan(3000);
    expect(cellView(excel, 'Ark1', 'A1').value).toBe('');
  });
});

describe('undo', () => {
  it('is one record per sync that writes, merged per run with mergeUndoGroup, and really restores the cells', async () => {
    const excel = new SimulatedExcel();
    await withSheet(excel);
    const twoSyncs = async (context: RequestContext): Promise<void> => {
      const sheet = context.workbook.worksheets.getItem('Ark1');
      sheet.getRange('A1').values = [[1]];
      await context.sync();
      sheet.getRange('A2').values = [[2]];
      await context.sync();
    };
    const depth = excel.undoDepth;
    await run(excel, twoSyncs);
    expect(excel.undoDepth).toBe(depth + 2);
    await run(excel, twoSyncs, true);
    expect(excel.undoDepth).toBe(depth + 3);
    excel.user.type('Ark1', 'A1', '7');
    excel.undo();
    expect(cellView(excel, 'Ark1', 'A1').value).toBe(1);
    excel.undo();
    excel.undo();
    expect([cellView(excel, 'Ark1', 'A1').value, cellView(excel, 'Ark1', 'A2').value]).toEqual([1, '']);
  });

  it('adds no record for a read', async () => {
    const excel = new SimulatedExcel();
    await withSheet(excel);
    const depth = excel.undoDepth;
    await run(excel, async (context) => {
      context.workbook.worksheets.getItem('Ark1').getRange('A1').load('values');
      await context.sync();
    });
    expect(excel.undoDepth).toBe(depth);
  });

  it('is cleared by protecting a sheet, and by deleting one', async () => {
    const excel = new SimulatedExcel();
    await withSheet(excel);
    await withSheet(excel, 'Ark2');
    excel.user.type('Ark1', 'A1', '1');
    await run(excel, async (context) => {
      context.workbook.worksheets.getItem('Ark1').protection.protect({});
      await context.sync();
    });
    expect(excel.undoDepth).toBe(0);
    excel.user.type('Ark2', 'A1', '1');
    await run(excel, async (context) => {
      context.workbook.worksheets.getItem('Ark2').delete();
      await context.sync();
    });
    expect(excel.undoDepth).toBe(0);
  });

  it('does not exist for an add-in\'s writes before ExcelApi 1.20: they clear the history', async () => {
    const excel = new SimulatedExcel({ apiVersion: '1.19' });
    await withSheet(excel);
    excel.user.type('Ark1', 'A1', '1');
    await run(excel, async (context) => {
      context.workbook.worksheets.getItem('Ark1').getRange('B1').values = [[2]];
      await context.sync();
    });
    expect(excel.undoDepth).toBe(0);
  });
});

describe('protection', () => {
  it('refuses writes to locked cells of a protected sheet and lets unlocked ones be written', async () => {
    const excel = new SimulatedExcel();
    await withSheet(excel);
    await run(excel, async (context) => {
      const sheet = context.workbook.worksheets.getItem('Ark1');
      sheet.getRange('B1').format.protection.locked = false;
      sheet.protection.protect({});
      sheet.getRange('B1').values = [['ok']];
      await context.sync();
    });
    await expect(
      run(excel, async (context) => {
        context.workbook.worksheets.getItem('Ark1').getRange('A1').values = [['nei']];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
    expect([cellView(excel, 'Ark1', 'A1').value, cellView(excel, 'Ark1', 'B1').value]).toEqual(['', 'ok']);
  });
});

describe('change events', () => {
  it('carry details for one cell typed, none for a paste or a multi-cell edit, and tell the add-in\'s own writes', async () => {
    const excel = new SimulatedExcel();
    await withSheet(excel);
    const events: unknown[] = [];
    await run(excel, async (context) => {
      context.workbook.worksheets.getItem('Ark1').onChanged.add(async (event) => {
        events.push(event);
      });
      await context.sync();
    });
    excel.user.type('Ark1', 'A1', '5');
    excel.user.paste('Ark1', 'A2', [[1], [2]]);
    excel.user.fill('Ark1', 'B1:B3', 'x');
    await run(excel, async (context) => {
      context.workbook.worksheets.getItem('Ark1').getRange('C1').values = [[1]];
      await context.sync();
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(events).toEqual([
      expect.objectContaining({ triggerSource: 'Unknown', details: expect.objectContaining({ valueBefore: '', valueAfter: 5 }) }),
      expect.not.objectContaining({ details: expect.anything() }),
      expect.not.objectContaining({ details: expect.anything() }),
      { triggerSource: 'ThisLocalAddin' },
    ]);
  });
});

describe('a row added to a table (Tab in its last cell)', () => {
  it('gets the calculated columns and the row above\'s look, and the sums, marks and validations grow to take it in', async () => {
    const { excel } = await withTemplate();
    const sheet = excel.model.sheets.find((s) => s.name === '5 Økonomi');
    const table = sheet?.tables.find((t) => t.name === 'BOSO_okonomi');
    const last = (table?.rect.bottom ?? 0) - 1;
    const formats = sheet?.conditionalFormats.filter((f) => f.rect.bottom === last).length;
    excel.user.addTableRow('BOSO_okonomi');
    const row = last + 1;
    const total = tableCellOf(excel, 'okonomi', 'total', 'budsjett');
    expect(cellView(excel, '5 Økonomi', `G${row}`).formula).toBe(`=D${row}+E${row}+F${row}`);
    expect(cellView(excel, '5 Økonomi', `B${row}`).format).toEqual(cellView(excel, '5 Økonomi', `B${last}`).format);
    expect(cellView(excel, total.sheet, total.address).formula).toBe(`=SUM(B${(table?.rect.top ?? 0) + 1}:B${row})`);
    expect(sheet?.conditionalFormats.filter((f) => f.rect.bottom === row).length).toBe(formats);
    expect(sheet?.validations.filter((v) => v.rect.bottom === row).length).toBeGreaterThan(0);
    expect(excel.user.type('5 Økonomi', `B${row}`, 'ti')).toMatchObject({ accepted: false });
  });
});
