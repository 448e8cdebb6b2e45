import { inputFields, tables } from '../../src/report/fields';
import { parseAddress, parseRange, type RangePosition } from '../../src/report/layout/a1';
import { buildLayoutPlan } from '../../src/report/layout/build-plan';
import { fieldCell, findTablePlan } from '../../src/report/layout/lookup';
import { STATUS_NAME } from '../../src/report/layout/names';
import type { CellPlan, LayoutPlan, SheetPlan } from '../../src/report/layout/plan';
import { arsrapport2013 } from '../../src/report/templates/arsrapport-2013';

const plan: LayoutPlan = buildLayoutPlan(arsrapport2013, { year: 2013, kommunenummer: '0502', kommunenavn: 'Gjøvik' });

function sheetNamed(name: string): SheetPlan {
  const sheet = plan.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`Ingen ark ${name}`);
  return sheet;
}

function cellAt(sheet: string, address: string): CellPlan | undefined {
  return sheetNamed(sheet).cells.find((c) => c.address === address);
}

const inRange = (r: RangePosition, address: string): boolean => {
  const p = parseAddress(address);
  return !!p && p.row >= r.top && p.row <= r.bottom && p.column >= r.left && p.column <= r.right;
};

const overlaps = (a: RangePosition, b: RangePosition): boolean =>
  a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

describe('layout plan: sheets', () => {
  it('has one sheet per section, named and ordered as the template, then the hidden info sheet', () => {
    expect(plan.sheets.map((s) => s.name)).toEqual([...arsrapport2013.sections.map((s) => s.sheetName), 'BOSO_info']);
    expect(plan.sheets.map((s) => s.visible)).toEqual([true, true, true, true, true, true, false]);
  });

  it('starts every section sheet with the template title and the numbered section title', () => {
    arsrapport2013.sections.forEach((section) => {
      expect(cellAt(section.sheetName, 'A1')?.value).toBe(arsrapport2013.title);
      expect(cellAt(section.sheetName, 'A2')?.value).toBe(section.title);
      expect(sheetNamed(section.sheetName).frozenRows).toBe(2);
    });
  });

  it('records the template id and version in named cells', () => {
    const id = fieldCell(plan, 'mal_id');
    const version = fieldCell(plan, 'mal_versjon');
    expect([id?.sheet, version?.sheet]).toEqual(['BOSO_info', 'BOSO_info']);
    expect(cellAt('BOSO_info', id?.address ?? '')?.value).toBe('boso-arsrapport');
    expect(cellAt('BOSO_info', version?.address ?? '')?.value).toBe('2013');
    expect(plan.template).toEqual({ id: 'boso-arsrapport', version: '2013' });
  });

  it('prints on A4, fitted to the width, landscape where the sheet is wide', () => {
    expect(plan.sheets.every((s) => s.print.paper === 'A4' && s.print.fitToWidth)).toBe(true);
    expect(sheetNamed('5 Økonomi').print.orientation).toBe('landscape');
    expect(sheetNamed('3 Lokale mål').print.orientation).toBe('portrait');
  });

  it('has no overlapping merges and no merge inside a table', () => {
    for (const sheet of plan.sheets) {
      const merges = sheet.merges.map((m) => parseRange(m) as RangePosition);
      const tableRanges = sheet.tables.map((t) => parseRange(t.ref) as RangePosition);
      merges.forEach((m, i) => {
        expect(merges.slice(i + 1).filter((o) => overlaps(m, o))).toEqual([]);
        expect(tableRanges.filter((t) => overlaps(m, t))).toEqual([]);
      });
    }
  });

  it('gives wrapped help texts room: rows with long text are taller', () => {
    const sheet = sheetNamed('0 Generelt');
    const purpose = sheet.cells.find((c) => typeof c.value === 'string' && c.value.startsWith('Rapporteringen skal:'));
    const row = Number(purpose?.address.slice(1));
    expect(sheet.rowHeights.find((h) => h.row === row)?.height).toBeGreaterThan(60);
  });
});

