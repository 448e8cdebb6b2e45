/**
 * LibreOffice opens the filled .xlsx, recalculates every formula and saves it again; the results must be
 * what `computeAll` computes, and the saved file must read back to the same payload. Reviewers open the
 * template in LibreOffice, so CI must run this: it fails there when soffice is missing.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { buildLayoutPlan } from '../../src/report/layout/build-plan';
import type { PayloadV1 } from '../../src/report/payload';
import { arsrapport2013 } from '../../src/report/templates/arsrapport-2013';
import { readCellValue } from '../../src/workbook/cell-value';
import { readXlsx } from '../../src/workbook/read-xlsx';
import { writeTemplate } from '../../src/workbook/write-template';
import { comparisons, outsideTextTotals } from '../layout/computed-cells';
import { samples } from '../layout/samples';
import { filled, open, withoutEmpty } from './fill';

const soffice = (process.env.PATH ?? '')
  .split(delimiter)
  .map((dir) => join(dir, 'soffice'))
  .find((path) => existsSync(path));

// LibreOffice keeps the cached results of an .xlsx unless told to recalculate on load.
const RECALCULATE_ON_LOAD = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

const SAMPLES = ['full', 'workedRow', 'ore', 'negativeAndText'];

if (!soffice && process.env.CI === 'true') {
  it('LibreOffice: soffice is installed in CI', () => {
    throw new Error('soffice mangler. Installer LibreOffice i CI: apt-get install -y libreoffice-calc-nogui');
  });
}

(soffice ? describe : describe.skip)(
  soffice ? 'LibreOffice' : 'LibreOffice (hoppet over: soffice mangler; installer libreoffice-calc-nogui)',
  () => {
    const plan = buildLayoutPlan(arsrapport2013);
    const converted = new Map<string, Buffer>();
    let dir = '';

    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'boso-lo-'));
      await mkdir(join(dir, 'profile', 'user'), { recursive: true });
      await mkdir(join(dir, 'out'));
      await writeFile(join(dir, 'profile', 'user', 'registrymodifications.xcu'), RECALCULATE_ON_LOAD);
      const template = await writeTemplate(arsrapport2013);
      const inputs = await Promise.all(
        SAMPLES.map(async (name) => {
          const path = join(dir, `${name}.xlsx`);
          await writeFile(path, await filled(template, samples[name]?.() as PayloadV1));
          return path;
        }),
      );
      const profile = `file://${join(dir, 'profile')}`;
      await promisify(execFile)(
        soffice ?? 'soffice',
        [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'xlsx', '--outdir', join(dir, 'out'), ...inputs],
        { timeout: 150_000 },
      );
      for (const name of SAMPLES) converted.set(name, await readFile(join(dir, 'out', `${name}.xlsx`)));
    }, 180_000);

    afterAll(async () => {
      if (dir) await rm(dir, { recursive: true, force: true });
    });

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
  },
);
