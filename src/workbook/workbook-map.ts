/**
 * Where things are in an .xlsx package, read from its own parts: the sheets, the workbook-scoped
 * defined names and the tables with the sheet each sits on. Readers find cells through this map, never
 * by position.
 */
import { parseSheetAddress } from '../report/layout/a1';
import { parseTablePart, type TablePart } from './table-part';
import { elements, prefixedAttribute, unescapeXml } from './xml';
import type { ZipEntry } from './zip-read';

export interface SheetCell {
  readonly sheet: string;
  readonly address: string;
}

export interface WorkbookMap {
  readonly sheets: readonly string[];
  /** Workbook-scoped names of single cells. */
  readonly names: ReadonlyMap<string, SheetCell>;
  readonly tables: ReadonlyMap<string, { readonly sheet: string; readonly part: TablePart }>;
}

export const WORKBOOK_PART = 'xl/workbook.xml';

function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const segments = fromPart.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.') segments.push(segment);
  }
  return segments.join('/');
}

/** Relationship id → target part of a part's relationships, optionally only those of one type. */
function relationships(text: (path: string) => string | undefined, part: string, type?: string): Map<string, string> {
  const rels = elements(text(relsPathOf(part)) ?? '', 'Relationship');
  return new Map(
    rels
      .filter((r) => type === undefined || (r.attributes.Type ?? '').endsWith(`/${type}`))
      .flatMap((r) => {
        const { Id, Target } = r.attributes;
        return Id === undefined || Target === undefined ? [] : [[Id, resolveTarget(part, Target)] as const];
      }),
  );
}

/** The map of a package, or undefined when it holds no workbook (a .docx, say). */
export function mapWorkbook(entries: readonly ZipEntry[]): WorkbookMap | undefined {
  const byName = new Map(entries.map((e) => [e.name, e.data]));
  const text = (path: string): string | undefined => byName.get(path)?.toString('utf8');
  const workbook = text(WORKBOOK_PART);
  if (workbook === undefined) return undefined;

  const sheetParts = relationships(text, WORKBOOK_PART);
  const sheets = elements(workbook, 'sheet').flatMap((s) => {
    const name = s.attributes.name;
    const part = sheetParts.get(prefixedAttribute(s.attributes, 'id') ?? '');
    return name === undefined ? [] : [{ name, part }];
  });

  const names = new Map<string, SheetCell>();
  for (const definedName of elements(workbook, 'definedName')) {
    const { name, localSheetId } = definedName.attributes;
    const cell = parseSheetAddress(unescapeXml(definedName.inner));
    if (name !== undefined && localSheetId === undefined && cell) names.set(name, cell);
  }

  const tables = new Map<string, { sheet: string; part: TablePart }>();
  for (const sheet of sheets) {
    if (sheet.part === undefined) continue;
    for (const tablePath of relationships(text, sheet.part, 'table').values()) {
      const part = parseTablePart(text(tablePath) ?? '');
      if (part) tables.set(part.name, { sheet: sheet.name, part });
    }
  }
  return { sheets: sheets.map((s) => s.name), names, tables };
}
