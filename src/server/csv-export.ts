/**
 * The analysts' export: one row per report (the latest version of each municipality, bydel and year),
 * every numeric field and every computed total as a column headed by its id. Written the way
 * Norwegian Excel opens it without an import dialogue: UTF-8 with BOM (æøå), `;` between cells,
 * decimal comma, CRLF.
 */
import { computeAll, isNumericKind } from '../report/compute';
import { inputFields } from '../report/fields';
import { parseNumber } from '../report/numbers';
import type { PayloadV1 } from '../report/payload';
import type { CellValue } from '../report/values';
import type { Template } from '../report/template';
import { findTemplate } from '../report/templates';
import type { SubmissionWithPayload } from './storage/store';

type Cell = string | number | null;

interface Column {
  readonly header: string;
  readonly cell: (report: SubmissionWithPayload, computed: ReadonlyMap<string, number | null>) => Cell;
}

const EMPTY_PAYLOAD: Omit<PayloadV1, 'template'> = { values: {}, tables: {} };

/** Computed values by dotted path (`h11.sum.status0101`, `okonomi.total.budsjett`); table rows are left out. */
function flatten(value: unknown, path: string, into: Map<string, number | null>): Map<string, number | null> {
  if (value === null || typeof value === 'number') into.set(path, value);
  else if (typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) flatten(inner, path === '' ? key : `${path}.${key}`, into);
  }
  return into;
}

const computedOf = (template: Template, payload: PayloadV1) => flatten(computeAll(template, payload), '', new Map());

function numberOf(payload: PayloadV1, id: string): number | null {
  const parsed = parseNumber(payload.values[id]);
  return parsed.ok ? parsed.value : null;
}

function columnsOf(template: Template): readonly Column[] {
  const ref = { id: template.id, version: template.version };
  return [
    { header: 'kommunenummer', cell: (r) => r.key.kommunenummer },
    { header: 'kommunenavn', cell: (r) => textOf(r.payload.values.kommunenavn) },
    { header: 'bydel', cell: (r) => r.key.bydel },
    { header: 'ar', cell: (r) => r.key.ar },
    { header: 'versjon', cell: (r) => r.versjon },
    { header: 'mottatt', cell: (r) => r.mottatt.toISOString() },
    { header: 'id', cell: (r) => r.id },
    ...inputFields(template)
      .filter((f) => isNumericKind(f.kind))
      .map((f): Column => ({ header: f.id, cell: (r) => numberOf(r.payload, f.id) })),
    ...[...computedOf(template, { template: ref, ...EMPTY_PAYLOAD }).keys()].map(
      (path): Column => ({ header: path, cell: (_r, computed) => computed.get(path) ?? null }),
    ),
  ];
}

const textOf = (value: CellValue | undefined): string => (value === undefined || value === null ? '' : String(value));

/** Plain digits with a decimal comma, no grouping and an ASCII minus (values are below 1e12: no exponent). */
export const csvNumber = (value: number): string => String(value).replace('.', ',');

/** A text cell, quoted when needed; text that Excel would run as a formula is defused with a leading '. */
export function csvText(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const csvCell = (cell: Cell): string => (cell === null ? '' : typeof cell === 'number' ? csvNumber(cell) : csvText(cell));
const csvLine = (cells: readonly Cell[]): string => `${cells.map(csvCell).join(';')}\r\n`;

export function exportCsv(reports: readonly SubmissionWithPayload[], fallback: Template): string {
  const templates = new Map<string, Template>();
  for (const r of reports) {
    const template = findTemplate(r.template.id, r.template.version);
    if (template) templates.set(`${template.id}@${template.version}`, template);
  }
  if (templates.size === 0) templates.set('', fallback);
  // One header for all: a column a report's template lacks stays empty in its row.
  const columns = [...new Map([...templates.values()].flatMap(columnsOf).map((c) => [c.header, c])).values()];
  const rows = reports.map((r) => {
    const template = findTemplate(r.template.id, r.template.version) ?? fallback;
    const computed = computedOf(template, r.payload);
    return csvLine(columns.map((c) => c.cell(r, computed)));
  });
  return `\uFEFF${csvLine(columns.map((c) => c.header))}${rows.join('')}`;
}
