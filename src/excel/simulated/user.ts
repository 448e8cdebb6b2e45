/**
 * What a user does in the simulated Excel, with Excel's consequences: typing is checked by a data
 * validation with the stop style and paste is not; a locked cell on a protected sheet refuses both; each
 * action is one undo step and one change event, with `details` only when one cell's value was typed.
 */
import { cellAddress, parseAddress, parseRange, rangeAddress } from '../../report/layout/a1';
import { isError, textToNumber, type Value } from './values';
import { officeValue, typedDate, typedInput, type Input } from './cell-input';
import { cellsOf, contains, findName, findSheet, findTable, touchCell, type Content, type Rect, type SheetModel, type ValidationModel } from './model';
import type { SimulatedExcel } from './simulated-excel';
import type { ChangeDetail } from './state';
import { deleteRows, insertRows, moveBlock, renameSheet } from './structure';
import { addTableRow, bodyRows, fillRows } from './tables';

export type Typed = { readonly accepted: true } | { readonly accepted: false; readonly message: string };

/** What a cell can be given as it is: a value, an ISO date (`2014-02-19`, stored as a date), a formula. */
export type Put = string | number | boolean | null | { readonly formula: string };

interface ActionOptions {
  /** The change fires no event, as some edits in Excel fire none (picking from a validation list). */
  readonly silent?: boolean;
}

const PROTECTED = 'Cellen eller diagrammet du prøver å endre, er på et beskyttet ark.';
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function valueType(value: Value): ChangeDetail['valueTypeAfter'] {
  if (value === null) return 'Empty';
  if (isError(value)) return 'Error';
  if (typeof value === 'string') return 'String';
  if (typeof value === 'boolean') return 'Boolean';
  return Number.isInteger(value) ? 'Integer' : 'Double';
}

function limit(formula: string | number | Date | Excel.Range | undefined): number | undefined {
  if (typeof formula === 'number') return formula;
  if (typeof formula !== 'string') return undefined;
  const text = formula.replace(/^=/, '');
  const iso = ISO_DATE.exec(text);
  return iso ? typedDate(`${iso[3]}.${iso[2]}.${iso[1]}`) : textToNumber(text);
}

function holds(check: Excel.BasicDataValidation | Excel.DateTimeDataValidation, n: number): boolean {
  const a = limit(check.formula1) ?? Number.NaN;
  const b = limit(check.formula2) ?? Number.NaN;
  switch (check.operator) {
    case 'Between':
      return n >= a && n <= b;
    case 'NotBetween':
      return n < a || n > b;
    case 'EqualTo':
      return n === a;
    case 'NotEqualTo':
      return n !== a;
    case 'GreaterThan':
      return n > a;
    case 'LessThan':
      return n < a;
    case 'GreaterThanOrEqualTo':
      return n >= a;
    case 'LessThanOrEqualTo':
      return n <= a;
    default:
      return true;
  }
}

/** Whether a data validation lets the typed content in (only the stop style stops it). */
function allows(validation: ValidationModel, content: Input): boolean {
  const { rule, errorAlert } = validation;
  if (!rule || errorAlert?.showAlert === false || (errorAlert && errorAlert.style !== 'Stop')) return true;
  if (content === null || content === undefined) return validation.ignoreBlanks;
  const n = typeof content === 'number' ? content : undefined;
  if (rule.wholeNumber) return n !== undefined && Number.isInteger(n) && holds(rule.wholeNumber, n);
  if (rule.decimal) return n !== undefined && holds(rule.decimal, n);
  if (rule.date) return n !== undefined && holds(rule.date, n);
  if (rule.textLength) return typeof content !== 'object' && holds(rule.textLength, String(content).length);
  return true;
}

export class SimulatedUser {
  constructor(private readonly excel: SimulatedExcel) {}

  private sheet(name: string): SheetModel {
    const sheet = findSheet(this.excel.model, name);
    if (!sheet) throw new Error(`Arbeidsboken har ikke arket «${name}».`);
    return sheet;
  }

