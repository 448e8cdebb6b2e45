import type { Severity } from '../values';

/**
 * The style table of a layout plan. Cells name a style; renderers translate each style once. Inputs
 * are light yellow with a border and unlocked, computed cells grey and italic and locked, so a user
 * sees at a glance where to type, as on the official form.
 */

/**
 * The workbook's font. Arial, not Excel's Calibri: LibreOffice draws Arial with the metric-identical
 * Liberation Sans, which it always has, whereas without Carlito it draws Calibri with the much wider
 * DejaVu Sans, so text wraps and columns print differently. Column widths count its digit width.
 */
export const BODY_FONT = { name: 'Arial', size: 10 } as const;

export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Font size in points; the body font's size when absent. */
  readonly size?: number;
  /** Font colour, `RRGGBB`. */
  readonly color?: string;
  /** Solid fill, `RRGGBB`. */
  readonly fill?: string;
  /** A thin border on all four sides: grey, or of a colour and line of its own. */
  readonly border?: boolean | BorderLine;
  /** Excel number format code; the locale decides the separators `,` and `.` stand for. */
  readonly numberFormat?: string;
  readonly wrap?: boolean;
  readonly horizontal?: 'left' | 'center' | 'right';
  readonly vertical?: 'top' | 'center' | 'bottom';
  /** Whether sheet protection keeps the cell from being edited. */
  readonly locked: boolean;
}

const INPUT_FILL = 'FFF2CC';
const COMPUTED_FILL = 'EDEDED';
const HEADER_FILL = 'D9E1F2';
const HELP_COLOR = '595959';

export const COUNT_FORMAT = '#,##0';
export const AMOUNT_FORMAT = '#,##0.00';
export const YEAR_FORMAT = '0';
export const DATE_FORMAT = 'dd.mm.yyyy';
/** Text format, so that `0502` stays `0502` and is not turned into the number 502. */
export const TEXT_FORMAT = '@';

/** A border line: colour `RRGGBB` and a solid or dashed line. */
export interface BorderLine {
  readonly color: string;
  readonly style: 'continuous' | 'dash';
}

/** How a mark looks: a fill and a border of its own, so feil and advarsel differ by more than colour. */
export interface MarkStyle {
  /** Fill, `RRGGBB`. */
  readonly fill: string;
  readonly fontColor: string;
  readonly bold: boolean;
  readonly border: BorderLine;
  /** The legend's words for the mark: what it looks like and what to do. */
  readonly legend: { readonly label: string; readonly text: string };
}

/**
 * The marks of the conditional formats. Feil: red fill, dark red bold text and a solid border; advarsel:
 * orange fill and a dashed border. They differ in line and weight as well as colour, so a colour-blind
 * reader and a black-and-white print tell them apart, and neither is the inputs' light yellow.
 */
export const marks = {
  feil: {
    fill: 'FFC7CE',
    fontColor: '9C0006',
    bold: true,
    border: { color: '9C0006', style: 'continuous' },
    legend: { label: 'Feil', text: 'Rød med hel kant: feil som må rettes før rapporten kan sendes inn.' },
  },
  advarsel: {
    fill: 'FCE4D6',
    fontColor: '833C0B',
    bold: false,
    border: { color: 'C65911', style: 'dash' },
    legend: { label: 'Advarsel', text: 'Oransje med stiplet kant: se over tallet, og forklar det i kommentarfeltet hvis det stemmer.' },
  },
} as const satisfies Record<Severity, MarkStyle>;

/** A legend's sample of a mark: the mark's look as a cell style. */
const markSample = (mark: MarkStyle) =>
  ({ fill: mark.fill, color: mark.fontColor, bold: mark.bold, border: mark.border, locked: true, vertical: 'top', horizontal: 'center' }) as const;

const input = { fill: INPUT_FILL, border: true, locked: false, vertical: 'top' } as const;
const computed = { fill: COMPUTED_FILL, border: true, italic: true, locked: true, vertical: 'top' } as const;

export const styles = {
  title: { bold: true, size: 14, wrap: true, locked: true, vertical: 'center' },
  sectionTitle: { bold: true, size: 12, color: '1F4E79', wrap: true, locked: true, vertical: 'center' },
  heading: { bold: true, size: 11, wrap: true, locked: true, vertical: 'top' },
  note: { wrap: true, locked: true, vertical: 'top' },
  help: { italic: true, size: 9, color: HELP_COLOR, wrap: true, locked: true, vertical: 'top' },
  label: { wrap: true, locked: true, vertical: 'top' },
  textLabel: { bold: true, wrap: true, locked: true, vertical: 'top' },
  columnHeader: { bold: true, size: 9, fill: HEADER_FILL, border: true, wrap: true, locked: true, vertical: 'top' },
  /** Short text such as names and e-mail addresses: kept exactly as typed, wrapped when it is longer than its cell. */
  inputShortText: { ...input, numberFormat: TEXT_FORMAT, wrap: true },
  /** Long text (no text format: Excel shows #### in text-formatted cells over 255 characters). */
  inputText: { ...input, wrap: true },
  inputCount: { ...input, numberFormat: COUNT_FORMAT, horizontal: 'right' },
  inputAmount: { ...input, numberFormat: AMOUNT_FORMAT, horizontal: 'right' },
  inputYear: { ...input, numberFormat: YEAR_FORMAT, horizontal: 'left' },
  inputDate: { ...input, numberFormat: DATE_FORMAT, horizontal: 'left' },
  computedCount: { ...computed, numberFormat: COUNT_FORMAT, horizontal: 'right' },
  computedAmount: { ...computed, numberFormat: AMOUNT_FORMAT, horizontal: 'right' },
  /** A cell of a computed row that has nothing to compute (e.g. the comment of a sum row). */
  computedBlank: computed,
  totalLabel: { bold: true, fill: COMPUTED_FILL, border: true, locked: true, vertical: 'top' },
  totalAmount: { ...computed, bold: true, numberFormat: AMOUNT_FORMAT, horizontal: 'right' },
  info: { locked: true },
  legendFeil: markSample(marks.feil),
  legendAdvarsel: markSample(marks.advarsel),
} as const satisfies Record<string, CellStyle>;

export type StyleName = keyof typeof styles;
