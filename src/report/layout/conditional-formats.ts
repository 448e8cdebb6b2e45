/**
 * The rule catalogue's sheet forms as conditional formats of a layout plan. Each place a rule applies to
 * gives a condition over its cells; the condition is written with references that are relative on an
 * axis where all the place's marked cells share the referenced cell's row or column, and absolute
 * otherwise. Cells whose condition then reads the same relative to the cell (the same R1C1 formula) are
 * merged into rectangles, so a rule over a grid or a table column is one format per block of cells,
 * not one per cell. Nothing here knows a rule id: the catalogue and the kinds' sheet forms say it all.
 */
import { sectionOfField } from '../fields';
import { parseTableCell } from '../findings';
import { sheetForms } from '../rules/kinds';
import type { RuleDef, RuleKind, RuleOf } from '../rules/definitions';
import type { MarkPlace, SheetForm } from '../rules/sheet-form';
import { viewsOf, type TemplateViews } from '../rules/template-views';
import type { TableDef, Template } from '../template';
import type { Severity } from '../values';
import { columnLetters, parseAddress, quoteSheetName, rangeAddress } from './a1';
import { fieldCell, findTablePlan, tableCellAddress, type PlanCells } from './lookup';
import { rectangles } from './rectangles';
import type { ConditionalFormatPlan } from './plan';

interface Located {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
}

interface RuleMarks {
  readonly rule: RuleDef;
  readonly places: readonly MarkPlace[];
}

function placesOf<K extends RuleKind>(rule: RuleOf<K>, views: TemplateViews, rowsOf: (table: TableDef) => readonly number[]): readonly MarkPlace[] | undefined {
  const form: SheetForm<K> = sheetForms[rule.kind];
  return 'marks' in form ? form.marks(rule, views, rowsOf) : undefined;
}

function marksOf(template: Template, rowsOf: (table: TableDef) => readonly number[]): RuleMarks[] {
  const views = viewsOf(template);
  return template.rules.flatMap((rule) => {
    const places = placesOf(rule, views, rowsOf);
    return places ? [{ rule, places }] : [];
  });
}

/** The sections that hold a marked cell: they get a legend. */
export function markedSections(template: Template): ReadonlySet<string> {
  const cells = marksOf(template, () => [0]).flatMap((m) => m.places.flatMap((p) => p.cells));
  return new Set(cells.flatMap((cell) => sectionOfField(template, cell) ?? []));
}

/** Where each cell a finding can name is in the plan: fields by their names, table cells by row and column. */
function locator(plan: PlanCells): (cell: string) => Located | undefined {
  const located = (sheet: string, address: string): Located | undefined => {
    const position = parseAddress(address);
    return position && { sheet, row: position.row, column: position.column };
  };
  const known = new Map<string, Located | undefined>();
  return (cell) => {
    if (known.has(cell)) return known.get(cell);
    const table = parseTableCell(cell);
    const planned = table && findTablePlan(plan, table.table);
    const address = planned && table && tableCellAddress(planned.table, table.row, table.column);
    const named = table ? undefined : fieldCell(plan, cell);
    const found = planned && address ? located(planned.sheet.name, address) : named && located(named.sheet, named.address);
    known.set(cell, found);
    return found;
  };
}

const isLocated = (cells: readonly (Located | undefined)[]): cells is Located[] => cells.every((c) => c !== undefined);

const PLACEHOLDER = /\u0001(\d+)\u0002/g;

/** A reference of the condition, and whether it moves with the marked cell on each axis. */
interface Reference {
  readonly cell: Located;
  readonly rowRelative: boolean;
  readonly columnRelative: boolean;
}

interface Written {
  /** The condition with every reference replaced by a placeholder. */
  readonly text: string;
  readonly references: readonly Reference[];
  readonly targets: readonly Located[];
}

/** The place written out, or undefined when the layout lacks one of its cells (as a template may lack a field its catalogue names). */
function write(locate: (cell: string) => Located | undefined, place: MarkPlace): Written | undefined {
  const targets = place.cells.map(locate);
  const cells: (Located | undefined)[] = [];
  const text = place.condition((cell) => {
    cells.push(locate(cell));
    return `\u0001${cells.length - 1}\u0002`;
  });
  if (!isLocated(targets) || !isLocated(cells)) return undefined;
  const references = cells.map((cell) => ({
    cell,
    rowRelative: targets.every((t) => t.sheet === cell.sheet && t.row === cell.row),
    columnRelative: targets.every((t) => t.sheet === cell.sheet && t.column === cell.column),
  }));
  return { text, references, targets };
}

const withReferences = (written: Written, write: (reference: Reference) => string): string =>
  written.text.replace(PLACEHOLDER, (_, index: string) => write(written.references[Number(index)] as Reference));

/** The condition as it reads from any of the place's cells (R1C1): places that read alike share a format. */
function groupKey(written: Written): string {
  return withReferences(written, ({ cell, rowRelative, columnRelative }) => `${cell.sheet}!R${rowRelative ? '[0]' : cell.row}C${columnRelative ? '[0]' : cell.column}`);
}

/** The condition as Excel reads it in `anchor`, the top-left cell of a format's range (A1). */
function formulaAt(written: Written, anchor: Located): string {
  return withReferences(written, ({ cell, rowRelative, columnRelative }) => {
    const column = columnRelative ? columnLetters(anchor.column) : `$${columnLetters(cell.column)}`;
    const row = rowRelative ? String(anchor.row) : `$${cell.row}`;
    return `${cell.sheet === anchor.sheet ? '' : `${quoteSheetName(cell.sheet)}!`}${column}${row}`;
  });
}

const SEVERITY_ORDER: readonly Severity[] = ['feil', 'advarsel'];

/** Every sheet's conditional formats, by sheet name, feil before advarsel and in catalogue order within. */
export function conditionalFormats(template: Template, plan: PlanCells): ReadonlyMap<string, readonly ConditionalFormatPlan[]> {
  const rowsOf = (table: TableDef): readonly number[] => {
    const planned = findTablePlan(plan, table.id)?.table;
    return planned ? Array.from({ length: planned.lastDataRow - planned.firstDataRow + 1 }, (_, i) => i) : [];
  };
  const locate = locator(plan);
  const groups = new Map<string, { rule: RuleDef; sheet: string; written: Written; cells: Located[] }>();
  for (const { rule, places } of marksOf(template, rowsOf)) {
    for (const place of places) {
      const written = write(locate, place);
      if (!written) continue;
      // The references' relative axes are the place's, so the condition reads the same from each of its cells.
      const condition = groupKey(written);
      for (const sheet of new Set(written.targets.map((t) => t.sheet))) {
        const key = `${rule.severity}|${rule.id}|${sheet}|${condition}`;
        const group = groups.get(key) ?? { rule, sheet, written, cells: [] };
        group.cells.push(...written.targets.filter((t) => t.sheet === sheet));
        groups.set(key, group);
      }
    }
  }
  const bySheet = new Map<string, ConditionalFormatPlan[]>();
  const ordered = [...groups.values()].sort(
    (a, b) => SEVERITY_ORDER.indexOf(a.rule.severity) - SEVERITY_ORDER.indexOf(b.rule.severity),
  );
  for (const { rule, sheet, written, cells } of ordered) {
    for (const rectangle of rectangles(cells)) {
      const anchor = { sheet, row: rectangle.top, column: rectangle.left };
      const formats = bySheet.get(sheet) ?? [];
      formats.push({ rule: rule.id, severity: rule.severity, range: rangeAddress(rectangle), formula: formulaAt(written, anchor) });
      bySheet.set(sheet, formats);
    }
  }
  return bySheet;
}
