import { Workbook } from 'exceljs';
import { arsrapport2013 } from '../../src/report/templates/arsrapport-2013';
import { readXlsx } from '../../src/workbook/read-xlsx';
import { writeTemplate } from '../../src/workbook/write-template';
import { writeZip } from '../../src/workbook/zip-write';
import { open, save, setField } from './fill';

const MB = 1024 * 1024;

async function reasonOf(bytes: Uint8Array): Promise<string> {
  const result = await readXlsx(bytes);
  if (result.ok) return 'ok';
  expect(result.message).toMatch(/\.$/);
  return result.reason;
}

/** A zip whose headers say each entry inflates to `declared` bytes, whatever it really holds. */
function lyingZip(data: Buffer, declared: number): Buffer {
  const zip = writeZip([{ name: 'xl/workbook.xml', data }], true);
  // Uncompressed size: offset 22 in the local header, 24 in the central directory header.
  zip.writeUInt32LE(declared, 22);
  zip.writeUInt32LE(declared, zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 24);
  return zip;
}

describe('readXlsx: files that are not a filled template', () => {
  it('refuses a zip bomb that says how large it is', async () => {
    expect(await reasonOf(writeZip([{ name: 'xl/workbook.xml', data: Buffer.alloc(60 * MB) }], true))).toBe('forStor');
  });

  it('refuses an entry compressed far beyond what a workbook compresses', async () => {
    expect(await reasonOf(writeZip([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(8 * MB, 'a') }], true))).toBe('forStor');
  });

  it('refuses a zip bomb whose headers lie about its size', async () => {
    const bomb = lyingZip(Buffer.alloc(80 * MB), 1000);
    expect(['forStor', 'ikkeArbeidsbok']).toContain(await reasonOf(bomb));
  });

  it('refuses a zip with too many entries', async () => {
    const entries = Array.from({ length: 2001 }, (_, i) => ({ name: `xl/media/${i}.txt`, data: Buffer.from('x') }));
    expect(await reasonOf(writeZip(entries, false))).toBe('forStor');
  });

  it('refuses a file larger than an upload may be', async () => {
    expect(await reasonOf(Buffer.alloc(21 * MB))).toBe('forStor');
  });

  it.each([
    ['empty', Buffer.alloc(0)],
    ['random bytes', Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 251))],
    ['text', Buffer.from('Kommunenummer;0502\n')],
    ['an old .xls or an encrypted .xlsx', Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(600)])],
    ['a .docx', writeZip([{ name: 'word/document.xml', data: Buffer.from('<w:document/>') }], true)],
  ])('refuses %s as not a workbook', async (_name, bytes) => {
    expect(await reasonOf(bytes)).toBe('ikkeArbeidsbok');
  });

  it('refuses a cut-off .xlsx as not a workbook', async () => {
    expect(await reasonOf((await writeTemplate(arsrapport2013)).subarray(0, 9000))).toBe('ikkeArbeidsbok');
  });

  it('refuses a workbook that was not made from the template', async () => {
    const workbook = new Workbook();
    workbook.addWorksheet('Ark1').getCell('A1').value = 'Kommunenummer';
    expect(await reasonOf(await save(workbook))).toBe('ikkeMal');
  });

  it('refuses a template version it does not know', async () => {
    const opened = await open(await writeTemplate(arsrapport2013));
    setField(opened, 'mal_versjon', '1999');
    const result = await readXlsx(await save(opened.workbook));
    expect(result.ok ? 'ok' : result.reason).toBe('ukjentMal');
    expect(result.ok ? '' : result.message).toContain('1999');
  });
});
