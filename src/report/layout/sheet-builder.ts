/** Collects one sheet of a layout plan row by row: cells, merges, wrapped-row heights, names, rules. */
import type { ValueKind } from '../template';
import { cellAddress, rangeAddress } from './a1';
import type { CellPlan, NamePlan, SheetPlan, TablePlan, ValidationPlan } from './plan';
import { styles, type CellStyle } from './styles';
import { validationFor } from './validation-rules';

export type CellContent = Omit<CellPlan, 'address'>;

const LINE_HEIGHT = 15;
const DEFAULT_SIZE = 11;
// Characters of running text per unit of column width (a unit is one '0' of the default font), on the
// safe side: a row a line too tall looks fine, a row a line too short hides text. Bold runs wider.
const CHARS_PER_WIDTH = 1.05;
const BOLD_WIDTH = 1.1;

/** Lines a text needs in a cell of `width` characters, counting its own line breaks. */
function lineCount(text: string, width: number, size = DEFAULT_SIZE, bold = false): number {
  const perLine = Math.max(1, (width * CHARS_PER_WIDTH * DEFAULT_SIZE) / size / (bold ? BOLD_WIDTH : 1));
  return text.split('\n').reduce((n, paragraph) => n + Math.max(1, Math.ceil(paragraph.length / perLine)), 0);
}

export class SheetBuilder {
  private nextRow = 1;
  private readonly cells = new Map<string, CellPlan>();
  private readonly merges: string[] = [];
  private readonly heights = new Map<number, number>();
  private readonly validations: ValidationPlan[] = [];
  private readonly tables: TablePlan[] = [];

  constructor(
    readonly name: string,
    readonly columnWidths: readonly number[],
    private readonly names: NamePlan[],
  ) {}

  /** Number of columns the sheet's content spans. */
  get width(): number {
    return this.columnWidths.length;
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

  build(options: Pick<SheetPlan, 'visible' | 'frozenRows' | 'protection'>): SheetPlan {
    const totalWidth = this.columnWidths.reduce((a, b) => a + b, 0);
    return {
      name: this.name,
      ...options,
      columnWidths: this.columnWidths,
      rowHeights: [...this.heights].sort(([a], [b]) => a - b).map(([row, height]) => ({ row, height })),
      cells: [...this.cells.values()],
      merges: this.merges,
      tables: this.tables,
      validations: this.validations,
      print: { paper: 'A4', orientation: totalWidth > 120 ? 'landscape' : 'portrait', fitToWidth: true },
    };
  }

  private widthOf(left: number, right: number): number {
    return this.columnWidths.slice(left - 1, right).reduce((a, b) => a + b, 0);
  }

  private fitText(row: number, text: string, width: number, style: CellStyle): void {
    const size = style.size ?? DEFAULT_SIZE;
    const lines = style.wrap ? lineCount(text, width, size, style.bold) : 1;
    const height = Math.ceil((lines * LINE_HEIGHT * size) / DEFAULT_SIZE) + 3;
    if (height > LINE_HEIGHT + 3) this.setHeight(row, height);
  }
}
