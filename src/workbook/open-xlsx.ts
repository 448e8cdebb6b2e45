/**
 * Opens .xlsx bytes that may come from anyone (the server accepts uploads). The package is unpacked
 * with limits before ExcelJS sees it, and ExcelJS then gets exactly the bytes that were checked,
 * repacked, with table parts it can load. Bad input gives a reason and a Norwegian message, never an
 * exception or a hang.
 */
import { Workbook } from 'exceljs';
import { simplifyTablePart } from './table-part';
import { mapWorkbook, type WorkbookMap } from './workbook-map';
import { readZip, type ZipEntry, type ZipLimits } from './zip-read';
import { writeZip } from './zip-write';

export type OpenFailure = {
  readonly ok: false;
  readonly reason: 'ikkeArbeidsbok' | 'forStor';
  readonly message: string;
};

export type OpenedXlsx = { readonly ok: true; readonly workbook: Workbook; readonly map: WorkbookMap } | OpenFailure;

const MB = 1024 * 1024;

/** A filled report is well under 1 MB; these limits leave room for pictures and still stop bombs. */
export const XLSX_LIMITS: ZipLimits & { readonly maxBytes: number } = {
  maxBytes: 20 * MB,
  maxEntries: 2000,
  maxTotalBytes: 50 * MB,
  maxRatio: 200,
  ratioFloor: MB,
};

// An OLE compound file: the old .xls format, or an .xlsx that is encrypted with a password.
const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

const fail = (reason: OpenFailure['reason'], message: string): OpenFailure => ({ ok: false, reason, message });

const failures = {
  forStor: fail(
    'forStor',
    'Filen er for stor (høyst 20 MB, og høyst 50 MB når den er pakket ut). Last opp selve rapporten uten bilder eller vedlegg.',
  ),
  ole: fail(
    'ikkeArbeidsbok',
    'Filen er passordbeskyttet eller lagret i det gamle .xls-formatet. Fjern passordet eller lagre den som .xlsx i Excel, og prøv igjen.',
  ),
  notWorkbook: fail(
    'ikkeArbeidsbok',
    'Filen er ikke en Excel-arbeidsbok (.xlsx). Last opp rapporten slik du lagret den fra Excel, som .xlsx.',
  ),
  unreadable: fail(
    'ikkeArbeidsbok',
    'Filen kunne ikke leses som en Excel-arbeidsbok. Åpne den i Excel, lagre den på nytt som .xlsx og prøv igjen.',
  ),
} as const;

const TABLE_PART = /^xl\/tables\/[^/]+\.xml$/;

function forExcelJs(entries: readonly ZipEntry[]): Buffer {
  return writeZip(
    entries.map((e) => (TABLE_PART.test(e.name) ? { name: e.name, data: Buffer.from(simplifyTablePart(e.data.toString('utf8'))) } : e)),
    false,
  );
}

export async function openXlsx(bytes: Uint8Array): Promise<OpenedXlsx> {
  if (bytes.length > XLSX_LIMITS.maxBytes) return failures.forStor;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.subarray(0, OLE_SIGNATURE.length).equals(OLE_SIGNATURE)) return failures.ole;
  const zip = await readZip(buffer, XLSX_LIMITS);
  if (!zip.ok) return zip.problem === 'forStor' ? failures.forStor : failures.notWorkbook;
  const map = mapWorkbook(zip.entries);
  if (!map) return failures.notWorkbook;
  const workbook = new Workbook();
  try {
    // ExcelJS types its input as its own `Buffer extends ArrayBuffer`; at run time it takes Node's Buffer.
    await workbook.xlsx.load(forExcelJs(zip.entries) as unknown as ArrayBuffer);
  } catch {
    // ExcelJS throws on parts it does not understand; to the user that is a file we cannot read.
    return failures.unreadable;
  }
  return { ok: true, workbook, map };
}
