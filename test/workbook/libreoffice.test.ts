/**
 * LibreOffice opens the filled .xlsx, recalculates every formula and saves it again; the results must be
 * what `computeAll` computes, and the saved file must read back to the same payload. Reviewers open the
 * template in LibreOffice, so CI must run this: it fails there when soffice is missing.
 */
import { buildLayoutPlan } from '../../src/report/layout/build-plan';
import type { PayloadV1 } from '../../src/report/payload';
import { arsrapport2013 } from '../../src/report/templates/arsrapport-2013';
import { readCellValue } from '../../src/workbook/cell-value';
import { readXlsx } from '../../src/workbook/read-xlsx';
import { writeTemplate } from '../../src/workbook/write-template';
import { comparisons, outsideTextTotals } from '../layout/computed-cells';
import { samples } from '../layout/samples';
import { filled, open, withoutEmpty } from './fill';
import { describeWithLibreOffice, recalculated } from './libreoffice';

const SAMPLES = ['full', 'workedRow', 'ore', 'negativeAndText'];

describeWithLibreOffice('LibreOffice', () => {
  const plan = buildLayoutPlan(arsrapport2013);
  let converted = new Map<string, Buffer>();

  beforeAll(async () => {
    const template = await writeTemplate(arsrapport2013);
    const inputs = await Promise.all(SAMPLES.map(async (name) => [name, await filled(template, samples[name]?.() as PayloadV1)] as const));
    converted = await recalculated(new Map(inputs));
  }, 250_000);

  it.each(SAMPLES)('computes what computeAll computes after recalculating: %s', async (name) => {
    const payload = samples[name]?.() as PayloadV1;
    const { workbook } = await open(converted.get(name) ?? Buffer.alloc(0));
    const sheet = (sheetName: string, address: string): unknown => {
      const cell = workbook.getWorksheet(sheetName)?.getCell(address);
      return cell ? readCellValue(cell).value : undefined;
    };
    const compared = outsideTextTotals(comparisons(arsrapport2013, plan, payload, sheet));
    expect(compared.length).toBeGreaterThanOrEqual(20);
    expect(compared.filter((c) => c.sheet !== c.domain)).toEqual([]);
  });

  it.each(SAMPLES)('keeps names and tables, so the saved file reads back the same: %s', async (name) => {
    const result = await readXlsx(converted.get(name) ?? Buffer.alloc(0));
    expect(result.ok && result.payload).toEqual(withoutEmpty(samples[name]?.() as PayloadV1));
  });
});
