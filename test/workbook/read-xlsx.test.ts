import ExcelJS from 'exceljs';
import { buildLayoutPlan } from '../../src/report/layout/build-plan';
import { fieldCell, findTablePlan, tableCellAddress } from '../../src/report/layout/lookup';
import type { PayloadV1 } from '../../src/report/payload';
import type { Block, Template } from '../../src/report/template';
import { arsrapport2013 } from '../../src/report/templates/arsrapport-2013';
import { readXlsx, type ReadResult } from '../../src/workbook/read-xlsx';
import { renderXlsx } from '../../src/workbook/render-xlsx';
import { writeTemplate } from '../../src/workbook/write-template';
import { samples, WORKED_ROW } from '../layout/samples';
import { fillPayload, filled, open, save, setField, setTableCell, withoutEmpty, type Opened } from './fill';

let template: Buffer;
const plan = buildLayoutPlan(arsrapport2013);
const okonomi = findTablePlan(plan, 'okonomi')?.table;
const periode = findTablePlan(plan, 'periode')?.table;
if (!okonomi || !periode) throw new Error('malen mangler tabellene');

/** Where the template puts a table cell: `okonomi` row 0 `budsjett` is `B9`. */
const cellOf = (table: typeof okonomi, row: number, column: string): string => tableCellAddress(table, row, column) ?? '';

beforeAll(async () => {
  template = await writeTemplate(arsrapport2013);
});

async function read(bytes: Uint8Array): Promise<Extract<ReadResult, { ok: true }>> {
  const result = await readXlsx(bytes);
  if (!result.ok) throw new Error(`${result.reason}: ${result.message}`);
  return result;
}

/** The template, changed with ExcelJS as a user would change it in Excel, then read. */
async function readEdited(edit: (opened: Opened) => void): Promise<Extract<ReadResult, { ok: true }>> {
  const opened = await open(template);
  edit(opened);
  return read(await save(opened.workbook));
}

describe('readXlsx: round trip', () => {
  it.each(['full', 'workedRow', 'ore', 'negativeAndText', 'empty'])('reads back the payload that was filled in: %s', async (name) => {
    const payload = samples[name]?.() as PayloadV1;
    const result = await read(await filled(template, payload));
    expect(result.template).toBe(arsrapport2013);
    expect(result.payload).toEqual(withoutEmpty(payload));
  });

  it('reads the prefilled template: year as a number, kommunenummer as text with its leading zero', async () => {
    const result = await read(await writeTemplate(arsrapport2013, { year: 2013, kommunenummer: '0502', kommunenavn: 'Gjøvik' }));
    expect(result.payload.values).toEqual({ rapporteringsar: 2013, kommunenummer: '0502', kommunenavn: 'Gjøvik' });
    expect(result.payload.tables).toEqual({ okonomi: [], periode: [] });
    expect(result.payload.totals).toBeUndefined();
  });

  it('gives the address of every field and table cell read', async () => {
    const result = await read(await filled(template, samples.workedRow?.() as PayloadV1));
    expect(result.addresses.kommunenummer).toBe(`'0 Generelt'!${fieldCell(plan, 'kommunenummer')?.address}`);
    expect(result.addresses['okonomi[0].budsjett']).toBe(`'5 Økonomi'!${cellOf(okonomi, 0, 'budsjett')}`);
    expect(result.addresses['okonomi[0].avvik_totalt']).toBe(`'5 Økonomi'!${cellOf(okonomi, 0, 'avvik_totalt')}`);
    expect(result.addresses['okonomi.total.budsjett']).toBe(`'5 Økonomi'!B${okonomi.totalRow}`);
    expect(result.addresses['okonomi[1].budsjett']).toBeUndefined();
  });
});

describe('readXlsx: cell values', () => {
  it('keeps text in number cells as the text typed', async () => {
    const result = await readEdited((o) => {
      setField(o, 'h11_a_status0101', '10?');
      setField(o, 'c1_fastrente', 'ca. 40');
      setTableCell(o, 'okonomi', 0, 'budsjett', 'Kr. 800.000');
    });
    expect(result.payload.values).toEqual({ h11_a_status0101: '10?', c1_fastrente: 'ca. 40' });
    expect(result.payload.tables.okonomi).toEqual([{ budsjett: 'Kr. 800.000' }]);
  });

  it('reads dates as ISO dates, errors as their text, rich text and links as plain text, formulas as their result', async () => {
    const result = await readEdited((o) => {
      setField(o, 'rapporteringsdato', '2014-02-19');
      setField(o, 'programleder', { richText: [{ text: 'Kari ' }, { font: { bold: true }, text: 'Nordmann' }] });
      setField(o, 'epost', { text: 'kari@gjovik.kommune.no', hyperlink: 'mailto:kari@gjovik.kommune.no' });
      setField(o, 'c1_bostotte', { error: '#REF!' });
      setField(o, 'c2_nye_soknader', { formula: '100+60', result: 160 });
      setField(o, 'c2_nye_tildelinger', { formula: '1-1', result: 0 });
      setField(o, 'telefon', '61 18 94 00');
    });
    expect(result.payload.values).toEqual({
      rapporteringsdato: '2014-02-19',
      programleder: 'Kari Nordmann',
      epost: 'kari@gjovik.kommune.no',
      c1_bostotte: '#REF!',
      c2_nye_soknader: 160,
      c2_nye_tildelinger: 0,
      telefon: '61 18 94 00',
    });
  });
});

