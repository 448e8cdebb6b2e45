/**
 * LibreOffice in the tests: it opens .xlsx files, recalculates every formula and saves them again.
 * CI must run these tests (reviewers open the template in LibreOffice), so they fail there when soffice
 * is missing and are skipped elsewhere with a message.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';

export const soffice = (process.env.PATH ?? '')
  .split(delimiter)
  .map((dir) => join(dir, 'soffice'))
  .find((path) => existsSync(path));

// LibreOffice keeps the cached results of an .xlsx unless told to recalculate on load.
const RECALCULATE_ON_LOAD = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** `describe` that runs where soffice is, fails in CI where it is not, and is skipped elsewhere. */
export function describeWithLibreOffice(name: string, body: () => void): void {
  if (!soffice && process.env.CI === 'true') {
    it(`${name}: soffice is installed in CI`, () => {
      throw new Error('soffice mangler. Installer LibreOffice i CI: apt-get install -y libreoffice-calc-nogui');
    });
  }
  (soffice ? describe : describe.skip)(soffice ? name : `${name} (hoppet over: soffice mangler; installer libreoffice-calc-nogui)`, body);
}

/** The files opened, recalculated and saved again by LibreOffice, in one run of soffice, by name. */
export async function recalculated(files: ReadonlyMap<string, Uint8Array>): Promise<Map<string, Buffer>> {
  const dir = await mkdtemp(join(tmpdir(), 'boso-lo-'));
  try {
    await mkdir(join(dir, 'profile', 'user'), { recursive: true });
    await mkdir(join(dir, 'out'));
    await writeFile(join(dir, 'profile', 'user', 'registrymodifications.xcu'), RECALCULATE_ON_LOAD);
    const inputs = await Promise.all(
      [...files].map(async ([name, bytes]) => {
        const path = join(dir, `${name}.xlsx`);
        await writeFile(path, bytes);
        return path;
      }),
    );
    await promisify(execFile)(
      soffice ?? 'soffice',
      [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'xlsx', '--outdir', join(dir, 'out'), ...inputs],
      { timeout: 240_000 },
    );
    const out = new Map<string, Buffer>();
    for (const name of files.keys()) out.set(name, await readFile(join(dir, 'out', `${name}.xlsx`)));
    return out;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