  /** The change event's `details`, read once the change is made. */
  private details(before: Value, sheet: SheetModel, at: { row: number; column: number }): ChangeDetail {
    const after = (): Value => this.excel.calculation.value(sheet, at.row, at.column);
    return {
      valueBefore: officeValue(before),
      valueTypeBefore: valueType(before),
      get valueAfter() {
        return officeValue(after());
      },
      get valueTypeAfter() {
        return valueType(after());
      },
    };
  }

  private editable(sheet: SheetModel, rect: Rect): boolean {
    return !sheet.protection || [...cellsOf(rect)].every(({ row, column }) => !touchCell(sheet, row, column).format.locked);
  }

  private unprotected(sheet: SheetModel): void {
    if (sheet.protection) throw new Error(`Arket «${sheet.name}» er beskyttet: Excel lar ikke brukeren endre oppsettet.`);
  }

  /** Types into one cell and presses Enter, as in a Norwegian Excel (`1 234,5` and `19.02.2014` are a number and a date). */
  type(sheetName: string, address: string, text: string, options: ActionOptions = {}): Typed {
    const sheet = this.sheet(sheetName);
    const at = parseAddress(address);
    if (!at) throw new Error(`«${address}» er ingen celleadresse.`);
    const rect = { top: at.row, left: at.column, bottom: at.row, right: at.column };
    if (!this.editable(sheet, rect)) return { accepted: false, message: PROTECTED };
    const cell = touchCell(sheet, at.row, at.column);
    const { content, date } = typedInput(text, cell.format.numberFormat);
    const validation = sheet.validations.find((v) => contains(v.rect, at.row, at.column));
    if (validation && !allows(validation, content)) return { accepted: false, message: validation.errorAlert?.message ?? 'Verdien er ikke tillatt i denne cellen.' };
    const before = this.excel.calculation.value(sheet, at.row, at.column);
    this.excel.userChange(
      sheet,
      () => {
        if (content === null || content === undefined) delete cell.content;
        else cell.content = content;
        if (date && cell.format.numberFormat === 'General') cell.format.numberFormat = 'dd.mm.yyyy';
      },
      {
        address,
        details: this.details(before, sheet, at),
        cells: rect,
        ...options,
      },
    );
    return { accepted: true };
  }

  /** Pastes values from elsewhere (Word, another workbook): text stays text, and paste skips data validation. */
  paste(sheetName: string, address: string, values: readonly (readonly (string | number | boolean | null)[])[], options: ActionOptions = {}): Typed {
    return this.putAll(sheetName, address, values, options, false);
  }

  /** Leaves values in cells as a file saved elsewhere holds them; an ISO date becomes a date. */
  put(sheetName: string, address: string, value: Put, options: ActionOptions = {}): Typed {
    return this.putAll(sheetName, address, [[value]], options, true);
  }

  /** Types one value into every cell of a range at once (Ctrl+Enter). */
  fill(sheetName: string, range: string, value: Put, options: ActionOptions = {}): Typed {
    const rect = parseRange(range);
    if (!rect) throw new Error(`«${range}» er ikke et område.`);
    const rows = Array.from({ length: rect.bottom - rect.top + 1 }, () => Array.from({ length: rect.right - rect.left + 1 }, () => value));
    return this.putAll(sheetName, cellAddress(rect.left, rect.top), rows, options, false);
  }

  /** Empties the cells of a range (the Delete key). */
  clear(sheetName: string, range: string, options: ActionOptions = {}): Typed {
    return this.fill(sheetName, range, null, options);
  }

