/**
 * The simulated workbook saved as an .xlsx (with ExcelJS, as Excel would save it: values, formulas with
 * their results, number formats, defined names, tables), so the `.xlsx` reader can read the same content
 * the add-in reads.
 */
import ExcelJS from 'exceljs';
import { cellAddress, rangeAddress, sheetAddress } from '../../../src/report/layout/a1';
import type { SimulatedExcel } from '../../../src/excel/simulated';
import { isFormula, parseCellKey } from '../../../src/excel/simulated/model';
import { columnNames } from '../../../src/excel/simulated/tables';
import { isError } from '../../../src/excel/simulated/values';

export async function exportXlsx(excel: SimulatedExcel): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of excel.model.sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    for (const table of sheet.tables) {
      const names = columnNames(sheet, table, excel.calculation);
      ws.addTable({
        name: table.name,
        ref: cellAddress(table.rect.left, table.rect.top),
        headerRow: table.showHeaders,
        totalsRow: table.showTotals,
        columns: names.map((name) => ({ name })),
        rows: Array.from({ length: table.rect.bottom - table.rect.top + 1 - Number(table.showHeaders) - Number(table.showTotals) }, () => names.map(() => null)),
      });
    }
    for (const [key, cell] of sheet.cells) {
      const { row, column } = parseCellKey(key);
      const target = ws.getCell(cellAddress(column, row));
      const { content } = cell;
      if (isFormula(content)) {
        const result = excel.calculation.value(sheet, row, column);
        target.value = { formula: content.formula, result: isError(result) ? { error: result.error } : (result ?? undefined) } as ExcelJS.CellValue;
      } else if (content !== undefined) {
        target.value = typeof content === 'object' ? ({ error: content.error } as ExcelJS.CellValue) : content;
      }
      target.numFmt = cell.format.numberFormat;
    }
  }
  for (const name of excel.model.names) {
    const target = name.target;
    const sheet = 'error' in target ? undefined : excel.model.sheets.find((s) => s.id === target.sheetId);
    if (sheet && !('error' in target)) workbook.definedNames.add(sheetAddress(sheet.name, rangeAddress(target.rect), true), name.name);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
