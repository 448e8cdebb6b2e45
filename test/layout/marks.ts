/**
 * The sheet's marks for a filled plan, as HyperFormula evaluates the conditional formats: every format's
 * condition for every cell of its range, and the cells the validator's findings of the same rules name.
 * The parity tests hold the two to the same cells.
 */
import { HyperFormula, type RawCellContent } from 'hyperformula';
import { cellAddress, parseAddress, parseRange, sheetAddress } from '../../src/report/layout/a1';
import { parseTableCell } from '../../src/report/findings';
import { fieldCell, findTablePlan, tableCellAddress } from '../../src/report/layout/lookup';
import type { ConditionalFormatPlan, LayoutPlan } from '../../src/report/layout/plan';
import { formulaAt, mapReferences } from '../../src/report/layout/formula-references';
import type { PayloadV1 } from '../../src/report/payload';
import type { ValidationContext } from '../../src/report/rules/context';
import { evaluate } from '../../src/report/rules/evaluate';
import { sheetForms } from '../../src/report/rules/kinds';
import type { Template } from '../../src/report/template';
import type { CellValue, Severity } from '../../src/report/values';
import { withExcelFunctions } from './excel-functions';
import type { PlacedValue } from './place';

/** Every cell of a range, top row first. */
export function cellsOf(range: string): string[] {
  const r = parseRange(range);
  if (!r) return [];
  const cells: string[] = [];
  for (let row = r.top; row <= r.bottom; row++) for (let column = r.left; column <= r.right; column++) cells.push(cellAddress(column, row));
  return cells;
}

/** A cell of a sheet marked by a rule: `'1 Hovedmål'!B12 C1-01 feil`. */
export type Mark = string;

const mark = (sheet: string, address: string, rule: string, severity: Severity): Mark => `${sheetAddress(sheet, address)} ${rule} ${severity}`;

/** Every cell a format covers, with the formula as it reads there, qualified with the format's sheet. */
export function formatCells(plan: LayoutPlan, rows?: (format: ConditionalFormatPlan) => boolean) {
  return plan.sheets.flatMap((sheet) =>
    sheet.conditionalFormats
      .filter((format) => rows?.(format) ?? true)
      .flatMap((format) =>
        cellsOf(format.range).map((address) => ({
          sheet: sheet.name,
          address,
          format,
          formula: mapReferences(formulaAt(format, address), (r) => (r.sheet === undefined ? { ...r, sheet: sheet.name } : r)),
        })),
      ),
  );
}

/** A text cell as HyperFormula must hold it: an apostrophe keeps `40` and `=x` text, as in Excel. */
const content = (value: CellValue): RawCellContent => (typeof value === 'string' ? `'${value}` : value);

export interface MarkEvaluator {
  /**
   * The marks of the plan filled with `inputs` (values by sheet and address; the plan's formulas stay
   * where nothing is put) and with `formulas` (without `=`) a user typed.
   */
  marks(inputs: readonly PlacedValue[], formulas?: readonly { sheet: string; address: string; formula: string }[]): Mark[];
}

export function markEvaluator(plan: LayoutPlan): MarkEvaluator {
  withExcelFunctions();
  const hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3' });
  const ids = new Map(plan.sheets.map((s) => [s.name, hf.getSheetId(hf.addSheet(s.name)) ?? -1]));
  const results = hf.getSheetId(hf.addSheet('Merker')) ?? -1;
  const at = (sheet: string, address: string) => {
    const position = parseAddress(address);
    const id = ids.get(sheet);
    if (!position || id === undefined) throw new Error(`Ukjent celle ${sheet}!${address}`);
    return { sheet: id, row: position.row - 1, col: position.column - 1 };
  };
  const original = new Map<string, RawCellContent>();
  const cells = formatCells(plan);
  hf.batch(() => {
    for (const name of plan.names) hf.addNamedExpression(name.name, `=${sheetAddress(name.sheet, name.address, true)}`);
    for (const sheet of plan.sheets) {
      for (const cell of sheet.cells) {
        const raw = cell.formula === undefined ? (cell.value ?? null) : `=${cell.formula}`;
        original.set(`${sheet.name}!${cell.address}`, raw);
        hf.setCellContents(at(sheet.name, cell.address), [[typeof raw === 'string' && !raw.startsWith('=') ? `'${raw}` : raw]]);
      }
    }
    cells.forEach((cell, row) => hf.setCellContents({ sheet: results, row, col: 0 }, [[`=${cell.formula}`]]));
  });
  return {
    marks(inputs, formulas = []) {
      const typed = [...inputs.map((i) => ({ ...i, raw: content(i.value) })), ...formulas.map((f) => ({ ...f, raw: `=${f.formula}` }))];
      hf.batch(() => {
        for (const input of typed) hf.setCellContents(at(input.sheet, input.address), [[input.raw]]);
      });
      const marked = cells.flatMap((cell, row) => {
        const value = hf.getCellValue({ sheet: results, row, col: 0 });
        return value === true ? [mark(cell.sheet, cell.address, cell.format.rule, cell.format.severity)] : [];
      });
      hf.batch(() => {
        for (const input of typed) hf.setCellContents(at(input.sheet, input.address), [[original.get(`${input.sheet}!${input.address}`) ?? null]]);
      });
      return [...new Set(marked)].sort();
    },
  };
}

/** Where a finding's cell is in the plan; undefined for cells no format covers (total rows). */
export function addressOf(plan: LayoutPlan, cell: string): { sheet: string; address: string } | undefined {
  const table = parseTableCell(cell);
  if (!table) return fieldCell(plan, cell);
  const found = findTablePlan(plan, table.table);
  const address = found && tableCellAddress(found.table, table.row, table.column);
  return found && address ? { sheet: found.sheet.name, address } : undefined;
}

/** The cells the findings of the rule entries that mark the sheet name, as marks. */
export function findingMarks(template: Template, plan: LayoutPlan, payload: PayloadV1, context: ValidationContext): Mark[] {
  const marking = template.rules.filter((rule) => 'marks' in sheetForms[rule.kind]);
  const found = marking.flatMap((rule) =>
    evaluate(template, [rule], payload, context).flatMap((finding) =>
      finding.fields.flatMap((field) => {
        const where = addressOf(plan, field);
        return where ? [mark(where.sheet, where.address, finding.rule, finding.severity)] : [];
      }),
    ),
  );
  return [...new Set(found)].sort();
}

/** The template with more empty rows in its tables, as after a user added rows. */
export function withTableRows(template: Template, rows: Readonly<Record<string, number>>): Template {
  return {
    ...template,
    sections: template.sections.map((s) => ({
      ...s,
      blocks: s.blocks.map((b) => (b.type === 'table' && rows[b.id] !== undefined ? { ...b, initialRows: rows[b.id] ?? b.initialRows } : b)),
    })),
  };
}
