/** How each kind of template block is laid out on a sheet. Positions follow from the template's data. */
import { isNumericKind, totalColumns } from '../compute';
import { gridFieldId } from '../fields';
import type { Block, CountsDef, FieldDef, GridDef, TableDef } from '../template';
import type { ValueKind } from '../values';
import { cellAddress, columnLetters } from './a1';
import { columnSum, formulaA1, headerText, YEAR_FIELD, yearHeaderFormula } from './formulas';
import { fieldName, tableName } from './names';
import type { ColumnSpec } from './page';
import type { TableColumnPlan } from './plan';
import type { CellContent, SheetBuilder } from './sheet-builder';
import { styles, type StyleName } from './styles';
import { longestWordUnits, widthUnits } from './text-metrics';

export interface LayoutContext {
  /** Values to put into inputs up front, by field id. */
  readonly prefill: Readonly<Record<string, string | number>>;
  readonly year: number | undefined;
}

/** Height of a long-text input: room for about eight lines before the user has to scroll. */
const TEXT_INPUT_HEIGHT = 120;
/** Computed cells of an empty form: every input counts as 0. */
const EMPTY_RESULT = 0;

const inputStyles: Record<ValueKind, StyleName> = {
  antall: 'inputCount',
  kroner: 'inputAmount',
  aar: 'inputYear',
  dato: 'inputDate',
  kommunenummer: 'inputShortText',
  tekst: 'inputShortText',
  beregnet: 'computedAmount',
};

function inputStyle(kind: ValueKind, longText: boolean): StyleName {
  return kind === 'tekst' && longText ? 'inputText' : inputStyles[kind];
}

/** Labels and help texts wrap; below these widths they would wrap to a word a line. */
const LABEL: ColumnSpec = { min: 24, grow: 1 };
const HELP: ColumnSpec = { min: 20, grow: 1 };
/** A grid explains each row in a paragraph: its column gets twice the share, so rows stay short. */
const ROW_HELP: ColumnSpec = { min: 20, grow: 2 };
/** Names, e-mail addresses and phone numbers: the widest column of a list of fields. */
const FIELD_INPUT: ColumnSpec = { min: 24, grow: 2 };
/** A text input grows with the page; it needs the width of a few words. */
const TEXT_INPUT_MIN = 12;
/** Units of width the widest value of a kind needs: `9 999 999,99` kroner, a date, a four-digit year, a month. */
const VALUE_WIDTHS: Record<ValueKind, number> = { antall: 8, kroner: 12, aar: 6, dato: 10, kommunenummer: 6, tekst: 12, beregnet: 12 };
/** Column headers wrap to at most about this many lines. */
const HEADER_LINES = 5;
const HEADER_FONT = { size: styles.columnHeader.size, bold: true };
/** Stands in for the report year in headers: every four-digit year is as wide. */
const ANY_YEAR = 2000;

/** A column of values under a header: as wide as its values and its header's longest word; text columns grow. */
function valueColumn(header: string, kinds: readonly ValueKind[]): ColumnSpec {
  const text = kinds.every((k) => k === 'tekst');
  const needs = [
    text ? TEXT_INPUT_MIN : 0,
    ...kinds.map((k) => VALUE_WIDTHS[k]),
    longestWordUnits(header, HEADER_FONT),
    widthUnits(header, HEADER_FONT) / HEADER_LINES,
  ];
  return { min: Math.max(...needs), grow: text ? 1 : 0 };
}

/** The columns a block needs, from column A; blocks without columns span the sheet. */
export function blockColumns(block: Block): readonly ColumnSpec[] {
  switch (block.type) {
    case 'fields':
      return [LABEL, FIELD_INPUT, HELP];
    case 'grid':
      return [LABEL, ...block.columns.map((c) => valueColumn(headerText(c.header, ANY_YEAR), [c.kind])), ROW_HELP];
    case 'counts':
      return [LABEL, valueColumn(block.valueHeader, block.rows.map((r) => r.field.kind)), valueColumn(block.commentHeader, ['tekst'])];
    case 'table':
      return block.columns.map((c) => valueColumn(c.header, [c.kind]));
    case 'heading':
    case 'note':
    case 'text':
      return [];
  }
}

interface InputOptions {
  readonly longText?: boolean;
  readonly right?: number;
}