describe('readXlsx: table rows', () => {
  it('reads every column of a workbook that plain ExcelJS saved again (it drops table columns)', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeTemplate(arsrapport2013, { year: 2013 })) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('5 Økonomi');
    const body = { aktivitet: 'Programledelse', ...WORKED_ROW };
    const headers = arsrapport2013.sections.flatMap((s) => s.blocks).find((b) => b.type === 'table' && b.id === 'okonomi');
    const columns = headers?.type === 'table' ? headers.columns : [];
    sheet?.getRow(okonomi.headerRow).eachCell((cell, col) => {
      const column = columns.find((c) => c.header === cell.value);
      const value = column ? body[column.id as keyof typeof body] : undefined;
      if (value !== undefined) sheet.getCell(okonomi.firstDataRow, col).value = value;
    });
    const result = await readXlsx(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(result.ok && result.payload.tables.okonomi).toEqual([body]);
  });

  it('drops empty rows and keeps the order of the others', async () => {
    const result = await readEdited((o) => {
      setTableCell(o, 'okonomi', 2, 'aktivitet', 'Tredje');
      setTableCell(o, 'okonomi', 7, 'budsjett', 1000);
      setTableCell(o, 'okonomi', 5, 'kommentar', '   ');
      setTableCell(o, 'periode', 4, 'ar', 2015);
    });
    expect(result.payload.tables).toEqual({ okonomi: [{ aktivitet: 'Tredje' }, { budsjett: 1000 }], periode: [{ ar: 2015 }] });
    expect(result.addresses['okonomi[1].budsjett']).toBe(`'5 Økonomi'!${cellOf(okonomi, 7, 'budsjett')}`);
  });

  it('sends a computed cell only when it no longer holds the template formula (OKO-05)', async () => {
    const result = await readEdited((o) => {
      for (const [column, value] of Object.entries(WORKED_ROW)) {
        for (const row of [0, 1, 2, 3]) setTableCell(o, 'okonomi', row, column, value);
      }
      setTableCell(o, 'okonomi', 0, 'regnskap_totalt', 143_000);
      // Another formula than the template's (which subtracts budsjett, column B), and the template's own written otherwise.
      setTableCell(o, 'okonomi', 1, 'avvik_totalt', { formula: `${cellOf(okonomi, 1, 'regnskap_totalt')}-${cellOf(okonomi, 1, 'budsjett_hb')}`, result: 1 });
      const hb = cellOf(okonomi, 2, 'regnskap_hb').replace(/(\d+)/, '$$$1');
      setTableCell(o, 'okonomi', 2, 'avvik_hb', { formula: `$${hb.toLowerCase()} - $${cellOf(okonomi, 2, 'budsjett_hb')}`, result: 48_581 });
      setTableCell(o, 'okonomi', 3, 'regnskap_totalt', null);
    });
    const rows = result.payload.tables.okonomi ?? [];
    expect(rows.map((r) => Object.keys(r).filter((k) => !(k in WORKED_ROW)))).toEqual([['regnskap_totalt'], ['avvik_totalt'], [], ['regnskap_totalt']]);
    expect([rows[0]?.regnskap_totalt, rows[1]?.avvik_totalt, rows[3]?.regnskap_totalt]).toEqual([143_000, 1, null]);
  });

  it('reads only the rows a sheet has when a table claims a million', async () => {
    const result = await readEdited((o) => {
      setTableCell(o, 'periode', 0, 'ar', 2015);
      const table = o.workbook.getWorksheet('5 Økonomi')?.getTable('BOSO_periode') as unknown as { table: { tableRef: string } };
      table.table.tableRef = `A${periode.headerRow}:F1048576`;
    });
    // The old total row is now a data row; nothing below the sheet's last row is read.
    expect(result.payload.tables.periode?.map((row) => row.ar)).toEqual([2015, 'Sum']);
  });

  it('drops a row whose only content is a computed cell someone emptied', async () => {
    const result = await readEdited((o) => setTableCell(o, 'okonomi', 4, 'avvik_totalt', null));
    expect(result.payload.tables.okonomi).toEqual([]);
  });

  it('sends total-row cells only when they differ from the template formula', async () => {
    const result = await readEdited((o) => {
      setTableCell(o, 'okonomi', 0, 'budsjett', 10);
      setTableCell(o, 'okonomi', 'total', 'budsjett', 999);
      // One row short of the body, and the template's own formula written otherwise.
      setTableCell(o, 'periode', 'total', 'sum', { formula: `SUM(F${periode.firstDataRow}:F${periode.lastDataRow - 1})`, result: 0 });
      setTableCell(o, 'periode', 'total', 'annen', { formula: `sum( d${periode.firstDataRow}:D${periode.lastDataRow} )`, result: 0 });
    });
    expect(result.payload.totals).toEqual({ okonomi: { budsjett: 999 }, periode: { sum: 0 } });
  });

  it('finds a column by its header whatever its case and spacing, as a user may retype it', async () => {
    const result = await readEdited((o) => {
      const sheet = o.workbook.getWorksheet('5 Økonomi');
      const header = (column: string): string => `${cellOf(okonomi, 0, column).replace(/\d+$/, '')}${okonomi.headerRow}`;
      if (sheet) {
        sheet.getCell(header('budsjett')).value = '  BUDSJETT ';
        sheet.getCell(header('regnskap_hb')).value = 'regnskap:  tilskudd fra hb\n(kompetansetilskudd)';
      }
      setTableCell(o, 'okonomi', 0, 'budsjett', 300_000);
      setTableCell(o, 'okonomi', 0, 'regnskap_hb', 48_581);
    });
    expect(result.payload.tables.okonomi).toEqual([{ budsjett: 300_000, regnskap_hb: 48_581 }]);
  });
});