describe('layout plan: names', () => {
  it('names every input field exactly once, BOSO_<field id>, on an unlocked input cell', () => {
    for (const field of inputFields(arsrapport2013)) {
      const named = plan.names.filter((n) => n.name === `BOSO_${field.id}`);
      expect(named).toHaveLength(1);
      const cell = cellAt(named[0]?.sheet ?? '', named[0]?.address ?? '');
      expect(cell?.style.startsWith('input')).toBe(true);
      expect(plan.styles[cell?.style ?? 'info'].locked).toBe(false);
    }
  });

  it('names the computed single cells, and they hold locked formulas', () => {
    for (const id of ['h11_sum_status0101', 'h11_sum_resultat', 'h11_a_endring', 'h11_sum_endring', 'c1_sum_startlan']) {
      const cell = fieldCell(plan, id);
      const planned = cellAt(cell?.sheet ?? '', cell?.address ?? '');
      expect(planned?.formula).toBeDefined();
      expect(plan.styles[planned?.style ?? 'info'].locked).toBe(true);
    }
    expect(fieldCell(plan, 'h11_sum_kommentar')).toBeUndefined();
  });

  it('keeps names unique, valid for Excel, and apart from table names', () => {
    const names = plan.names.map((n) => n.name.toLowerCase());
    const tableNames = plan.sheets.flatMap((s) => s.tables.map((t) => t.name.toLowerCase()));
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((n) => tableNames.includes(n))).toEqual([]);
    expect(plan.names.every((n) => /^BOSO_[A-Za-z0-9_]+$/.test(n.name) && n.name.length <= 255)).toBe(true);
  });

  it('prefills year and municipality, keeping 0502 as text', () => {
    const value = (id: string): unknown => {
      const cell = fieldCell(plan, id);
      return cellAt(cell?.sheet ?? '', cell?.address ?? '')?.value;
    };
    expect([value('rapporteringsar'), value('kommunenummer'), value('kommunenavn')]).toEqual([2013, '0502', 'Gjøvik']);
    expect(plan.styles.inputShortText.numberFormat).toBe('@');
  });
});

describe('layout plan: tables', () => {
  it.each(tables(arsrapport2013).map((t) => [t.id, t] as const))('%s is an Excel table whose header cells are its column headers', (_id, table) => {
    const found = findTablePlan(plan, table.id);
    expect(found?.table.name).toBe(`BOSO_${table.id}`);
    const t = found?.table;
    if (!t || !found) throw new Error('mangler tabell');
    expect(t.columns.map((c) => c.header)).toEqual(table.columns.map((c) => c.header));
    for (const column of t.columns) expect(cellAt(found.sheet.name, `${column.column}${t.headerRow}`)?.value).toBe(column.header);
    expect(t.ref).toBe(`A${t.headerRow}:${t.columns.at(-1)?.column}${t.totalRow}`);
    expect([t.firstDataRow, t.totalRow]).toEqual([t.headerRow + 1, t.lastDataRow + 1]);
    expect(t.lastDataRow - t.firstDataRow + 1).toBe(table.initialRows);
  });

  it('starts the economy table with at least 12 empty activity rows', () => {
    const t = findTablePlan(plan, 'okonomi')?.table;
    expect((t?.lastDataRow ?? 0) - (t?.firstDataRow ?? 0) + 1).toBeGreaterThanOrEqual(12);
  });

  it('writes calculated columns row by row, each row referring to its own row, and totals over the body', () => {
    const found = findTablePlan(plan, 'okonomi');
    const t = found?.table;
    if (!t || !found) throw new Error('mangler tabell');
    const totalt = t.columns.find((c) => c.id === 'regnskap_totalt');
    expect(totalt?.formula).toBe(`D${t.firstDataRow}+E${t.firstDataRow}+F${t.firstDataRow}`);
    for (let row = t.firstDataRow; row <= t.lastDataRow; row++) {
      expect(cellAt(found.sheet.name, `G${row}`)?.formula).toBe(`D${row}+E${row}+F${row}`);
      expect(cellAt(found.sheet.name, `H${row}`)?.formula).toBe(`G${row}-B${row}`);
    }
    expect(cellAt(found.sheet.name, `B${t.totalRow}`)?.formula).toBe(`SUM(B${t.firstDataRow}:B${t.lastDataRow})`);
    expect(cellAt(found.sheet.name, `A${t.totalRow}`)?.value).toBe('Sum');
    expect(t.columns.find((c) => c.id === 'kommentar')?.totalFormula).toBeUndefined();
  });

  it('leaves the year column of the period table out of the totals', () => {
    const t = findTablePlan(plan, 'periode')?.table;
    expect(t?.columns.filter((c) => c.totalFormula).map((c) => c.id)).toEqual(['tilskudd_hb', 'egenfinansiering', 'annen', 'overfort', 'sum']);
    expect(t?.columns[0]?.totalLabel).toBe('Sum');
  });
});

