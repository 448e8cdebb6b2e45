/**
 * The printed page: A4, its margins, and how a sheet's columns share the printable width. Columns are
 * sized to fit the page at 100 %, because LibreOffice ignores fit-to-width for a sheet longer than one
 * page; fit-to-width is set as well, for Excel.
 */
import { BODY_FONT } from './styles';

export type Orientation = 'portrait' | 'landscape';

/** Page margins in millimetres. */
export interface Margins {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly header: number;
  readonly footer: number;
}

const A4_MM = { short: 210, long: 297 } as const;
/**
 * Excel's "Normal" margins (1.8 cm at the sides) on portrait pages. Landscape pages hold the wide tables,
 * whose headers have long words ("(kompetansetilskudd)"): 1 cm at the sides leaves their text columns
 * room for a whole word.
 */
const MARGINS_MM: Readonly<Record<Orientation, Margins>> = {
  portrait: { left: 18, right: 18, top: 19, bottom: 19, header: 8, footer: 8 },
  landscape: { left: 10, right: 10, top: 19, bottom: 19, header: 8, footer: 8 },
};

export function marginsFor(orientation: Orientation): Margins {
  return MARGINS_MM[orientation];
}

const POINTS_PER_MM = 72 / 25.4;
/** Arial's digits are 0.556 em wide. */
const DIGIT_EM = 0.556;
/**
 * Points one unit of column width takes on paper in LibreOffice, which uses the body font's exact digit
 * width; Excel rounds it down to 7 px (5.25 pt), so a sheet that fits in LibreOffice fits in Excel too.
 */
export const UNIT_PRINT_POINTS = DIGIT_EM * BODY_FONT.size;
/** Kept free on the right: both programs round column widths to whole pixels or twips. */
const SLACK = 0.5;

/** Units of column width that fit between the side margins of an A4 page. */
export function printableWidth(orientation: Orientation): number {
  const paper = orientation === 'portrait' ? A4_MM.short : A4_MM.long;
  const { left, right } = marginsFor(orientation);
  return ((paper - left - right) * POINTS_PER_MM) / UNIT_PRINT_POINTS;
}

/** Points of row height that fit between the top and bottom margins of an A4 page. */
export function printableHeight(orientation: Orientation): number {
  const paper = orientation === 'portrait' ? A4_MM.long : A4_MM.short;
  const { top, bottom } = marginsFor(orientation);
  return (paper - top - bottom) * POINTS_PER_MM;
}

export interface ColumnSpec {
  /** The narrowest width, in units of column width, that shows the column's content without breaking words. */
  readonly min: number;
  /** 0 keeps the column at `min`; growing columns share the width the page has to spare, evened out by this weight. */
  readonly grow: number;
}

export interface SheetColumns {
  readonly orientation: Orientation;
  /** Units of column width, column A first; together at most the printable width. */
  readonly widths: readonly number[];
}

/** Column by column, the wider of each column's needs: blocks on one sheet share its columns. */
export function mergeColumns(blocks: readonly (readonly ColumnSpec[])[]): readonly ColumnSpec[] {
  return blocks.reduce<readonly ColumnSpec[]>(
    (merged, block) =>
      Array.from({ length: Math.max(merged.length, block.length) }, (_, i) => {
        const a = merged[i] ?? { min: 0, grow: 0 };
        const b = block[i] ?? { min: 0, grow: 0 };
        return { min: Math.max(a.min, b.min), grow: Math.max(a.grow, b.grow) };
      }),
    [],
  );
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
// Widths are whole tenths: minimums rounded up, so a column never loses what it needs; the rest rounded
// down, so rounding never pushes a sheet past its page.
const tenthsUp = (width: number): number => Math.ceil(width * 10 - 1e-9) / 10;
const tenthsDown = (width: number): number => Math.floor(width * 10 + 1e-9) / 10;

/**
 * Growing columns are made as even as their minimums allow (weighted by `grow`), the way water levels
 * out: a column whose minimum is above the level keeps its minimum, the others share what is left.
 */
function levelOut(columns: readonly ColumnSpec[], room: number): readonly number[] {
  const kept = new Set(columns.flatMap((c, i) => (c.grow === 0 ? [i] : [])));
  for (;;) {
    const growing = columns.filter((_, i) => !kept.has(i));
    if (growing.length === 0) return columns.map((c) => c.min);
    const level = (room - sum(columns.filter((_, i) => kept.has(i)).map((c) => c.min))) / sum(growing.map((c) => c.grow));
    const above = columns.findIndex((c, i) => !kept.has(i) && c.min > level * c.grow);
    if (above < 0) return columns.map((c, i) => (kept.has(i) ? c.min : level * c.grow));
    kept.add(above);
  }
}

/**
 * Portrait when the columns fit, else landscape; growing columns take the spare width so every sheet
 * fills its page. Columns that do not fit even in landscape are narrowed in proportion.
 */
export function fitColumns(needs: readonly ColumnSpec[]): SheetColumns {
  const columns = needs.map((c) => ({ ...c, min: tenthsUp(c.min) }));
  const min = sum(columns.map((c) => c.min));
  const orientation: Orientation = min <= printableWidth('portrait') - SLACK ? 'portrait' : 'landscape';
  const room = printableWidth(orientation) - SLACK;
  const widths = min > room ? columns.map((c) => (c.min * room) / min) : levelOut(columns, room);
  return { orientation, widths: widths.map(tenthsDown) };
}
