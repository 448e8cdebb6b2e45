/** The plan as a printed form: columns that fit A4 at 100 %, text that is never cut, pages that part no question. */
import { parseAddress, parseRange, type RangePosition } from '../../src/report/layout/a1';
import { buildLayoutPlan } from '../../src/report/layout/build-plan';
import { fieldCell, findTablePlan } from '../../src/report/layout/lookup';
import { printableHeight, printableWidth } from '../../src/report/layout/page';
import type { CellPlan, LayoutPlan, SheetPlan } from '../../src/report/layout/plan';
import { BODY_FONT } from '../../src/report/layout/styles';
import { linesHeight, longestWordUnits, widthUnits, wrappedLines } from '../../src/report/layout/text-metrics';
import type { Template } from '../../src/report/template';
import { arsrapport2013 } from '../../src/report/templates/arsrapport-2013';

const plan: LayoutPlan = buildLayoutPlan(arsrapport2013, { year: 2013, kommunenummer: '0502', kommunenavn: 'Gjøvik' });
const visible = plan.sheets.filter((s) => s.visible);
const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

function sheetNamed(name: string): SheetPlan {
  const sheet = plan.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`Ingen ark ${name}`);
  return sheet;
}

const rowOf = (address: string): number => parseAddress(address)?.row ?? 0;
const heightOf = (sheet: SheetPlan, row: number): number => sheet.rowHeights.find((h) => h.row === row)?.height ?? linesHeight(1, BODY_FONT.size);
const cellsInRow = (sheet: SheetPlan, row: number): readonly CellPlan[] => sheet.cells.filter((c) => rowOf(c.address) === row);
const textOf = (cell: CellPlan): string | undefined =>
  typeof cell.result === 'string' ? cell.result : typeof cell.value === 'string' ? cell.value : undefined;

/** The columns a cell covers: its merge, or itself. */
function spanOf(sheet: SheetPlan, cell: CellPlan): RangePosition {
  const merge = sheet.merges.map((m) => parseRange(m)).find((m) => m?.top === rowOf(cell.address) && m.left === parseAddress(cell.address)?.column);
  const position = parseAddress(cell.address) ?? { column: 1, row: 1 };
  return merge ?? { top: position.row, bottom: position.row, left: position.column, right: position.column };
}

const widthOf = (sheet: SheetPlan, span: RangePosition): number => sum(sheet.columnWidths.slice(span.left - 1, span.right));

describe('print layout: the page', () => {
  it.each(plan.sheets.map((s) => [s.name, s] as const))('%s: its columns fit the printable width of its orientation at 100 %%', (_name, sheet) => {
    expect(sum(sheet.columnWidths)).toBeLessThanOrEqual(printableWidth(sheet.print.orientation));
    expect(sheet.print.fitToWidth).toBe(true);
  });

  it('prints the economy sheet and the 1.1 grid landscape, and the text sheets portrait across the whole page', () => {
    expect(sheetNamed('5 Økonomi').print.orientation).toBe('landscape');
    expect(sheetNamed('5 Økonomi').columnWidths).toHaveLength(10);
    expect(sheetNamed('1 Hovedmål').print.orientation).toBe('landscape');
    for (const name of ['0 Generelt', '2 Delmål', '3 Lokale mål', '4 Læring']) {
      const sheet = sheetNamed(name);
      expect(sheet.print.orientation).toBe('portrait');
      expect(sum(sheet.columnWidths)).toBeGreaterThan(printableWidth('portrait') - 1);
    }
  });

  it('sets margins and a footer that names the form and the sheet', () => {
    for (const sheet of visible) {
      expect(sheet.print.margins.top).toBeGreaterThan(sheet.print.margins.header);
      expect(sheet.print.footer).toContain('&A');
      expect(sheet.print.footer).toContain('&P');
    }
  });
});