describe('layout plan: formulas', () => {
  const formulas = plan.sheets.flatMap((s) => s.cells.filter((c) => c.formula !== undefined));

  it('uses plain A1 references: no leading =, no structured table references', () => {
    expect(formulas.length).toBeGreaterThan(80);
    expect(formulas.filter((c) => c.formula?.startsWith('=') || c.formula?.includes('['))).toEqual([]);
  });

  it('writes the {rapporteringsar} headers as formulas that show the year', () => {
    const header = formulas.find((c) => c.formula?.startsWith('"Status behov pr. 01.01."'));
    expect(header?.formula).toBe('"Status behov pr. 01.01."&IF(BOSO_rapporteringsar="","",BOSO_rapporteringsar)');
    expect(header?.result).toBe('Status behov pr. 01.01.2013');
  });

  it('computes endring per row and the 1.1 sum per column from the template formulas', () => {
    const a = fieldCell(plan, 'h11_a_endring');
    const sum = fieldCell(plan, 'h11_sum_status0101');
    const status = (row: string, col: string): string => fieldCell(plan, `h11_${row}_${col}`)?.address ?? '?';
    expect(cellAt('1 Hovedmål', a?.address ?? '')?.formula).toBe(`${status('a', 'status3112')}-${status('a', 'status0101')}`);
    expect(cellAt('1 Hovedmål', sum?.address ?? '')?.formula).toBe(
      `${status('a', 'status0101')}+${status('b', 'status0101')}+${status('c', 'status0101')}`,
    );
    const c1 = fieldCell(plan, 'c1_sum_startlan');
    expect(cellAt('2 Delmål', c1?.address ?? '')?.formula).toBe(
      `${fieldCell(plan, 'c1_fullfinansierte')?.address}+${fieldCell(plan, 'c1_samfinansierte')?.address}`,
    );
  });
});

describe('layout plan: validation and protection', () => {
  const rulesFor = (id: string): unknown[] => {
    const cell = fieldCell(plan, id);
    const sheet = sheetNamed(cell?.sheet ?? '');
    return sheet.validations.filter((v) => inRange(parseRange(v.range) as RangePosition, cell?.address ?? '')).map((v) => v.rule);
  };

  it('gives each input kind its data validation rule', () => {
    expect(rulesFor('h11_a_status0101')).toEqual([{ type: 'whole', min: 0 }]);
    expect(rulesFor('c2_nye_soknader')).toEqual([{ type: 'whole', min: 0 }]);
    expect(rulesFor('rapporteringsar')).toEqual([{ type: 'whole', min: 2009, max: 2100 }]);
    expect(rulesFor('rapporteringsdato')).toEqual([{ type: 'date', min: '2009-01-01', max: '2100-12-31' }]);
    expect(rulesFor('kommunenummer')).toEqual([{ type: 'textLength', equals: 4 }]);
    expect(rulesFor('a1')).toEqual([]);
  });

  it('validates every amount column of both tables as kroner 0 or more', () => {
    for (const id of ['okonomi', 'periode']) {
      const found = findTablePlan(plan, id);
      const amounts = found?.table.columns.filter((c) => c.kind === 'kroner') ?? [];
      expect(amounts.length).toBeGreaterThan(3);
      for (const column of amounts) {
        const range = `${column.column}${found?.table.firstDataRow}:${column.column}${found?.table.lastDataRow}`;
        expect(found?.sheet.validations.find((v) => v.range === range)?.rule).toEqual({ type: 'decimal', min: 0 });
      }
    }
  });

  it('keeps prompts within what Excel allows and says what to type', () => {
    const all = plan.sheets.flatMap((s) => s.validations);
    expect(all.every((v) => v.prompt.title.length <= 32 && v.prompt.text.length <= 255 && v.error.text.length <= 255)).toBe(true);
    expect(all.find((v) => v.rule.type === 'whole' && v.rule.min === 0)?.error).toMatchObject({ style: 'stop', text: 'Skriv et helt tall, 0 eller større.' });
  });

  it('protects every sheet but the economy sheet, whose tables must be able to grow', () => {
    expect(plan.sheets.filter((s) => !s.protection).map((s) => s.name)).toEqual(['5 Økonomi']);
  });

  it('locks labels and formulas and leaves inputs and the add-in\'s status line open', () => {
    for (const sheet of plan.sheets) {
      for (const cell of sheet.cells) {
        const locked = plan.styles[cell.style].locked;
        expect({ address: `${sheet.name}!${cell.address}`, locked }).toEqual({
          address: `${sheet.name}!${cell.address}`,
          locked: !cell.style.startsWith('input') && cell.style !== 'status',
        });
      }
    }
  });
});

describe('layout plan: the status line', () => {
  const plan = buildLayoutPlan(arsrapport2013);

  it('stands under the titles of the first sheet, empty, named so the add-in finds it after rows move', () => {
    const name = plan.names.find((n) => n.name === STATUS_NAME);
    expect(name).toEqual({ name: STATUS_NAME, sheet: plan.sheets[0]?.name, address: 'A3' });
    const cell = plan.sheets[0]?.cells.find((c) => c.address === 'A3');
    expect(cell).toEqual({ address: 'A3', style: 'status' });
    expect(plan.sheets[0]?.merges).toContain(`A3:${String.fromCharCode(64 + (plan.sheets[0]?.columnWidths.length ?? 1))}3`);
  });
});
