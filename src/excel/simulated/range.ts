/** The simulated `Range` and what hangs off it: formats, borders, data validation, conditional formats. */
import { parseRange, quoteSheetName, rangeAddress } from '../../report/layout/a1';
import type { BorderEdge, ConditionalFormat, Range, RangeFormat } from '../office';
import { apiInput, officeFormula, officeValue } from './cell-input';
import { ClientObject, type Locate, type Queue } from './client-object';
import { RichApiError } from './errors';
import { parseFormula } from './formula-syntax';
import { cellsOf, sameRect, touchCell, type BorderModel, type CellFormat, type ConditionalFormatModel, type Rect, type SheetModel, type ValidationModel } from './model';
import type { ExcelState } from './state';
import { detectCalculatedColumns } from './tables';

export interface RangeModel {
  readonly sheet: SheetModel;
  readonly rect: Rect;
}

/** `A1`, `A1:B2` or `'Sheet'!A1:B2` on a sheet; InvalidArgument for anything else. */
export function rectOf(address: string): Rect {
  const rect = parseRange(address.replace(/^.*!/, ''));
  if (!rect) throw new RichApiError('InvalidArgument', `The address '${address}' is not valid.`, 'Worksheet.getRange');
  return rect;
}

function grid<T>(rect: Rect, cell: (row: number, column: number) => T): T[][] {
  return Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) =>
    Array.from({ length: rect.right - rect.left + 1 }, (__, j) => cell(rect.top + i, rect.left + j)),
  );
}

