/**
 * A layout plan: everything a renderer needs to draw a template into a workbook, as plain data. The
 * ExcelJS renderer (src/workbook) and the Office.js renderer (src/excel) both draw this one plan, so
 * the `.xlsx` handed out and the sheets inserted into an open workbook cannot drift apart.
 * Addresses are A1 without `$`; formulas are strings without the leading `=`.
 */
import type { Severity, ValueKind } from '../values';
import type { Margins, Orientation } from './page';
import type { CellStyle, MarkStyle, StyleName } from './styles';

export interface CellPlan {
  readonly address: string;
  readonly style: StyleName;
  /** A constant: label text, a prefilled input. */
  readonly value?: string | number;
  /** A formula without `=`; `value` is then absent. */
  readonly formula?: string;
  /** What the formula gives for the form as planned (empty inputs plus the prefill), for renderers that cache results. */
  readonly result?: string | number;
}

/** A workbook-scoped defined name for one cell. */
export interface NamePlan {
  readonly name: string;
  readonly sheet: string;
  readonly address: string;
}

export interface TableColumnPlan {
  readonly id: string;
  /** The header cell's text, which is also the table column's name. */
  readonly header: string;
  readonly kind: ValueKind;
  /** Column letter on the sheet. */
  readonly column: string;
  /** Calculated column: the formula of the first data row (each row's cell refers to its own row). */
  readonly formula?: string;
  readonly totalFormula?: string;
  readonly totalLabel?: string;
}

/** An Excel table: header row, data body, total row. */
export interface TablePlan {
  readonly name: string;
  /** The template's table id, e.g. `okonomi`. */
  readonly tableId: string;
  /** Header, body and total row, e.g. `A6:J27`. */
  readonly ref: string;
  readonly headerRow: number;
  readonly firstDataRow: number;
  readonly lastDataRow: number;
  readonly totalRow: number;
  readonly columns: readonly TableColumnPlan[];
  /** A built-in table style; cell styles draw over it. */
  readonly style: string;
}

export type ValidationRule =
  | { readonly type: 'whole' | 'decimal'; readonly min: number; readonly max?: number }
  /** Dates as ISO `yyyy-mm-dd`. */
  | { readonly type: 'date'; readonly min: string; readonly max: string }
  | { readonly type: 'textLength'; readonly equals: number };

export interface ValidationPlan {
  /** A cell or a range, e.g. `B8:B27`. */
  readonly range: string;
  readonly rule: ValidationRule;
  /** Excel allows 32 characters of title and 255 of text. */
  readonly prompt: { readonly title: string; readonly text: string };
  readonly error: { readonly style: 'stop' | 'warning' | 'information'; readonly title: string; readonly text: string };
}

/**
 * A conditional format that marks cells where a rule fails, so the sheet shows findings as the user
 * types, with or without the add-in. Derived from the template's rule catalogue (rules/sheet-forms).
 */
export interface ConditionalFormatPlan {
  /** The rule whose findings it marks, e.g. `C1-01`. */
  readonly rule: string;
  readonly severity: Severity;
  /** One contiguous block, e.g. `B8:D11`; a table column's data body, which grows with the table. */
  readonly range: string;
  /**
   * The condition in Excel's en-US form without `=`, written for the range's top-left cell: relative
   * references move with each cell of the range, absolute ones (`$B$5`) stay.
   */
  readonly formula: string;
}

export type ProtectionAllowance = 'selectLockedCells' | 'selectUnlockedCells' | 'formatRows' | 'formatColumns';

export interface SheetPlan {
  readonly name: string;
  readonly visible: boolean;
  /** Column widths in units of Excel column width (digits of the body font), column A first; they fit the printed page. */
  readonly columnWidths: readonly number[];
  /**
   * Heights in points of rows that are not one line of body text: wrapped text, larger fonts, answer
   * boxes, spacers. Other rows keep the default 15 pt.
   */
  readonly rowHeights: readonly { readonly row: number; readonly height: number }[];
  readonly cells: readonly CellPlan[];
  readonly merges: readonly string[];
  /** Rows kept in view while scrolling (title and section title). */
  readonly frozenRows: number;
  /** Whether the screen shows the cell grid; a form shows only its own boxes, as on paper. */
  readonly gridLines: boolean;
  readonly tables: readonly TablePlan[];
  readonly validations: readonly ValidationPlan[];
  /** In priority order: the first wins where two mark the same cell (feil before advarsel). */
  readonly conditionalFormats: readonly ConditionalFormatPlan[];
  /** Sheet protection without a password; absent when the sheet stays unprotected. */
  readonly protection?: { readonly allow: readonly ProtectionAllowance[] };
  readonly print: {
    readonly paper: 'A4';
    readonly orientation: Orientation;
    /**
     * One page wide, as many pages tall as needed. The columns fit at 100 % anyway, because LibreOffice
     * ignores this for a sheet longer than one page.
     */
    readonly fitToWidth: true;
    readonly margins: Margins;
    /**
     * Rows printed at the top of every page: the column headers of a grid or table that ends the sheet.
     * Absent when other blocks follow, because the programs repeat them on every page, above those too.
     */
    readonly titleRows?: { readonly first: number; readonly last: number };
    /** Rows that start a new page, so that no label, help text or input box is parted from its block. */
    readonly pageBreaks: readonly number[];
    /** Page footer in Excel's header and footer codes (`&A` sheet name, `&P` page number). */
    readonly footer: string;
  };
}

export interface LayoutPlan {
  readonly template: { readonly id: string; readonly version: string };
  /** The font of every cell and of the workbook's Normal style, whose digit width is the unit of column widths. */
  readonly font: { readonly name: string; readonly size: number };
  /** Document properties a renderer sets when its host has them. */
  readonly properties: { readonly title: string; readonly subject: string; readonly keywords: string };
  readonly styles: Readonly<Record<StyleName, CellStyle>>;
  /** The looks of the conditional formats' marks. */
  readonly marks: Readonly<Record<Severity, MarkStyle>>;
  readonly sheets: readonly SheetPlan[];
  readonly names: readonly NamePlan[];
}
