/** Collects one sheet of a layout plan row by row: cells, merges, wrapped-row heights, names, rules. */
import type { ValueKind } from '../values';
import { cellAddress, rangeAddress } from './a1';
import { marginsFor, printableHeight, type SheetColumns } from './page';
import { pageBreaks, type RowGroup } from './pagination';
import type { CellPlan, NamePlan, SheetPlan, TablePlan, ValidationPlan } from './plan';
import { BODY_FONT, styles, type CellStyle } from './styles';
import { linesHeight, wrappedLines } from './text-metrics';
import { validationFor } from './validation-rules';

export type CellContent = Omit<CellPlan, 'address'>;

/** A row of one line of body text keeps the sheet's default height. */
const DEFAULT_HEIGHT = linesHeight(1, BODY_FONT.size);

export class SheetBuilder {
  private nextRow = 1;
  private readonly cells = new Map<string, CellPlan>();
  private readonly merges: string[] = [];
  private readonly heights = new Map<number, number>();
  private readonly validations: ValidationPlan[] = [];
  private readonly tables: TablePlan[] = [];
  private readonly headerRows: number[] = [];
  private readonly groups: RowGroup[] = [];

  constructor(
    readonly name: string,
    private readonly columns: SheetColumns,
    private readonly names: NamePlan[],
  ) {}

  /** Number of columns the sheet's content spans. */
  get width(): number {
    return this.columns.widths.length;
  }

  /** The row the next `takeRow` returns. */
  get row(): number {
    return this.nextRow;
  }

  /** Takes the next row (or `count` rows) and returns the first. */
  takeRow(count = 1): number {
    const row = this.nextRow;
    this.nextRow += count;
    return row;
  }

  set(column: number, row: number, content: CellContent): string {
    return this.span(row, column, column, content);
  }

  /** One cell merged across columns `left`..`right`; the row grows to show its wrapped text. */
  span(row: number, left: number, right: number, content: CellContent): string {
    const address = cellAddress(left, row);
    this.cells.set(address, { address, ...content });
    if (right > left) this.merges.push(rangeAddress({ top: row, left, bottom: row, right }));
    const text = typeof content.result === 'string' ? content.result : content.value;
    if (typeof text === 'string') this.fitText(row, text, this.widthOf(left, right), styles[content.style]);
    return address;
  }

  /** A line of text across the whole sheet. */
  line(content: CellContent): number {
    const row = this.takeRow();
    this.span(row, 1, this.width, content);
    return row;
  }

  setHeight(row: number, height: number): void {
    this.heights.set(row, Math.max(this.heights.get(row) ?? 0, height));
  }

  defineName(name: string, address: string): void {
    this.names.push({ name, sheet: this.name, address });
  }

  /** The input's data validation, if its kind has one. */
  validate(range: string, kind: ValueKind): void {
    const validation = validationFor(kind);
    if (validation) this.validations.push({ range, ...validation });
  }

  addTable(table: TablePlan): void {
    this.tables.push(table);
  }

  /** Marks the row of a grid's or table's column headers, which may be printed at the top of every page. */
  columnHeaders(row: number): void {
    this.headerRows.push(row);
  }

  /** Keeps the rows from `first` to the last row taken so far on one printed page, if they fit on one. */
  keepTogether(first: number, keepWithNext: boolean): void {
    if (first < this.nextRow) this.groups.push({ first, last: this.nextRow - 1, keepWithNext });
  }

  /** `repeatHeaders`: print the first column headers at the top of every page. */
  /** The sheet without its conditional formats, which need every sheet's names (conditional-formats.ts). */
  build(
    options: Pick<SheetPlan, 'visible' | 'frozenRows' | 'gridLines' | 'protection'> & { readonly footer: string; readonly repeatHeaders: boolean },
  ): Omit<SheetPlan, 'conditionalFormats'> {
    const { footer, repeatHeaders, ...sheet } = options;
    const header = repeatHeaders ? this.headerRows[0] : undefined;
    const heightOf = (row: number): number => this.heights.get(row) ?? DEFAULT_HEIGHT;
    const frame = { height: printableHeight(this.columns.orientation), repeated: header === undefined ? 0 : heightOf(header) };
    return {
      name: this.name,
      ...sheet,
      columnWidths: this.columns.widths,
      rowHeights: [...this.heights].sort(([a], [b]) => a - b).map(([row, height]) => ({ row, height })),
      cells: [...this.cells.values()],
      merges: this.merges,
      tables: this.tables,
      validations: this.validations,
      print: {
        paper: 'A4',
        orientation: this.columns.orientation,
        fitToWidth: true,
        margins: marginsFor(this.columns.orientation),
        ...(header === undefined ? {} : { titleRows: { first: header, last: header } }),
        pageBreaks: pageBreaks(this.groups, this.nextRow - 1, heightOf, frame),
        footer,
      },
    };
  }

  private widthOf(left: number, right: number): number {
    return this.columns.widths.slice(left - 1, right).reduce((a, b) => a + b, 0);
  }

  private fitText(row: number, text: string, width: number, style: CellStyle): void {
    const font = { size: style.size ?? BODY_FONT.size, bold: style.bold ?? false };
    const lines = style.wrap ? wrappedLines(text, width, font) : 1;
    const height = linesHeight(lines, font.size);
    if (height > DEFAULT_HEIGHT) this.setHeight(row, height);
  }
}
