/**
 * The shape of a report template as data. A template version is one value of `Template`; the layout,
 * the payload schema, the rules and the computations are all derived from it, so a new template or
 * version is new data and never a new code path.
 */
import type { RuleDef } from './rules/definitions';
import type { ValueKind } from './values';

/** A computation over sibling inputs, written once and used by the sheet formulas and by `compute`. */
export type Formula =
  | { readonly op: 'sum'; readonly terms: readonly string[] }
  | { readonly op: 'difference'; readonly minuend: string; readonly subtrahend: string };

export interface FieldDef {
  readonly id: string;
  readonly label: string;
  readonly kind: ValueKind;
  readonly help?: string;
  readonly required?: boolean;
  /** Extra text shown beside the input, e.g. "Rapporteringen gjelder for programåret". */
  readonly note?: string;
}

export interface GridRowDef {
  readonly id: string;
  readonly label: string;
  readonly help?: string;
  /** A computed row: each numeric column is the formula over the named rows. */
  readonly formula?: Formula;
}

export interface GridColumnDef {
  readonly id: string;
  /** May contain `{rapporteringsar}`, filled in with the report year. */
  readonly header: string;
  readonly kind: ValueKind;
  /** A computed column: each row is the formula over the named columns. */
  readonly formula?: Formula;
}

/** A fixed matrix of inputs such as 1.1: field id of a cell is `<grid id>_<row id>_<column id>`. */
export interface GridDef {
  readonly type: 'grid';
  readonly id: string;
  readonly rows: readonly GridRowDef[];
  readonly columns: readonly GridColumnDef[];
  readonly columnHelp?: readonly { readonly columns: readonly string[]; readonly text: string }[];
}

export interface CountRowDef {
  readonly field: FieldDef;
  /** Comment field id, `<field id>_kommentar`; absent for rows without a comment cell. */
  readonly commentId?: string;
}

/** Rows of one number (or short text) with a comment beside it, such as C.1 and C.2. */
export interface CountsDef {
  readonly type: 'counts';
  readonly id: string;
  readonly title: string;
  readonly note?: string;
  readonly valueHeader: string;
  readonly commentHeader: string;
  readonly rows: readonly CountRowDef[];
  readonly computed?: readonly ComputedFieldDef[];
}

export interface ComputedFieldDef {
  readonly id: string;
  readonly label: string;
  readonly formula: Formula;
}

export interface TableColumnDef {
  readonly id: string;
  readonly header: string;
  readonly kind: ValueKind;
  readonly formula?: Formula;
}

/** An Excel table the user grows, such as the economy table: cells are `<table>[<row>].<column>`. */
export interface TableDef {
  readonly type: 'table';
  readonly id: string;
  readonly title: string;
  readonly help?: string;
  readonly columns: readonly TableColumnDef[];
  /** Column that identifies a row in computed output (e.g. `ar`), if any. */
  readonly rowKey?: string;
  /** Empty rows the template starts with; users add more. */
  readonly initialRows: number;
  readonly totalLabel: string;
}

export type Block =
  | { readonly type: 'heading'; readonly text: string }
  | { readonly type: 'note'; readonly text: string }
  | { readonly type: 'fields'; readonly fields: readonly FieldDef[] }
  | { readonly type: 'text'; readonly field: FieldDef; readonly prompt?: string }
  | GridDef
  | CountsDef
  | TableDef;

export interface SectionDef {
  readonly id: string;
  /** The sheet's name in the workbook: numbered as the official form. */
  readonly sheetName: string;
  readonly title: string;
  readonly blocks: readonly Block[];
}

export interface Template {
  readonly id: string;
  readonly version: string;
  readonly title: string;
  /** Day and month of the delivery deadline in the year after the report year. */
  readonly deadline: { readonly day: number; readonly month: number };
  readonly sections: readonly SectionDef[];
  /** The indicator rules of this version, read by the one evaluator in rules/. */
  readonly rules: readonly RuleDef[];
}