/** An input cell with its defined name, validation and any prefilled value. */
function putInput(
  sheet: SheetBuilder,
  context: LayoutContext,
  column: number,
  row: number,
  field: { readonly id: string; readonly kind: ValueKind },
  options: InputOptions = {},
): string {
  const value = context.prefill[field.id];
  const content: CellContent = { style: inputStyle(field.kind, options.longText ?? false), ...(value === undefined ? {} : { value }) };
  const address = sheet.span(row, column, options.right ?? column, content);
  sheet.defineName(fieldName(field.id), address);
  sheet.validate(address, field.kind);
  return address;
}

function headerCell(header: string, context: LayoutContext): CellContent {
  const formula = yearHeaderFormula(header, fieldName(YEAR_FIELD));
  return formula === undefined
    ? { value: header, style: 'columnHeader' }
    : { formula, result: headerText(header, context.year), style: 'columnHeader' };
}

function layoutFields(sheet: SheetBuilder, fields: readonly FieldDef[], context: LayoutContext): void {
  for (const field of fields) {
    const row = sheet.takeRow();
    sheet.set(1, row, { value: field.label, style: 'label' });
    putInput(sheet, context, 2, row, field);
    const note = [field.required ? 'Må fylles ut.' : undefined, field.note, field.help].filter(Boolean).join(' ');
    if (note !== '') sheet.set(3, row, { value: note, style: 'help' });
  }
}

function layoutText(sheet: SheetBuilder, field: FieldDef, prompt: string | undefined, context: LayoutContext): void {
  sheet.line({ value: field.label, style: 'textLabel' });
  const help = [prompt, field.help].filter(Boolean).join('\n');
  if (help !== '') sheet.line({ value: help, style: 'help' });
  const row = sheet.takeRow();
  putInput(sheet, context, 1, row, field, { longText: true, right: sheet.width });
  sheet.setHeight(row, TEXT_INPUT_HEIGHT);
}

function layoutGrid(sheet: SheetBuilder, grid: GridDef, context: LayoutContext): void {
  const columnOf = (id: string): number => 2 + grid.columns.findIndex((c) => c.id === id);
  const helpColumn = 2 + grid.columns.length;
  const header = sheet.takeRow();
  sheet.columnHeaders(header);
  sheet.set(1, header, { style: 'columnHeader' });
  grid.columns.forEach((c) => sheet.set(columnOf(c.id), header, headerCell(c.header, context)));
  sheet.set(helpColumn, header, { value: 'Forklaring', style: 'columnHeader' });
  if (grid.columnHelp && grid.columnHelp.length > 0) {
    const row = sheet.takeRow();
    const spans = grid.columnHelp
      .map((help) => ({ text: help.text, left: Math.min(...help.columns.map(columnOf)), right: Math.max(...help.columns.map(columnOf)) }))
      .sort((a, b) => a.left - b.left);
    // Each text also takes the empty cells to its right, up to the next text or across the explanation
    // column, which has nothing to say in this row: wider, the row is shorter.
    spans.forEach((span, i) => {
      const right = Math.max(span.right, (spans[i + 1]?.left ?? helpColumn + 1) - 1);
      sheet.span(row, span.left, right, { value: span.text, style: 'help' });
    });
  }
  const firstRow = sheet.takeRow(grid.rows.length);
  const rowOf = (id: string): number => firstRow + grid.rows.findIndex((r) => r.id === id);
  for (const gridRow of grid.rows) {
    const row = rowOf(gridRow.id);
    sheet.set(1, row, { value: gridRow.label, style: gridRow.formula ? 'textLabel' : 'label' });
    for (const column of grid.columns) {
      const col = columnOf(column.id);
      const field = { id: gridFieldId(grid, gridRow.id, column.id), kind: column.kind };
      // A computed column wins over a computed row, as in `compute.gridCell`.
      const formula = column.formula
        ? formulaA1(column.formula, (id) => cellAddress(columnOf(id), row))
        : gridRow.formula && isNumericKind(column.kind)
          ? formulaA1(gridRow.formula, (id) => cellAddress(col, rowOf(id)))
          : undefined;
      if (formula !== undefined) {
        sheet.defineName(fieldName(field.id), sheet.set(col, row, { formula, result: EMPTY_RESULT, style: 'computedCount' }));
      } else if (gridRow.formula) {
        sheet.set(col, row, { style: 'computedBlank' });
      } else {
        putInput(sheet, context, col, row, field, { longText: true });
      }
    }
    if (gridRow.help) sheet.set(helpColumn, row, { value: gridRow.help, style: 'help' });
  }
}

