import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { PayloadV1 } from '../report/payload';
import { parsePayload } from '../report/parse-payload';
import type { Template } from '../report/template';
import { readXlsx } from '../workbook/read-xlsx';

export type LoadedReport =
  | {
      readonly ok: true;
      readonly template: Template;
      readonly payload: PayloadV1;
      /** Cell addresses by field id, when the report came from a workbook. */
      readonly addresses: Readonly<Record<string, string>>;
    }
  | { readonly ok: false; readonly message: string };

async function readBytes(path: string): Promise<Buffer | string> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return `Fant ikke filen ${path}. Sjekk navnet og mappen.`;
    if (code === 'EISDIR') return `${path} er en mappe. Oppgi en .xlsx- eller .json-fil.`;
    return `Kunne ikke lese ${path} (${code ?? 'ukjent feil'}).`;
  }
}

function loadJson(path: string, bytes: Buffer): LoadedReport {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    return { ok: false, message: `${path} er ikke gyldig JSON. Eksporter rapporten på nytt med «boso export».` };
  }
  const parsed = parsePayload(json);
  if (!parsed.ok) {
    const problems = parsed.problems.map((p) => `  ${p.path || '(rot)'}: ${p.message}`).join('\n');
    return { ok: false, message: `${path} er ikke en rapport etter malen:\n${problems}` };
  }
  return { ok: true, template: parsed.template, payload: parsed.payload, addresses: {} };
}

/** A filled template (.xlsx) or a payload v1 (.json), or why it cannot be read as one. */
export async function loadReport(path: string): Promise<LoadedReport> {
  const bytes = await readBytes(path);
  if (typeof bytes === 'string') return { ok: false, message: bytes };
  const looksLikeZip = bytes.subarray(0, 2).toString('latin1') === 'PK';
  if (extname(path).toLowerCase() === '.json' || (!looksLikeZip && bytes.subarray(0, 1).toString() === '{')) {
    return loadJson(path, bytes);
  }
  const read = await readXlsx(bytes);
  if (!read.ok) return { ok: false, message: `${path}: ${read.message}` };
  return { ok: true, template: read.template, payload: read.payload, addresses: read.addresses };
}