  /** `typed`: one value typed into one cell, the only change Excel's event describes in `details`. */
  private putAll(sheetName: string, address: string, values: readonly (readonly Put[])[], options: ActionOptions, typed: boolean): Typed {
    const sheet = this.sheet(sheetName);
    const at = parseAddress(address);
    if (!at) throw new Error(`«${address}» er ingen celleadresse.`);
    const rect = { top: at.row, left: at.column, bottom: at.row + values.length - 1, right: at.column + Math.max(0, ...values.map((r) => r.length)) - 1 };
    if (!this.editable(sheet, rect)) return { accepted: false, message: PROTECTED };
    const before = this.excel.calculation.value(sheet, at.row, at.column);
    this.excel.userChange(
      sheet,
      () =>
        values.forEach((row, i) =>
          row.forEach((value, j) => {
            const cell = touchCell(sheet, at.row + i, at.column + j);
            const iso = typeof value === 'string' ? ISO_DATE.exec(value) : null;
            const content: Content | null = iso ? (typedDate(`${iso[3]}.${iso[2]}.${iso[1]}`) ?? null) : value === '' ? null : value;
            if (content === null) delete cell.content;
            else cell.content = content;
            if (iso && cell.format.numberFormat === 'General') cell.format.numberFormat = 'yyyy-mm-dd';
          }),
        ),
      {
        address: rangeAddress(rect),
        cells: rect,
        ...options,
        // Excel gives details only for one cell typed; a paste or a multi-cell edit comes without.
        ...(typed ? { details: this.details(before, sheet, at) } : {}),
      },
    );
    return { accepted: true };
  }

  /** Inserts whole rows above `row`; a table they fall into grows and fills them. */
  insertRows(sheetName: string, row: number, count = 1): void {
    const sheet = this.sheet(sheetName);
    this.unprotected(sheet);
    this.excel.userChange(
      sheet,
      () => {
        insertRows(this.excel.model, sheet, row, count);
        for (const table of sheet.tables) {
          const body = bodyRows(table);
          if (row > body.first && row <= body.last) fillRows(sheet, table, row, count);
        }
      },
      { address: `${row}:${row + count - 1}` },
    );
  }

  deleteRows(sheetName: string, row: number, count = 1): void {
    const sheet = this.sheet(sheetName);
    this.unprotected(sheet);
    this.excel.userChange(sheet, () => deleteRows(this.excel.model, sheet, row, count), { address: `${row}:${row + count - 1}` });
  }

  /** Cut and paste of a block: references to its cells, names and tables go along. */
  moveBlock(sheetName: string, range: string, to: string): void {
    const sheet = this.sheet(sheetName);
    const from = parseRange(range);
    const target = parseAddress(to);
    if (!from || !target) throw new Error(`«${range}» eller «${to}» er ingen adresse.`);
    this.unprotected(sheet);
    this.excel.userChange(sheet, () => moveBlock(this.excel.model, sheet, from, target.row, target.column), { address: range });
  }

  /** Renaming a sheet has no undo in Excel for Windows: it clears the history. */
  renameSheet(from: string, to: string): void {
    const sheet = this.sheet(from);
    this.excel.userChange(sheet, () => renameSheet(this.excel.model, sheet, to), { address: '', silent: true, clearsUndo: true });
  }

  /** Review → Unprotect Sheet (the template's sheets have no password); like protecting, it clears the undo history. */
  unprotect(sheetName: string): void {
    const sheet = this.sheet(sheetName);
    this.excel.userChange(sheet, () => delete sheet.protection, { address: '', silent: true, clearsUndo: true });
  }

  /** Deletes a defined name in the Name Manager. */
  deleteName(name: string): void {
    const found = findName(this.excel.model, name);
    if (!found) throw new Error(`Arbeidsboken har ikke navnet «${name}».`);
    const sheet = this.excel.model.sheets.find((s) => !('error' in found.target) && s.id === found.target.sheetId) ?? this.excel.model.sheets[0];
    if (!sheet) return;
    this.excel.userChange(sheet, () => (this.excel.model.names = this.excel.model.names.filter((n) => n !== found)), { address: '', silent: true });
  }

  /** Tab in the last cell of a table: a new row at the end of its body. */
  addTableRow(tableName: string): void {
    const found = findTable(this.excel.model, tableName);
    if (!found) throw new Error(`Arbeidsboken har ikke tabellen «${tableName}».`);
    const { sheet, table } = found;
    const row = bodyRows(table).last + 1;
    this.excel.userChange(sheet, () => addTableRow(this.excel.model, sheet, table.id), { address: `${row}:${row}` });
  }
}