function layoutCounts(sheet: SheetBuilder, block: CountsDef, context: LayoutContext): void {
  sheet.line({ value: block.title, style: 'heading' });
  if (block.note) sheet.line({ value: block.note, style: 'note' });
  const header = sheet.takeRow();
  sheet.set(1, header, { style: 'columnHeader' });
  sheet.set(2, header, { value: block.valueHeader, style: 'columnHeader' });
  sheet.set(3, header, { value: block.commentHeader, style: 'columnHeader' });
  const addresses = new Map<string, string>();
  for (const { field, commentId } of block.rows) {
    const row = sheet.takeRow();
    sheet.set(1, row, { value: field.label, style: 'label' });
    addresses.set(field.id, putInput(sheet, context, 2, row, field));
    if (commentId) putInput(sheet, context, 3, row, { id: commentId, kind: 'tekst' }, { longText: true });
  }
  for (const computed of block.computed ?? []) {
    const row = sheet.takeRow();
    sheet.set(1, row, { value: computed.label, style: 'textLabel' });
    const formula = formulaA1(computed.formula, (id) => {
      const address = addresses.get(id);
      if (address === undefined) throw new Error(`Malfeil: ${computed.id} viser til ${id}, som ikke er i ${block.id}.`);
      return address;
    });
    sheet.defineName(fieldName(computed.id), sheet.set(2, row, { formula, result: EMPTY_RESULT, style: 'computedCount' }));
  }
}

function layoutTable(sheet: SheetBuilder, table: TableDef): void {
  sheet.line({ value: table.title, style: 'heading' });
  if (table.help) sheet.line({ value: table.help, style: 'note' });
  const headerRow = sheet.takeRow();
  sheet.columnHeaders(headerRow);
  const firstDataRow = sheet.takeRow(table.initialRows);
  const lastDataRow = firstDataRow + table.initialRows - 1;
  const totalRow = sheet.takeRow();
  const letterOf = (id: string): string => columnLetters(1 + table.columns.findIndex((c) => c.id === id));
  const totals = new Set(totalColumns(table));
  const columns = table.columns.map((c, i): TableColumnPlan => {
    const column = letterOf(c.id);
    const formulaAt = (row: number): string | undefined =>
      c.formula && formulaA1(c.formula, (id) => `${letterOf(id)}${row}`);
    sheet.set(i + 1, headerRow, { value: c.header, style: 'columnHeader' });
    for (let row = firstDataRow; row <= lastDataRow; row++) {
      const formula = formulaAt(row);
      sheet.set(
        i + 1,
        row,
        formula === undefined ? { style: inputStyle(c.kind, true) } : { formula, result: EMPTY_RESULT, style: 'computedAmount' },
      );
    }
    if (!c.formula) sheet.validate(`${column}${firstDataRow}:${column}${lastDataRow}`, c.kind);
    const totalFormula = totals.has(c.id) ? columnSum(column, firstDataRow, lastDataRow) : undefined;
    const totalLabel = i === 0 && totalFormula === undefined ? table.totalLabel : undefined;
    sheet.set(
      i + 1,
      totalRow,
      totalFormula === undefined
        ? { style: 'totalLabel', ...(totalLabel === undefined ? {} : { value: totalLabel }) }
        : { formula: totalFormula, result: EMPTY_RESULT, style: 'totalAmount' },
    );
    return { id: c.id, header: c.header, kind: c.kind, column, formula: formulaAt(firstDataRow), totalFormula, totalLabel };
  });
  const lastColumn = columnLetters(table.columns.length);
  sheet.addTable({
    name: tableName(table.id),
    tableId: table.id,
    ref: `A${headerRow}:${lastColumn}${totalRow}`,
    headerRow,
    firstDataRow,
    lastDataRow,
    totalRow,
    columns,
    style: 'TableStyleLight1',
  });
}

export function layoutBlock(sheet: SheetBuilder, block: Block, context: LayoutContext): void {
  switch (block.type) {
    case 'heading':
      sheet.line({ value: block.text, style: 'heading' });
      return;
    case 'note':
      sheet.line({ value: block.text, style: 'note' });
      return;
    case 'fields':
      return layoutFields(sheet, block.fields, context);
    case 'text':
      return layoutText(sheet, block.field, block.prompt, context);
    case 'grid':
      return layoutGrid(sheet, block, context);
    case 'counts':
      return layoutCounts(sheet, block, context);
    case 'table':
      return layoutTable(sheet, block);
  }
}
