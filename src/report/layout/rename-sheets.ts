/**
 * A plan whose sheets must take other names, because the workbook it goes into already has sheets with
 * the planned ones: the sheets, the defined names and every formula follow the chosen names.
 */
import { renameSheetReferences } from './formula-references';
import type { CellPlan, LayoutPlan } from './plan';

/** Excel's longest sheet name. */
export const MAX_SHEET_NAME = 31;
const FORBIDDEN = /[\\/?*[\]:]/;

/** Whether Excel accepts the text as a sheet name (its uniqueness aside). */
export function isValidSheetName(name: string): boolean {
  return name.trim() !== '' && name.length <= MAX_SHEET_NAME && !FORBIDDEN.test(name) && !name.startsWith("'") && !name.endsWith("'");
}

const key = (name: string): string => name.toUpperCase();

/** The planned sheet names that the workbook's sheets already have; Excel compares sheet names without case. */
export function takenSheetNames(planned: readonly string[], existing: readonly string[]): string[] {
  const used = new Set(existing.map(key));
  return planned.filter((name) => used.has(key(name)));
}

/** A free name for each taken planned sheet name: `5 Økonomi (2)`, shortened to fit when it must be. */
export function freeSheetNames(planned: readonly string[], existing: readonly string[]): Record<string, string> {
  const used = new Set([...existing, ...planned].map(key));
  const free: Record<string, string> = {};
  for (const name of takenSheetNames(planned, existing)) {
    for (let n = 2; ; n++) {
      const suffix = ` (${n})`;
      const candidate = `${name.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd()}${suffix}`;
      if (used.has(key(candidate))) continue;
      used.add(key(candidate));
      free[name] = candidate;
      break;
    }
  }
  return free;
}

/** The plan with its sheets renamed (`renames`: plan name → new name); names and formulas follow. */
export function renameSheets(plan: LayoutPlan, renames: Readonly<Record<string, string>>): LayoutPlan {
  const map = new Map(Object.entries(renames).filter(([from, to]) => from !== to));
  if (map.size === 0) return plan;
  const rename = (name: string): string => map.get(name) ?? name;
  const formula = (text: string): string => renameSheetReferences(text, map);
  const cell = (c: CellPlan): CellPlan => (c.formula === undefined ? c : { ...c, formula: formula(c.formula) });
  return {
    ...plan,
    sheets: plan.sheets.map((sheet) => ({
      ...sheet,
      name: rename(sheet.name),
      cells: sheet.cells.map(cell),
      tables: sheet.tables.map((t) => ({
        ...t,
        columns: t.columns.map((c) => ({
          ...c,
          ...(c.formula === undefined ? {} : { formula: formula(c.formula) }),
          ...(c.totalFormula === undefined ? {} : { totalFormula: formula(c.totalFormula) }),
        })),
      })),
      conditionalFormats: sheet.conditionalFormats.map((f) => ({ ...f, formula: formula(f.formula) })),
    })),
    names: plan.names.map((n) => ({ ...n, sheet: rename(n.sheet) })),
  };
}
