/**
 * Looking into the simulated workbook as a user looks at Excel: what a cell holds and shows, how it is
 * formatted, and which conditional format marks it (evaluated as Excel evaluates them, first in priority
 * that holds) — for the tests, and for the demo that draws the sheets.
 */
import { cellAddress, parseAddress, rangeAddress, sheetAddress } from '../../report/layout/a1';
import { isError, toBoolean } from './values';
import { officeFormula, officeValue } from './cell-input';
import { cellAt, defaultFormat, findSheet, parseCellKey, type CellFormat, type ConditionalFormatModel, type SheetModel } from './model';
import type { SimulatedExcel } from './simulated-excel';

export interface CellView {
  /** As `range.values` gives it. */
  readonly value: string | number | boolean;
  /** As `range.formulas` gives it. */
  readonly formula: string | number | boolean;
  readonly format: CellFormat;
}

function sheetOf(excel: SimulatedExcel, name: string): SheetModel {
  const sheet = findSheet(excel.model, name);
  if (!sheet) throw new Error(`Arbeidsboken har ikke arket «${name}».`);
  return sheet;
}

export function cellView(excel: SimulatedExcel, sheetName: string, address: string): CellView {
  const sheet = sheetOf(excel, sheetName);
  const at = parseAddress(address);
  if (!at) throw new Error(`«${address}» er ingen celleadresse.`);
  const cell = cellAt(sheet, at.row, at.column);
  return {
    value: officeValue(excel.calculation.value(sheet, at.row, at.column)),
    formula: officeFormula(cell?.content),
    format: cell?.format ?? defaultFormat(),
  };
}

/** Every cell that holds or looks like something, by address. */
export function usedCells(excel: SimulatedExcel, sheetName: string): Map<string, CellView> {
  const sheet = sheetOf(excel, sheetName);
  return new Map(
    [...sheet.cells.keys()].map((key) => {
      const { row, column } = parseCellKey(key);
      const address = cellAddress(column, row);
      return [address, cellView(excel, sheetName, address)] as const;
    }),
  );
}

/**
 * The conditional formats whose condition holds, for each marked cell, highest priority first: the first
 * is the look Excel shows (it wins every property the others set too).
 */
export function marks(excel: SimulatedExcel, sheetName: string): Map<string, ConditionalFormatModel[]> {
  const sheet = sheetOf(excel, sheetName);
  const marked = new Map<string, ConditionalFormatModel[]>();
  for (const format of sheet.conditionalFormats) {
    for (let row = format.rect.top; row <= format.rect.bottom; row++) {
      for (let column = format.rect.left; column <= format.rect.right; column++) {
        const position = { sheet, row, column, rows: row - format.rect.top, columns: column - format.rect.left };
        const result = excel.calculation.evaluate(format.formula, position);
        // A condition that gives an error marks nothing, as in Excel.
        if (isError(result) || toBoolean(result) !== true) continue;
        const address = cellAddress(column, row);
        marked.set(address, [...(marked.get(address) ?? []), format]);
      }
    }
  }
  return marked;
}

/** The selected cells, as `'Sheet'!A1:B2`. */
export function selection(excel: SimulatedExcel): string | undefined {
  const selected = excel.model.selection;
  const sheet = selected && excel.model.sheets.find((s) => s.id === selected.sheetId);
  return sheet && selected && sheetAddress(sheet.name, rangeAddress(selected.rect));
}

export function activeSheet(excel: SimulatedExcel): string | undefined {
  return excel.model.sheets.find((s) => s.id === excel.model.activeSheetId)?.name;
}
