/**
 * Changes to a sheet's structure, with what Excel does to everything that points into it: inserted rows
 * push cells, names, tables, merges, validations and conditional formats down and widen the ranges they
 * fall into; deleted rows turn what pointed at them into #REF!; a moved block takes the references to its
 * cells along. Formulas are rewritten in their text, as Excel rewrites them.
 */
import { mapReferences, renameSheetReferences, shiftFormula, type CellReference, type Reference } from '../../report/layout/formula-references';
import { cellKey, findSheet, isFormula, parseCellKey, type CellModel, type Rect, type SheetModel, type WorkbookModel } from './model';

interface Transform {
  /** The new place of a range of the changed sheet; undefined when it is gone. */
  rect(rect: Rect): Rect | undefined;
  /** The new place of a cell of the changed sheet's content; undefined when it is gone. */
  cell(row: number, column: number): { row: number; column: number } | undefined;
}

function rewriteFormulas(workbook: WorkbookModel, changed: SheetModel, map: (reference: Reference) => Reference | undefined): void {
  for (const sheet of workbook.sheets) {
    const rewrite = (formula: string): string =>
      mapReferences(formula, (reference) => {
        const target = reference.sheet === undefined ? sheet : findSheet(workbook, reference.sheet);
        return target === changed ? map(reference) : reference;
      });
    for (const cell of sheet.cells.values()) {
      if (isFormula(cell.content)) cell.content = { formula: rewrite(cell.content.formula) };
    }
    for (const format of sheet.conditionalFormats) format.formula = rewrite(format.formula);
    for (const table of sheet.tables) {
      for (const [column, formula] of table.calculated) table.calculated.set(column, rewrite(formula));
    }
  }
}

function referenceRect(reference: Reference): Rect {
  const end = reference.end ?? reference.start;
  return { top: reference.start.row, left: reference.start.column, bottom: end.row, right: end.column };
}

function withRect(reference: Reference, rect: Rect): Reference {
  const corner = (from: CellReference, row: number, column: number): CellReference => ({ ...from, row, column });
  return {
    ...reference,
    start: corner(reference.start, rect.top, rect.left),
    ...(reference.end ? { end: corner(reference.end, rect.bottom, rect.right) } : {}),
  };
}

function apply(workbook: WorkbookModel, sheet: SheetModel, transform: Transform): void {
  const cells = new Map<string, CellModel>();
  for (const [key, cell] of sheet.cells) {
    const { row, column } = parseCellKey(key);
    const to = transform.cell(row, column);
    if (to) cells.set(cellKey(to.row, to.column), cell);
  }
  sheet.cells = cells;
  const rects = <T extends { rect: Rect }>(items: T[]): T[] =>
    items.flatMap((item) => {
      const rect = transform.rect(item.rect);
      return rect ? [{ ...item, rect }] : [];
    });
  sheet.merges = sheet.merges.flatMap((m) => transform.rect(m) ?? []);
  sheet.validations = rects(sheet.validations);
  sheet.conditionalFormats = rects(sheet.conditionalFormats);
  sheet.tables = rects(sheet.tables);
  for (const name of workbook.names) {
    const { target } = name;
    if ('error' in target || target.sheetId !== sheet.id) continue;
    const rect = transform.rect(target.rect);
    name.target = rect ? { sheetId: sheet.id, rect } : { error: '#REF!' };
  }
  rewriteFormulas(workbook, sheet, (reference) => {
    const rect = transform.rect(referenceRect(reference));
    return rect && withRect(reference, rect);
  });
}

function shiftRows<T>(map: Map<number, T>, from: number, by: number, drop?: (row: number) => boolean): Map<number, T> {
  return new Map([...map].flatMap(([row, value]) => (drop?.(row) ? [] : [[row >= from ? row + by : row, value] as const])));
}

/** Inserts `count` empty rows above row `at`. */
export function insertRows(workbook: WorkbookModel, sheet: SheetModel, at: number, count: number): void {
  const move = (row: number): number => (row >= at ? row + count : row);
  apply(workbook, sheet, {
    cell: (row, column) => ({ row: move(row), column }),
    rect: (r) => ({ ...r, top: move(r.top), bottom: move(r.bottom) }),
  });
  sheet.rowHeights = shiftRows(sheet.rowHeights, at, count);
  sheet.page.breaks = sheet.page.breaks.map(move);
}

/** Deletes rows `at` to `at + count - 1`. */
export function deleteRows(workbook: WorkbookModel, sheet: SheetModel, at: number, count: number): void {
  const last = at + count - 1;
  const gone = (row: number): boolean => row >= at && row <= last;
  const move = (row: number): number => (row > last ? row - count : row);
  apply(workbook, sheet, {
    cell: (row, column) => (gone(row) ? undefined : { row: move(row), column }),
    rect: (r) => {
      const top = gone(r.top) ? at : move(r.top);
      const bottom = gone(r.bottom) ? at - 1 : move(r.bottom);
      return bottom < top ? undefined : { ...r, top, bottom };
    },
  });
  sheet.rowHeights = shiftRows(sheet.rowHeights, last + 1, -count, gone);
  sheet.page.breaks = sheet.page.breaks.filter((row) => !gone(row)).map(move);
}

/** Cut and paste: the block `from` moves so its top-left cell is at `row`, `column`; what was there is replaced. */
export function moveBlock(workbook: WorkbookModel, sheet: SheetModel, from: Rect, row: number, column: number): void {
  const dRows = row - from.top;
  const dColumns = column - from.left;
  const inside = (r: number, c: number): boolean => r >= from.top && r <= from.bottom && c >= from.left && c <= from.right;
  const target = { top: from.top + dRows, left: from.left + dColumns, bottom: from.bottom + dRows, right: from.right + dColumns };
  const covered = (r: number, c: number): boolean => !inside(r, c) && r >= target.top && r <= target.bottom && c >= target.left && c <= target.right;
  apply(workbook, sheet, {
    cell: (r, c) => (inside(r, c) ? { row: r + dRows, column: c + dColumns } : covered(r, c) ? undefined : { row: r, column: c }),
    rect: (r) => {
      const whole = inside(r.top, r.left) && inside(r.bottom, r.right);
      return whole ? { top: r.top + dRows, left: r.left + dColumns, bottom: r.bottom + dRows, right: r.right + dColumns } : r;
    },
  });
}

/** Renames a sheet; formulas that name it follow, as in Excel. */
export function renameSheet(workbook: WorkbookModel, sheet: SheetModel, name: string): void {
  const renames = new Map([[sheet.name, name]]);
  for (const s of workbook.sheets) {
    for (const cell of s.cells.values()) {
      if (isFormula(cell.content)) cell.content = { formula: renameSheetReferences(cell.content.formula, renames) };
    }
    for (const format of s.conditionalFormats) format.formula = renameSheetReferences(format.formula, renames);
  }
  sheet.name = name;
}

/** The formula as it reads when filled from its cell into one `rows` further down (relative references move). */
export function fillFormula(formula: string, rows: number): string {
  return shiftFormula(formula, rows, 0);
}
