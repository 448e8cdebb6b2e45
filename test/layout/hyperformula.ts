/** A layout plan evaluated by HyperFormula: an independent engine checks the formulas the plan writes. */
import { HyperFormula, type RawCellContent } from 'hyperformula';
import { parseAddress, sheetAddress } from '../../src/report/layout/a1';
import type { LayoutPlan } from '../../src/report/layout/plan';
import type { CellValue } from '../../src/report/values';
import type { Evaluated } from './computed-cells';
import type { PlacedValue } from './place';

export function evaluatePlan(plan: LayoutPlan, inputs: readonly PlacedValue[]): Evaluated {
  const hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3' });
  const ids = new Map(plan.sheets.map((s) => [s.name, hf.getSheetId(hf.addSheet(s.name)) ?? -1]));
  const at = (sheet: string, address: string): { sheet: number; row: number; col: number } => {
    const position = parseAddress(address);
    const id = ids.get(sheet);
    if (!position || id === undefined) throw new Error(`Ukjent celle ${sheet}!${address}`);
    return { sheet: id, row: position.row - 1, col: position.column - 1 };
  };
  const put = (sheet: string, address: string, content: RawCellContent): void => {
    hf.setCellContents(at(sheet, address), [[content]]);
  };
  hf.batch(() => {
    for (const name of plan.names) hf.addNamedExpression(name.name, `=${sheetAddress(name.sheet, name.address, true)}`);
    for (const sheet of plan.sheets) {
      for (const cell of sheet.cells) put(sheet.name, cell.address, cell.formula === undefined ? (cell.value ?? null) : `=${cell.formula}`);
    }
    for (const input of inputs) put(input.sheet, input.address, input.value as CellValue);
  });
  return (sheet, address) => hf.getCellValue(at(sheet, address));
}
