/**
 * The analysts' columns, written once for the CSV, the workbook export and the national totals: who
 * reported, then every numeric field and every computed total of the template. A column has the id the
 * CSV heads it with (a field id, or a computed value's path in the validation result such as
 * `h11.sum.status0101`), the title the workbook heads it with (the form's own words), and what it holds.
 */
import { computeAll, isNumericKind } from '../report/compute';
import { grids, inputFields } from '../report/fields';
import { parseNumber } from '../report/numbers';
import type { PayloadV1 } from '../report/payload';
import { perTemplate } from '../report/per-template';
import { cellTitle } from '../report/cell-title';
import { labelsFor } from '../report/rules/labels';
import type { Template } from '../report/template';
import { findTemplate } from '../report/templates';
import type { CellValue } from '../report/values';
import type { SubmissionWithPayload } from './storage/store';

export type ExportCell = string | number | Date | null;

/** What a column holds: text (kept as text, e.g. `0301`), a plain whole number (a year), a count, an amount in kroner, a time. */
export type ColumnKind = 'tekst' | 'heltall' | 'antall' | 'kroner' | 'tidspunkt';

export interface ExportColumn {
  readonly id: string;
  /** The cell it holds, named as findings name cells (`h11_sum_status0101` for `h11.sum.status0101`). */
  readonly cellId: string;
  readonly title: string;
  readonly kind: ColumnKind;
  readonly cell: (report: SubmissionWithPayload, computed: ReadonlyMap<string, number | null>) => ExportCell;
}

/** Computed values by dotted path (`h11.sum.status0101`, `okonomi.total.budsjett`); table rows are left out. */
function flatten(value: unknown, path: string, into: Map<string, number | null>): Map<string, number | null> {
  if (value === null || typeof value === 'number') into.set(path, value);
  else if (typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) flatten(inner, path === '' ? key : `${path}.${key}`, into);
  }
  return into;
}

export const computedOf = (template: Template, payload: PayloadV1): Map<string, number | null> =>
  flatten(computeAll(template, payload), '', new Map());

function numberOf(payload: PayloadV1, id: string): number | null {
  const parsed = parseNumber(payload.values[id]);
  return parsed.ok ? parsed.value : null;
}

const textOf = (value: CellValue | undefined): string => (value === undefined || value === null ? '' : String(value));

/**
 * The cell a computed value's path stands for, as labels name cells: a grid's computed row or column
 * (`h11.sum.status0101`, `h11.endring.a` → `h11_sum_status0101`, `h11_a_endring`), a table's total
 * (`okonomi.total.budsjett`), or a computed field (`c1_sum_startlan`).
 */
function cellOfPath(template: Template, path: string): string {
  const [first = '', second = '', third] = path.split('.');
  const grid = grids(template).find((g) => g.id === first);
  if (grid === undefined || third === undefined) return path;
  return grid.rows.some((r) => r.id === second) ? `${grid.id}_${second}_${third}` : `${grid.id}_${third}_${second}`;
}

/** Every computed value is a count, but for the tables' amounts. */
const computedKind = (path: string): ColumnKind => (/^[a-z0-9_]+\.total\./.test(path) ? 'kroner' : 'antall');

const emptyPayload = (template: Template): PayloadV1 => ({ template: { id: template.id, version: template.version }, values: {}, tables: {} });

/** Which report a row is. */
const WHO: readonly Omit<ExportColumn, 'cellId'>[] = [
  { id: 'kommunenummer', title: 'Kommunenummer', kind: 'tekst', cell: (r) => r.key.kommunenummer },
  { id: 'kommunenavn', title: 'Kommune', kind: 'tekst', cell: (r) => textOf(r.payload.values.kommunenavn) },
  { id: 'bydel', title: 'Bydel', kind: 'tekst', cell: (r) => r.key.bydel },
  { id: 'ar', title: 'Rapporteringsår', kind: 'heltall', cell: (r) => r.key.ar },
  { id: 'versjon', title: 'Versjon', kind: 'heltall', cell: (r) => r.versjon },
  { id: 'mottatt', title: 'Mottatt', kind: 'tidspunkt', cell: (r) => r.mottatt },
  { id: 'id', title: 'Innsendings-id', kind: 'tekst', cell: (r) => r.id },
];

const columnsOfTemplate = perTemplate((template: Template): readonly ExportColumn[] => {
  const labels = labelsFor(template);
  return [
    ...WHO.map((c): ExportColumn => ({ ...c, cellId: c.id })),
    ...inputFields(template)
      .filter((f) => isNumericKind(f.kind))
      .map(
        (f): ExportColumn => ({
          id: f.id,
          cellId: f.id,
          title: cellTitle(labels.cell(f.id)),
          kind: f.kind === 'kroner' ? 'kroner' : 'antall',
          cell: (r) => numberOf(r.payload, f.id),
        }),
      ),
    ...[...computedOf(template, emptyPayload(template)).keys()].map((path): ExportColumn => {
      const cellId = cellOfPath(template, path);
      return { id: path, cellId, title: cellTitle(labels.cell(cellId)), kind: computedKind(path), cell: (_r, computed) => computed.get(path) ?? null };
    }),
  ];
});

/** One row of cells per report, under columns every report's template has a say in. */
export interface ExportTable {
  readonly columns: readonly ExportColumn[];
  readonly rows: readonly (readonly ExportCell[])[];
}

export function exportTable(reports: readonly SubmissionWithPayload[], fallback: Template): ExportTable {
  const templates = new Map<string, Template>();
  for (const r of reports) {
    const template = findTemplate(r.template.id, r.template.version);
    if (template) templates.set(`${template.id}@${template.version}`, template);
  }
  if (templates.size === 0) templates.set('', fallback);
  // One header for all: a column a report's template lacks stays empty in its row.
  const columns = [...new Map([...templates.values()].flatMap(columnsOfTemplate).map((c) => [c.id, c])).values()];
  const rows = reports.map((r) => {
    const template = findTemplate(r.template.id, r.template.version) ?? fallback;
    const computed = computedOf(template, r.payload);
    return columns.map((c) => c.cell(r, computed));
  });
  return { columns, rows };
}
