/** OKO-05 and OKO-08: what only a whole table can tell (overwritten formulas, a year twice). */
import { totalColumns, type Hundredths } from '../../compute';
import { tables } from '../../fields';
import { tableCell } from '../../findings';
import { isEmpty, parseNumber } from '../../numbers';
import type { CellValue } from '../../values';
import { blank, filled, hundredthsOf, numberOf } from '../excel-form';
import { totalCell } from '../input';
import { readCell } from '../reading';
import { placeTerm, type SheetForm } from '../sheet-form';
import type { Behaviour, Hit } from '../types';

/** A computed cell the payload carries (the sheet's formula is gone) that differs, or is empty. */
function overwritten(cell: string, actual: CellValue | undefined, expected: Hundredths | undefined): Hit<'computedIntact'>[] {
  // Unknown when an input is not a number: OKO-01 names that input instead.
  if (expected === null || expected === undefined) return [];
  const reading = readCell(actual);
  if (reading.state === 'tall' && reading.value === expected) return [];
  return [{ fields: [cell], values: { [cell]: actual ?? null }, detail: { expected } }];
}

export const computedIntact: Behaviour<'computedIntact'> = (_rule, input) =>
  tables(input.template).flatMap((table) => {
    const computation = input.computation(table.id);
    const formulaColumns = table.columns.filter((c) => c.formula).map((c) => c.id);
    const rowHits = input.rows(table.id).flatMap(({ index, row }) =>
      formulaColumns
        .filter((id) => Object.hasOwn(row, id))
        .flatMap((id) => overwritten(tableCell(table.id, index, id), row[id], computation?.rows[index]?.[id])),
    );
    const totals = input.payload.totals?.[table.id];
    const totalHits = totals
      ? totalColumns(table)
          .filter((id) => Object.hasOwn(totals, id))
          .flatMap((id) => overwritten(totalCell(table.id, id), totals[id], computation?.total[id]))
      : [];
    return [...rowHits, ...totalHits];
  });

/** 2013, "2013" and " 2013 " are the same year. */
function keyOf(value: CellValue): string {
  const parsed = parseNumber(value);
  return parsed.ok ? String(parsed.value) : String(value).trim().toLocaleLowerCase('nb');
}

export const uniqueInColumn: Behaviour<'uniqueInColumn'> = (rule, input) => {
  const first = new Map<string, { readonly cell: string; readonly value: CellValue }>();
  return input.rows(rule.table).flatMap(({ index, row }) => {
    const value = row[rule.column];
    if (value === undefined || value === null || isEmpty(value)) return [];
    const cell = tableCell(rule.table, index, rule.column);
    const earlier = first.get(keyOf(value));
    if (earlier === undefined) {
      first.set(keyOf(value), { cell, value });
      return [];
    }
    return [
      {
        fields: [cell, earlier.cell],
        values: { [cell]: value, [earlier.cell]: earlier.value },
        detail: { firstCell: earlier.cell },
      },
    ];
  });
};

/**
 * A computed table cell that no longer holds a formula, in a row that is not empty, whose value is not
 * what the template computes from the row's inputs (unknown when an input is not a number). A cell that
 * holds some other formula than the template's is the validator's alone (docs/sheet-marks.md).
 */
export const computedIntactSheet: SheetForm<'computedIntact'> = {
  marks: (_rule, views, rowsOf) =>
    [...views.tableById.values()].flatMap((table) =>
      views.places({ eachRowOf: table.id }, rowsOf).flatMap((place) =>
        table.columns
          .filter((c) => c.formula)
          .map((column) => ({
            cells: [place.cell(column.id)],
            condition: (ref) => {
              const cell = ref(place.cell(column.id));
              const expected = placeTerm(place, column.id, ref).value;
              // The row is read when it holds anything: an input, or a computed cell typed over.
              const inputs = table.columns.filter((c) => !c.formula || c.id === column.id).map((c) => ref(place.cell(c.id)));
              const typedOver = table.columns
                .filter((c) => c.formula && c.id !== column.id)
                .map((c) => ref(place.cell(c.id)))
                .map((other) => `AND(NOT(ISFORMULA(${other})),${filled(other)})`);
              const rowFilled = [filled(...inputs), ...typedOver];
              const differs = `IFERROR(OR(${blank(cell)},${hundredthsOf(numberOf(cell))}<>${hundredthsOf(expected)}),TRUE())`;
              return `AND(NOT(ISFORMULA(${cell})),OR(${rowFilled.join(',')}),ISNUMBER(${expected}),${differs})`;
            },
          })),
      ),
    ),
  checkOnly: { cells: 'total rows', why: 'otherRows' },
};

export const uniqueInColumnSheet: SheetForm<'uniqueInColumn'> = { none: 'otherRows' };
