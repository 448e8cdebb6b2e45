/**
 * The part of the Excel JavaScript API that src/excel uses, as Office.js's own types narrowed to exactly
 * what the adapter calls. Office's `Excel.RequestContext` must fit `RequestContext` (office-host.ts hands
 * one over, so the compiler checks it), and the simulated Excel implements these types: the adapter cannot
 * call anything the simulator lacks, and the simulator cannot differ from Office.js in a signature.
 *
 * Only types come from the `Excel` namespace here: its enums do not exist outside Office, so values are
 * always the string forms (`'Continuous'`, not `Excel.BorderLineStyle.continuous`).
 */

export type RunOptions = Pick<Excel.RunOptions, 'delayForCellEdit' | 'mergeUndoGroup'>;

/** What the add-in needs from its host: Office's `Excel.run` and requirement-set check, or the simulated Excel's. */
export interface Host {
  run<T>(options: RunOptions, batch: (context: RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: 'ExcelApi', version: string): boolean;
  /** Office's `partitionKey`, where Office partitions the add-in's browser storage (WorkbookApi.partitionKey). */
  readonly partitionKey?: string;
}

export interface RequestContext {
  readonly workbook: Workbook;
  sync(): Promise<void>;
}

export interface Workbook {
  readonly worksheets: WorksheetCollection;
  readonly names: NamedItemCollection;
  readonly tables: TableCollection;
  readonly settings: SettingCollection;
}

export interface WorksheetCollection {
  readonly items: Worksheet[];
  load(propertyNames: string): WorksheetCollection;
  add(name: string): Worksheet;
  getItem(key: string): Worksheet;
  getItemOrNullObject(key: string): Worksheet;
}

/** `triggerSource` tells the add-in's own writes apart; Excel before ExcelApi 1.14 leaves it out. */
export type ChangedEvent = Partial<Pick<Excel.WorksheetChangedEventArgs, 'triggerSource'>>;

export interface Worksheet extends Pick<Excel.Worksheet, 'name' | 'visibility' | 'showGridlines' | 'isNullObject'> {
  readonly freezePanes: Pick<Excel.WorksheetFreezePanes, 'freezeRows'>;
  readonly tables: WorksheetTableCollection;
  readonly protection: Pick<Excel.WorksheetProtection, 'protect'>;
  readonly pageLayout: PageLayout;
  readonly horizontalPageBreaks: { add(pageBreakRange: string): unknown };
  readonly onChanged: { add(handler: (event: ChangedEvent) => Promise<void>): unknown };
  load(propertyNames: string): Worksheet;
  getRange(address: string): Range;
  activate(): void;
  delete(): void;
}

export interface PageLayout
  extends Pick<
    Excel.PageLayout,
    'paperSize' | 'orientation' | 'leftMargin' | 'rightMargin' | 'topMargin' | 'bottomMargin' | 'headerMargin' | 'footerMargin'
  > {
  readonly headersFooters: { readonly defaultForAllPages: Pick<Excel.HeaderFooter, 'leftFooter' | 'centerFooter' | 'rightFooter'> };
  setPrintTitleRows(printTitleRows: string): void;
}

export interface Range extends Pick<Excel.Range, 'address' | 'values' | 'formulas' | 'numberFormat' | 'isNullObject'> {
  readonly format: RangeFormat;
  readonly dataValidation: Pick<Excel.DataValidation, 'rule' | 'errorAlert' | 'prompt' | 'ignoreBlanks'>;
  readonly conditionalFormats: { add(type: 'Custom'): ConditionalFormat };
  load(propertyNames: string): Range;
  merge(across: boolean): void;
  select(): void;
}

export type BorderEdge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight';

export interface RangeFormat extends Pick<Excel.RangeFormat, 'horizontalAlignment' | 'verticalAlignment' | 'wrapText' | 'columnWidth' | 'rowHeight'> {
  readonly fill: Pick<Excel.RangeFill, 'color'>;
  readonly font: Pick<Excel.RangeFont, 'name' | 'size' | 'bold' | 'italic' | 'color'>;
  readonly borders: { getItem(index: BorderEdge | 'InsideVertical' | 'InsideHorizontal'): Pick<Excel.RangeBorder, 'style' | 'color' | 'weight'> };
  readonly protection: Pick<Excel.FormatProtection, 'locked'>;
}

export interface ConditionalFormat {
  readonly custom: {
    readonly rule: Pick<Excel.ConditionalFormatRule, 'formula'>;
    readonly format: {
      readonly fill: Pick<Excel.ConditionalRangeFill, 'color'>;
      readonly font: Pick<Excel.ConditionalRangeFont, 'color' | 'bold'>;
      readonly borders: { getItem(index: BorderEdge): Pick<Excel.ConditionalRangeBorder, 'style' | 'color'> };
    };
  };
}

export interface NamedItemCollection {
  add(name: string, reference: string): NamedItem;
  getItem(name: string): NamedItem;
  getItemOrNullObject(name: string): NamedItem;
}

export interface NamedItem extends Pick<Excel.NamedItem, 'isNullObject'> {
  getRange(): Range;
  getRangeOrNullObject(): Range;
  delete(): void;
}

/** The workbook's tables, found by name. */
export interface TableCollection {
  getItemOrNullObject(key: string): Table;
}

/** A sheet's tables, where the add-in adds its own. */
export interface WorksheetTableCollection {
  add(address: string, hasHeaders: boolean): Table;
}

export interface Table extends Pick<Excel.Table, 'name' | 'style' | 'showTotals' | 'showHeaders' | 'isNullObject'> {
  readonly columns: { readonly items: Pick<Excel.TableColumn, 'name'>[]; load(propertyNames: string): unknown };
  load(propertyNames: string): Table;
  getRange(): Range;
}

export interface SettingCollection {
  add(key: string, value: string): Setting;
  getItemOrNullObject(key: string): Setting;
}

export interface Setting extends Pick<Excel.Setting, 'value' | 'isNullObject'> {
  load(propertyNames: string): Setting;
  delete(): void;
}