/** The template with the economy sheet laid out differently: a note above, columns reordered, more rows. */
function movedTables(): Template {
  return {
    ...arsrapport2013,
    sections: arsrapport2013.sections.map((section) =>
      section.id !== 'okonomi'
        ? section
        : {
            ...section,
            blocks: [
              { type: 'note', text: 'En merknad brukeren har satt inn over tabellene.' },
              { type: 'note', text: 'Og en til.' },
              ...section.blocks.map((block): Block =>
                block.type === 'table' ? { ...block, initialRows: block.initialRows + 13, columns: [...block.columns].reverse() } : block,
              ),
            ],
          },
    ),
  };
}

describe('readXlsx: reads by name, not by position', () => {
  it('reads a workbook where rows and columns were inserted above and beside the inputs', async () => {
    const opened = await open(template);
    opened.workbook.getWorksheet('0 Generelt')?.spliceRows(4, 0, [], [], []);
    opened.workbook.getWorksheet('1 Hovedmål')?.spliceRows(3, 0, ['Min egen rad']);
    opened.workbook.getWorksheet('2 Delmål')?.spliceColumns(1, 0, ['Min egen kolonne']);
    const moved = await open(await save(opened.workbook));
    const payload = samples.full?.() as PayloadV1;
    fillPayload(moved, { ...payload, tables: {} });
    const result = await read(await save(moved.workbook));
    expect(result.payload.values).toEqual(withoutEmpty(payload).values);
    const plan = buildLayoutPlan(arsrapport2013);
    expect(result.addresses.kommunenummer).not.toBe(`'0 Generelt'!${fieldCell(plan, 'kommunenummer')?.address}`);
    expect(result.addresses.c1_fastrente).toMatch(/^'2 Delmål'!C\d+$/);
  });

  it('reads tables that moved down, grew and had their columns reordered', async () => {
    const bytes = await renderXlsx(buildLayoutPlan(movedTables()));
    const payload = samples.ore?.() as PayloadV1;
    const rows = Array.from({ length: 25 }, (_, i) => ({ aktivitet: `Aktivitet ${i + 1}`, budsjett: i * 1000.5 }));
    const grown = { ...payload, tables: { ...payload.tables, okonomi: rows } };
    const result = await read(await filled(bytes, grown));
    expect(result.template).toBe(arsrapport2013);
    expect(result.payload).toEqual(withoutEmpty(grown));
    expect(result.addresses['okonomi[24].budsjett']).toMatch(/^'5 Økonomi'!I\d+$/);
  });
});