describe('print layout: text is never cut', () => {
  it.each(visible.map((s) => [s.name, s] as const))('%s: every text has the width or the rows it needs', (_name, sheet) => {
    for (const cell of sheet.cells) {
      const text = textOf(cell);
      if (text === undefined) continue;
      const style = plan.styles[cell.style];
      const font = { size: style.size ?? plan.font.size, bold: style.bold ?? false };
      const width = widthOf(sheet, spanOf(sheet, cell));
      const room = style.wrap
        ? { at: cell.address, fits: heightOf(sheet, rowOf(cell.address)) >= linesHeight(wrappedLines(text, width, font), font.size) }
        : { at: cell.address, fits: widthUnits(text, font) <= width };
      expect(room).toEqual({ at: cell.address, fits: true });
    }
  });

  const headersOf = (sheet: SheetPlan): readonly CellPlan[] => sheet.cells.filter((c) => c.style === 'columnHeader' && textOf(c) !== undefined);
  const withHeaders = visible.filter((s) => headersOf(s).length > 0);

  it('has column headers on the sheets with the 1.1 grid, C.1/C.2 and the economy tables', () => {
    expect(withHeaders.map((s) => s.name)).toEqual(['1 Hovedmål', '2 Delmål', '5 Økonomi']);
  });

  it.each(withHeaders.map((s) => [s.name, s] as const))('%s: no column header has to break a word', (_name, sheet) => {
    const font = { size: plan.styles.columnHeader.size ?? plan.font.size, bold: true };
    for (const cell of headersOf(sheet)) {
      const needed = longestWordUnits(textOf(cell) ?? '', font);
      expect({ at: cell.address, fits: needed <= widthOf(sheet, spanOf(sheet, cell)) }).toEqual({ at: cell.address, fits: true });
    }
  });

  it.each(visible.map((s) => [s.name, s] as const))('%s: a row with a single text spans the whole width (titles, headings, questions, help, answer boxes)', (_name, sheet) => {
    const rows = [...new Set(sheet.cells.map((c) => rowOf(c.address)))];
    for (const row of rows) {
      const cells = cellsInRow(sheet, row);
      const only = cells[0];
      if (cells.length !== 1 || !only) continue;
      const span = spanOf(sheet, only);
      expect({ at: only.address, left: span.left, right: span.right }).toEqual({ at: only.address, left: 1, right: sheet.columnWidths.length });
    }
  });
});

