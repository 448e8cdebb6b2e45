import { readXlsx } from '../../src/workbook/read-xlsx';
import { writeTemplate } from '../../src/workbook/write-template';
import { arsrapport2013 } from '../../src/report/templates/arsrapport-2013';
import { payloadV1Schema, type PayloadV1 } from '../../src/report/payload';
import { loadCases } from '../fixtures/cases';
import { fullReport } from '../fixtures/full-report';
import { filled } from '../workbook/fill';
import { exportXlsx } from './support/export-xlsx';
import { fillSimulated, tableCellOf } from './support/fill';
import { planFor, readFound, syncsOf, withTemplate } from './support/workbook';

async function xlsxRead(bytes: Uint8Array) {
  const result = await readXlsx(bytes);
  if (!result.ok) throw new Error(result.message);
  return result;
}

const cases = loadCases().map((c) => [c.file, payloadV1Schema.parse(c.payload)] as const);

describe('the add-in and the .xlsx reader read the same content alike', () => {
  it.each([...cases, ['full-report', fullReport()] as const])('%s: same payload and addresses', async (_name, payload) => {
    const { excel, api } = await withTemplate({}, planFor({}));
    fillSimulated(excel, payload);
    const inExcel = await readFound(api);
    const fromFile = await xlsxRead(await exportXlsx(excel));
    expect(inExcel.payload).toEqual(fromFile.payload);
    expect(inExcel.addresses).toEqual(fromFile.addresses);
  });

  it('reads the same payload as the .xlsx reader from a template filled with ExcelJS', async () => {
    const payload = fullReport();
    const { excel, api } = await withTemplate({}, planFor({}));
    fillSimulated(excel, payload);
    const fromFile = await xlsxRead(await filled(await writeTemplate(arsrapport2013), payload));
    expect((await readFound(api)).payload).toEqual(fromFile.payload);
  });

  it('reads a user\'s inserted rows, moved block, typed-over total and pasted «Kr. 800.000» alike', async () => {
    const { excel, api } = await withTemplate();
    fillSimulated(excel, fullReport());
    excel.user.insertRows('5 Økonomi', 3, 2);
    for (let i = 0; i < 10; i++) excel.user.addTableRow('BOSO_okonomi');
    const total = tableCellOf(excel, 'okonomi', 'total', 'budsjett');
    excel.user.type(total.sheet, total.address, '999');
    const pasted = tableCellOf(excel, 'okonomi', 25, 'budsjett');
    excel.user.paste(pasted.sheet, pasted.address, [['Kr. 800.000']]);
    const aktivitet = tableCellOf(excel, 'okonomi', 25, 'aktivitet');
    excel.user.type(aktivitet.sheet, aktivitet.address, 'Limt inn');
    const periode = tableCellOf(excel, 'periode', 0, 'ar');
    excel.user.moveBlock('5 Økonomi', `A${Number(periode.address.slice(1)) - 2}:F${Number(periode.address.slice(1)) + 5}`, 'A70');
    const inExcel = await readFound(api);
    const fromFile = await xlsxRead(await exportXlsx(excel));
    expect(inExcel.payload).toEqual(fromFile.payload);
    expect(inExcel.addresses).toEqual(fromFile.addresses);
    expect(inExcel.payload.totals).toEqual({ okonomi: { budsjett: 999 } });
    expect(inExcel.payload.tables.okonomi?.at(-1)).toEqual({ aktivitet: 'Limt inn', budsjett: 'Kr. 800.000' });
    expect(inExcel.addresses['periode[0].ar']).toMatch(/^'5 Økonomi'!A7\d$/);
  });

  it('reads the whole report in one sync', async () => {
    const { excel, api } = await withTemplate();
    fillSimulated(excel, fullReport() as PayloadV1);
    expect(await syncsOf(excel, () => api.readReport())).toBe(1);
  });
});