function checkShape(rect: Rect, values: unknown): unknown[][] {
  const rows = rect.bottom - rect.top + 1;
  const columns = rect.right - rect.left + 1;
  if (!Array.isArray(values) || values.length !== rows || !values.every((r) => Array.isArray(r) && r.length === columns)) {
    throw new RichApiError('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range.`, 'Range');
  }
  return values as unknown[][];
}

/** A protected sheet refuses changes to locked cells, and formats unless its protection allows them. */
function checkEditable(range: RangeModel, what: 'content' | 'format' | 'rows' | 'columns'): void {
  const protection = range.sheet.protection;
  if (!protection) return;
  const allowed =
    what === 'content'
      ? [...cellsOf(range.rect)].every(({ row, column }) => !touchCell(range.sheet, row, column).format.locked)
      : what === 'rows'
        ? protection.allowFormatRows === true
        : what === 'columns'
          ? protection.allowFormatColumns === true
          : protection.allowFormatCells === true;
  if (!allowed) throw new RichApiError('AccessDenied', 'The cell or chart you are trying to change is on a protected sheet.', 'Range');
}

function formatCells(state: ExcelState, range: RangeModel, change: (format: CellFormat) => void): void {
  checkEditable(range, 'format');
  for (const { row, column } of cellsOf(range.rect)) change(touchCell(range.sheet, row, column).format);
  state.touch(range.sheet);
}

export class SimRange extends ClientObject<RangeModel> implements Range {
  readonly format: RangeFormat;
  readonly dataValidation: SimDataValidation;
  readonly conditionalFormats: { add(type: 'Custom'): ConditionalFormat };

  constructor(queue: Queue, private readonly state: ExcelState, locate: Locate<RangeModel>, nullable: boolean) {
    super(queue, 'Range', locate, nullable);
    this.format = new SimRangeFormat(queue, state, locate, nullable);
    this.dataValidation = new SimDataValidation(queue, state, locate, nullable);
    this.conditionalFormats = { add: (type) => this.addConditionalFormat(type) };
  }

  protected property(range: RangeModel, name: string): unknown {
    const { sheet, rect } = range;
    switch (name) {
      case 'address':
        return `${quoteSheetName(sheet.name)}!${rangeAddress(rect)}`;
      case 'values':
        return grid(rect, (row, column) => officeValue(this.state.calculation.value(sheet, row, column)));
      case 'formulas':
        return grid(rect, (row, column) => officeFormula(touchCell(sheet, row, column).content));
      case 'numberFormat':
        return grid(rect, (row, column) => touchCell(sheet, row, column).format.numberFormat);
      default:
        throw new RichApiError('InvalidArgument', `The simulated Range has no property '${name}'.`, `Range.${name}`);
    }
  }

  get address(): string {
    return this.read('address');
  }

  get values(): unknown[][] {
    return this.read('values');
  }

  set values(values: unknown[][]) {
    this.write('values', values, (range) => this.writeContents(range, values));
  }

  get formulas(): unknown[][] {
    return this.read('formulas');
  }

  set formulas(formulas: unknown[][]) {
    this.write('formulas', formulas, (range) => this.writeContents(range, formulas));
  }

  get numberFormat(): unknown[][] {
    return this.read('numberFormat');
  }

  set numberFormat(formats: unknown[][]) {
    this.write('numberFormat', formats, (range) => {
      const rows = checkShape(range.rect, formats);
      formatCells(this.state, range, () => undefined);
      for (const { row, column } of cellsOf(range.rect)) {
        touchCell(range.sheet, row, column).format.numberFormat = String(rows[row - range.rect.top]?.[column - range.rect.left] ?? 'General');
      }
    });
  }

  private writeContents(range: RangeModel, values: unknown[][]): void {
    const rows = checkShape(range.rect, values);
    checkEditable(range, 'content');
    for (const { row, column } of cellsOf(range.rect)) {
      const cell = touchCell(range.sheet, row, column);
      const input = apiInput(rows[row - range.rect.top]?.[column - range.rect.left], cell.format.numberFormat);
      if (input === null) delete cell.content;
      else if (input !== undefined) cell.content = input;
    }
    detectCalculatedColumns(range.sheet, range.rect);
    this.state.touch(range.sheet);
  }

  merge(across: boolean): void {
    this.write('merge', across, (range) => {
      const rects = across ? Array.from({ length: range.rect.bottom - range.rect.top + 1 }, (_, i) => ({ ...range.rect, top: range.rect.top + i, bottom: range.rect.top + i })) : [range.rect];
      for (const rect of rects) {
        range.sheet.merges = [...range.sheet.merges.filter((m) => !sameRect(m, rect)), rect];
        for (const { row, column } of cellsOf(rect)) if (row !== rect.top || column !== rect.left) delete touchCell(range.sheet, row, column).content;
      }
      this.state.touch(range.sheet);
    });
  }

  select(): void {
    this.act('select', (range) => {
      this.state.model.activeSheetId = range.sheet.id;
      this.state.model.selection = { sheetId: range.sheet.id, rect: range.rect };
    });
  }

  private addConditionalFormat(type: 'Custom'): ConditionalFormat {
    let id: number | undefined;
    this.write('conditionalFormats.add', type, (range) => {
      id = this.state.nextId();
      // Excel puts a new conditional format first: it has the highest priority.
      range.sheet.conditionalFormats.unshift({ id, rect: range.rect, formula: '', borders: {} });
      this.state.touch(range.sheet);
    });
    const locate = this.child((range) => range.sheet.conditionalFormats.find((f) => f.id === id));
    return new SimConditionalFormat(this.queue, locate);
  }
}

class SimRangeFormat extends ClientObject<RangeModel> implements RangeFormat {
  readonly fill: SimRangeFill;
  readonly font: SimRangeFont;
  readonly protection: SimFormatProtection;
  readonly borders: RangeFormat['borders'];

  constructor(queue: Queue, private readonly state: ExcelState, locate: Locate<RangeModel>, nullable: boolean) {
    super(queue, 'RangeFormat', locate, nullable);
    const cells =
      (apply: (format: CellFormat, key: string, value: unknown) => void) =>
      (range: RangeModel, key: string, value: unknown): void =>
        formatCells(state, range, (f) => apply(f, key, value));
    this.fill = new SimRangeFill(queue, 'RangeFill', locate, nullable, cells((f, _key, value) => {
      if (value === '' || value === null) delete f.fill;
      else f.fill = String(value).toUpperCase();
    }));
    this.font = new SimRangeFont(queue, 'RangeFont', locate, nullable, cells((f, key, value) => Object.assign(f.font, { [key]: key === 'color' ? String(value).toUpperCase() : value })));
    this.protection = new SimFormatProtection(queue, 'FormatProtection', locate, nullable, cells((f, _key, value) => (f.locked = value === true)));
    this.borders = {
      getItem: (index) => new SimRangeBorder(queue, 'RangeBorder', locate, nullable, (range, key, value) => setBorder(state, range, index, key, value)),
    };
  }

  protected property(): unknown {
    throw new RichApiError('InvalidArgument', 'The simulated RangeFormat is written, not read.', 'RangeFormat');
  }

  private set(member: 'horizontalAlignment' | 'verticalAlignment' | 'wrapText', value: unknown): void {
    this.write(member, value, (range) => formatCells(this.state, range, (f) => Object.assign(f, { [member]: value })));
  }

  get horizontalAlignment(): RangeFormat['horizontalAlignment'] {
    return this.read('horizontalAlignment');
  }
  set horizontalAlignment(value: RangeFormat['horizontalAlignment']) {
    this.set('horizontalAlignment', value);
  }
  get verticalAlignment(): RangeFormat['verticalAlignment'] {
    return this.read('verticalAlignment');
  }
  set verticalAlignment(value: RangeFormat['verticalAlignment']) {
    this.set('verticalAlignment', value);
  }
  get wrapText(): boolean {
    return this.read('wrapText');
  }
  set wrapText(value: boolean) {
    this.set('wrapText', value);
  }
  get columnWidth(): number {
    return this.read('columnWidth');
  }
  set columnWidth(points: number) {
    this.write('columnWidth', points, (range) => {
      checkEditable(range, 'columns');
      for (let column = range.rect.left; column <= range.rect.right; column++) range.sheet.columnWidths.set(column, points);
      this.state.touch(range.sheet);
    });
  }
  get rowHeight(): number {
    return this.read('rowHeight');
  }
  set rowHeight(points: number) {
    this.write('rowHeight', points, (range) => {
      checkEditable(range, 'rows');
      for (let row = range.rect.top; row <= range.rect.bottom; row++) range.sheet.rowHeights.set(row, points);
      this.state.touch(range.sheet);
    });
  }
}

/** A part of a format (fill, font, a border): its properties are written, each through `apply`, and read once loaded. */
abstract class Part<M> extends ClientObject<M> {
  constructor(
    queue: Queue,
    type: string,
    locate: Locate<M>,
    nullable: boolean,
    private readonly apply: (model: M, key: string, value: unknown) => void,
  ) {
    super(queue, type, locate, nullable);
  }

  protected assign(key: string, value: unknown): void {
    this.write(key, value, (model) => this.apply(model, key, value));
  }

  protected property(): unknown {
    throw new RichApiError('InvalidArgument', `The simulated ${this.type} is written, not read.`, this.type);
  }
}

class SimRangeFill extends Part<RangeModel> implements RangeFill {
  get color(): string {
    return this.read('color');
  }
  set color(color: string) {
    this.assign('color', color);
  }
}

class SimRangeFont extends Part<RangeModel> implements RangeFont {
  get name(): string {
    return this.read('name');
  }
  set name(name: string) {
    this.assign('name', name);
  }
  get size(): number {
    return this.read('size');
  }
  set size(size: number) {
    this.assign('size', size);
  }
  get bold(): boolean {
    return this.read('bold');
  }
  set bold(bold: boolean) {
    this.assign('bold', bold);
  }
  get italic(): boolean {
    return this.read('italic');
  }
  set italic(italic: boolean) {
    this.assign('italic', italic);
  }
  get color(): string {
    return this.read('color');
  }
  set color(color: string) {
    this.assign('color', color);
  }
}

class SimFormatProtection extends Part<RangeModel> implements FormatProtection {
  get locked(): boolean {
    return this.read('locked');
  }
  set locked(locked: boolean) {
    this.assign('locked', locked);
  }
}

type RangeFill = RangeFormat['fill'];
type RangeFont = RangeFormat['font'];
type FormatProtection = RangeFormat['protection'];
type RangeBorder = ReturnType<RangeFormat['borders']['getItem']>;
type DataValidation = Range['dataValidation'];

class SimRangeBorder extends Part<RangeModel> implements RangeBorder {
  get style(): RangeBorder['style'] {
    return this.read('style');
  }
  set style(style: RangeBorder['style']) {
    this.assign('style', style);
  }
  get color(): string {
    return this.read('color');
  }
  set color(color: string) {
    this.assign('color', color);
  }
  get weight(): RangeBorder['weight'] {
    return this.read('weight');
  }
  set weight(weight: RangeBorder['weight']) {
    this.assign('weight', weight);
  }
}

type BorderIndex = Parameters<RangeFormat['borders']['getItem']>[0];

function setBorder(state: ExcelState, range: RangeModel, index: BorderIndex, key: string, value: unknown): void {
  const { rect, sheet } = range;
  const change = (row: number, column: number, side: 'top' | 'bottom' | 'left' | 'right'): void => {
    const borders = touchCell(sheet, row, column).format.borders;
    const known: BorderModel = borders[side] ?? { style: 'None', color: '#000000', weight: 'Thin' };
    borders[side] = { ...known, [key]: key === 'color' ? String(value).toUpperCase() : String(value) };
  };
  formatCells(state, range, () => undefined);
  for (const { row, column } of cellsOf(rect)) {
    if (index === 'EdgeTop' && row === rect.top) change(row, column, 'top');
    if (index === 'EdgeBottom' && row === rect.bottom) change(row, column, 'bottom');
    if (index === 'EdgeLeft' && column === rect.left) change(row, column, 'left');
    if (index === 'EdgeRight' && column === rect.right) change(row, column, 'right');
    if (index === 'InsideHorizontal' && row < rect.bottom) {
      change(row, column, 'bottom');
      change(row + 1, column, 'top');
    }
    if (index === 'InsideVertical' && column < rect.right) {
      change(row, column, 'right');
      change(row, column + 1, 'left');
    }
  }
}

class SimDataValidation extends ClientObject<RangeModel> implements DataValidation {
  constructor(queue: Queue, private readonly state: ExcelState, locate: Locate<RangeModel>, nullable: boolean) {
    super(queue, 'DataValidation', locate, nullable);
  }

  protected property(range: RangeModel, name: string): unknown {
    const validation = range.sheet.validations.find((v) => sameRect(v.rect, range.rect));
    return validation?.[name as keyof ValidationModel];
  }

  /** Setting a part of a range's validation replaces the validations it overlaps, as Excel does. */
  private change(member: string, value: unknown, apply: (validation: ValidationModel) => void): void {
    this.write(member, value, (range) => {
      checkEditable(range, 'format');
      const sheet = range.sheet;
      let validation = sheet.validations.find((v) => sameRect(v.rect, range.rect));
      if (!validation) {
        sheet.validations = sheet.validations.filter((v) => !(v.rect.left <= range.rect.right && range.rect.left <= v.rect.right && v.rect.top <= range.rect.bottom && range.rect.top <= v.rect.bottom));
        validation = { rect: range.rect, ignoreBlanks: true };
        sheet.validations.push(validation);
      }
      apply(validation);
      this.state.touch(sheet);
    });
  }

  get rule(): Excel.DataValidationRule {
    return this.read('rule');
  }
  set rule(rule: Excel.DataValidationRule) {
    this.change('rule', rule, (v) => (v.rule = structuredClone(rule)));
  }
  get errorAlert(): Excel.DataValidationErrorAlert {
    return this.read('errorAlert');
  }
  set errorAlert(alert: Excel.DataValidationErrorAlert) {
    this.change('errorAlert', alert, (v) => (v.errorAlert = { ...alert }));
  }
  get prompt(): Excel.DataValidationPrompt {
    return this.read('prompt');
  }
  set prompt(prompt: Excel.DataValidationPrompt) {
    this.change('prompt', prompt, (v) => (v.prompt = { ...prompt }));
  }
  get ignoreBlanks(): boolean {
    return this.read('ignoreBlanks');
  }
  set ignoreBlanks(ignore: boolean) {
    this.change('ignoreBlanks', ignore, (v) => (v.ignoreBlanks = ignore));
  }
}

type Custom = ConditionalFormat['custom'];
type ConditionalRule = Custom['rule'];
type ConditionalFill = Custom['format']['fill'];
type ConditionalFont = Custom['format']['font'];
type ConditionalBorder = ReturnType<Custom['format']['borders']['getItem']>;

class SimConditionalFormat extends ClientObject<ConditionalFormatModel> implements ConditionalFormat {
  readonly custom: Custom;

  constructor(queue: Queue, locate: Locate<ConditionalFormatModel>) {
    super(queue, 'ConditionalFormat', locate, false);
    const upper = (value: unknown): string => String(value).toUpperCase();
    this.custom = {
      rule: new SimConditionalRule(queue, 'ConditionalFormatRule', locate, false, (model, _key, value) => {
        const formula = String(value).replace(/^=/, '');
        parseFormula(formula);
        model.formula = formula;
      }),
      format: {
        fill: new SimConditionalFill(queue, 'ConditionalRangeFill', locate, false, (model, _key, value) => (model.fill = upper(value))),
        font: new SimConditionalFont(queue, 'ConditionalRangeFont', locate, false, (model, key, value) => {
          if (key === 'bold') model.bold = value === true;
          else model.fontColor = upper(value);
        }),
        borders: {
          getItem: (index: BorderEdge) =>
            new SimConditionalBorder(queue, 'ConditionalRangeBorder', locate, false, (model, key, value) => {
              const side = ({ EdgeTop: 'top', EdgeBottom: 'bottom', EdgeLeft: 'left', EdgeRight: 'right' } as const)[index];
              const known = model.borders[side] ?? { style: 'None', color: '#000000' };
              model.borders[side] = { ...known, [key]: key === 'color' ? upper(value) : String(value) };
            }),
        },
      },
    };
  }

  protected property(): unknown {
    throw new RichApiError('InvalidArgument', 'The simulated ConditionalFormat is written, not read.', 'ConditionalFormat');
  }
}

class SimConditionalRule extends Part<ConditionalFormatModel> implements ConditionalRule {
  get formula(): string {
    return this.read('formula');
  }
  set formula(formula: string) {
    this.assign('formula', formula);
  }
}

class SimConditionalFill extends Part<ConditionalFormatModel> implements ConditionalFill {
  get color(): string {
    return this.read('color');
  }
  set color(color: string) {
    this.assign('color', color);
  }
}

class SimConditionalFont extends Part<ConditionalFormatModel> implements ConditionalFont {
  get color(): string {
    return this.read('color');
  }
  set color(color: string) {
    this.assign('color', color);
  }
  get bold(): boolean {
    return this.read('bold');
  }
  set bold(bold: boolean) {
    this.assign('bold', bold);
  }
}

class SimConditionalBorder extends Part<ConditionalFormatModel> implements ConditionalBorder {
  get style(): ConditionalBorder['style'] {
    return this.read('style');
  }
  set style(style: ConditionalBorder['style']) {
    this.assign('style', style);
  }
  get color(): string {
    return this.read('color');
  }
  set color(color: string) {
    this.assign('color', color);
  }
}