describe('print layout: pages', () => {
  it('breaks the pages of the long sheets', () => {
    expect(visible.filter((s) => s.print.pageBreaks.length > 0).length).toBeGreaterThanOrEqual(3);
  });

  it.each(visible.filter((s) => s.print.pageBreaks.length > 0).map((s) => [s.name, s] as const))('%s: breaks pages only between blocks, never after a heading', (_name, sheet) => {
    for (const row of sheet.print.pageBreaks) {
      expect({ row, before: cellsInRow(sheet, row - 1).length, first: cellsInRow(sheet, row).length > 0 }).toEqual({ row, before: 0, first: true });
      const lastBefore = [...Array(row - 1).keys()].map((i) => row - 1 - i).find((r) => cellsInRow(sheet, r).length > 0) ?? 0;
      expect(cellsInRow(sheet, lastBefore).map((c) => c.style)).not.toContain('heading');
    }
  });

  /** The page of each row as a program prints it: at the plan's breaks, and wherever a page is full. */
  function pagesOf(sheet: SheetPlan): ReadonlyMap<number, number> {
    const lastRow = Math.max(...sheet.cells.map((c) => rowOf(c.address)));
    const pages = new Map<number, number>();
    let page = 0;
    let used = 0;
    for (let row = 1; row <= lastRow; row++) {
      const height = heightOf(sheet, row);
      if (used > 0 && (sheet.print.pageBreaks.includes(row) || used + height > printableHeight(sheet.print.orientation))) {
        page += 1;
        used = 0;
      }
      used += height;
      pages.set(row, page);
    }
    return pages;
  }

  const boxesOf = (sheet: SheetPlan): readonly CellPlan[] =>
    sheet.cells.filter((c) => c.style === 'inputText' && cellsInRow(sheet, rowOf(c.address)).length === 1);

  it.each(visible.filter((s) => boxesOf(s).length > 0).map((s) => [s.name, s] as const))('%s: prints each question with its help and answer box on one page', (_name, sheet) => {
    const pages = pagesOf(sheet);
    for (const box of boxesOf(sheet)) {
      let first = rowOf(box.address);
      while (first > 1 && cellsInRow(sheet, first - 1).length > 0) first -= 1;
      expect({ box: box.address, questionOn: pages.get(first) }).toEqual({ box: box.address, questionOn: pages.get(rowOf(box.address)) });
    }
  });

  it('keeps the 1.1 grid and each economy table whole on one page, headers included', () => {
    const grid = plan.names.filter((n) => n.name.startsWith('BOSO_h11_') && n.name !== 'BOSO_h11_samlet').map((n) => rowOf(n.address));
    const blocks = [
      { sheet: sheetNamed('1 Hovedmål'), first: Math.min(...grid) - 2, last: Math.max(...grid) },
      ...['okonomi', 'periode'].map((id) => {
        const found = findTablePlan(plan, id);
        if (!found) throw new Error(`mangler ${id}`);
        return { sheet: found.sheet, first: found.table.headerRow, last: found.table.totalRow };
      }),
    ];
    for (const { sheet, first, last } of blocks) {
      expect(sheet.print.pageBreaks.filter((row) => row > first && row <= last)).toEqual([]);
      const rows = Array.from({ length: last - first + 1 }, (_, i) => first + i);
      expect(sum(rows.map((r) => heightOf(sheet, r)))).toBeLessThanOrEqual(printableHeight(sheet.print.orientation));
    }
  });

  it('repeats no header rows on these sheets, where they would print above text or the other table', () => {
    expect(visible.filter((s) => s.print.titleRows !== undefined).map((s) => s.name)).toEqual([]);
  });

  it('repeats the column headers of a table that ends its sheet on every page', () => {
    const economy = arsrapport2013.sections.find((s) => s.id === 'okonomi');
    if (!economy) throw new Error('mangler økonomi');
    const oneTable: Template = { ...arsrapport2013, sections: [{ ...economy, blocks: economy.blocks.slice(0, 1) }] };
    const found = findTablePlan(buildLayoutPlan(oneTable), 'okonomi');
    const header = found?.table.headerRow;
    expect(found?.sheet.print.titleRows).toEqual({ first: header, last: header });
  });
});

describe('print layout: the look of a form', () => {
  it('uses Arial 10 throughout, help texts no smaller than 9 pt', () => {
    expect(plan.font).toEqual({ name: 'Arial', size: 10 });
    expect(plan.styles.help.size).toBeGreaterThanOrEqual(9);
    expect(plan.styles.help).toMatchObject({ italic: true, wrap: true });
  });

  it('draws inputs light with a border and computed cells grey, so they cannot be mistaken', () => {
    const inputs = Object.entries(plan.styles).filter(([name]) => name.startsWith('input'));
    const computed = Object.entries(plan.styles).filter(([name]) => name.startsWith('computed') || name === 'totalAmount');
    const inputFills = new Set(inputs.map(([, s]) => s.fill));
    expect(inputFills.size).toBe(1);
    expect(inputs.every(([, s]) => s.border && !s.locked)).toBe(true);
    expect(computed.every(([, s]) => s.border && s.locked && s.italic && !inputFills.has(s.fill))).toBe(true);
  });

  it('right-aligns counts and amounts with thousands separators', () => {
    for (const name of ['inputCount', 'inputAmount', 'computedCount', 'computedAmount', 'totalAmount'] as const) {
      expect(plan.styles[name]).toMatchObject({ horizontal: 'right', numberFormat: expect.stringMatching(/^#,##0/) });
    }
  });

  it('gives every long-text answer a box across the page, several lines tall', () => {
    for (const id of ['a1', 'l31', 'f41a', 'h11_samlet']) {
      const named = fieldCell(plan, id);
      const sheet = sheetNamed(named?.sheet ?? '');
      const cell = sheet.cells.find((c) => c.address === named?.address);
      if (!cell) throw new Error(`mangler ${id}`);
      expect(spanOf(sheet, cell)).toMatchObject({ left: 1, right: sheet.columnWidths.length });
      expect(heightOf(sheet, rowOf(cell.address))).toBeGreaterThanOrEqual(linesHeight(8, plan.font.size));
    }
  });
});
