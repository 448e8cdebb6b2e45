/** The simulated `Worksheet`, its collection, its page layout and its tables. */
import { parseRange } from '../../report/layout/a1';
import { mapReferences } from '../../report/layout/formula-references';
import { isValidSheetName } from '../../report/layout/rename-sheets';
import type { ChangedEvent, PageLayout, Range, Table, TableCollection, Worksheet, WorksheetCollection } from '../office';
import { ClientObject, type Queue } from './client-object';
import { RichApiError } from './errors';
import { findName, findSheet, findTable, isFormula, newSheet, overlaps, type PageModel, type Rect, type SheetModel, type TableModel } from './model';
import { SimRange, type RangeModel } from './range';
import type { ExcelState } from './state';
import { columnNames, nameEmptyHeaders, setShowTotals } from './tables';

type Locate<M> = () => M | undefined;

/** `A1`, `A1:B2` or `'Sheet'!A1:B2` on a sheet; InvalidArgument for anything else. */
export function rectOf(address: string): Rect {
  const rect = parseRange(address.replace(/^.*!/, ''));
  if (!rect) throw new RichApiError('InvalidArgument', `The address '${address}' is not valid.`, 'Worksheet.getRange');
  return rect;
}

export class SimWorksheet extends ClientObject<SheetModel> implements Worksheet {
  readonly freezePanes: Worksheet['freezePanes'];
  readonly tables: SimTableCollection;
  readonly protection: Worksheet['protection'];
  readonly pageLayout: SimPageLayout;
  readonly horizontalPageBreaks: Worksheet['horizontalPageBreaks'];
  readonly onChanged: Worksheet['onChanged'];

  constructor(queue: Queue, private readonly state: ExcelState, locate: Locate<SheetModel>, nullable: boolean) {
    super(queue, 'Worksheet', locate, nullable);
    this.freezePanes = {
      freezeRows: (count?: number) =>
        this.write('freezePanes.freezeRows', count, (sheet) => {
          sheet.frozenRows = count ?? 1;
          state.touch(sheet);
        }),
    };
    this.tables = new SimTableCollection(queue, state, locate);
    this.protection = {
      protect: (options?: Excel.WorksheetProtectionOptions) =>
        this.write('protection.protect', options, (sheet) => {
          sheet.protection = { ...options };
          // Protecting has no undo: Excel clears the whole undo history.
          state.clearUndo();
        }),
    };
    this.pageLayout = new SimPageLayout(queue, state, locate, nullable);
    this.horizontalPageBreaks = {
      add: (address: string) => {
        this.write('horizontalPageBreaks.add', address, (sheet) => {
          sheet.page.breaks = [...sheet.page.breaks, rectOf(address).top].sort((a, b) => a - b);
          state.touch(sheet);
        });
        return {};
      },
    };
    this.onChanged = {
      add: (handler: (event: ChangedEvent) => Promise<void>) => {
        this.act('onChanged.add', (sheet) => state.addChangeHandler(sheet, handler));
        return {};
      },
    };
  }

  protected property(sheet: SheetModel, name: string): unknown {
    if (name === 'name' || name === 'visibility' || name === 'showGridlines') return sheet[name];
    throw new RichApiError('InvalidArgument', `The simulated Worksheet has no property '${name}'.`, `Worksheet.${name}`);
  }

  get name(): string {
    return this.read('name');
  }

  get visibility(): Worksheet['visibility'] {
    return this.read('visibility');
  }

  set visibility(visibility: Worksheet['visibility']) {
    this.write('visibility', visibility, (sheet) => {
      sheet.visibility = visibility;
      this.state.touch(sheet);
    });
  }

  get showGridlines(): boolean {
    return this.read('showGridlines');
  }

  set showGridlines(show: boolean) {
    this.write('showGridlines', show, (sheet) => {
      sheet.showGridlines = show;
      this.state.touch(sheet);
    });
  }

  getRange(address: string): Range {
    return new SimRange(this.queue, this.state, this.child((sheet): RangeModel => ({ sheet, rect: rectOf(address) })), this.nullable);
  }

  activate(): void {
    this.act('activate', (sheet) => (this.state.model.activeSheetId = sheet.id));
  }

  delete(): void {
    this.write('delete', null, (sheet) => deleteSheet(this.state, sheet));
  }
}

/** Deleting a sheet breaks what pointed at it and, having no undo, clears the undo history. */
function deleteSheet(state: ExcelState, sheet: SheetModel): void {
  const { model } = state;
  model.sheets = model.sheets.filter((s) => s !== sheet);
  for (const name of model.names) {
    if (!('error' in name.target) && name.target.sheetId === sheet.id) name.target = { error: '#REF!' };
  }
  for (const other of model.sheets) {
    for (const cell of other.cells.values()) {
      if (!isFormula(cell.content)) continue;
      cell.content = { formula: mapReferences(cell.content.formula, (r) => (r.sheet !== undefined && findSheet(model, r.sheet) === undefined ? undefined : r)) };
    }
  }
  if (model.activeSheetId === sheet.id) model.activeSheetId = model.sheets[0]?.id;
  state.clearUndo();
}

export class SimWorksheetCollection extends ClientObject<SheetModel[]> implements WorksheetCollection {
  constructor(queue: Queue, private readonly state: ExcelState) {
    super(queue, 'WorksheetCollection', () => state.model.sheets, false);
  }

  protected property(sheets: SheetModel[], name: string): unknown {
    const item = /^items\/(name|visibility)$/.exec(name)?.[1] as 'name' | 'visibility' | undefined;
    if (item === undefined) throw new RichApiError('InvalidArgument', `Load items/name or items/visibility, not '${name}'.`, 'WorksheetCollection.load');
    return sheets.map((sheet) => [sheet.id, sheet[item]] as const);
  }

  /** The items a `load('items/…')` found, each with the properties loaded. */
  get items(): SimWorksheet[] {
    const names = this.loadedNames().filter((n) => n.startsWith('items/'));
    if (names.length === 0) this.read('items');
    const bySheet = new Map<string, Map<string, unknown>>();
    for (const name of names) {
      for (const [id, value] of this.read<readonly (readonly [string, unknown])[]>(name)) {
        bySheet.set(id, (bySheet.get(id) ?? new Map<string, unknown>()).set(name.slice('items/'.length), value));
      }
    }
    return [...bySheet].map(([id, values]) => {
      const sheet = new SimWorksheet(this.queue, this.state, () => this.state.model.sheets.find((s) => s.id === id), false);
      sheet.setLoaded(values);
      return sheet;
    });
  }

  add(name: string): Worksheet {
    let id: string | undefined;
    this.write('add', name, (sheets) => {
      if (!isValidSheetName(name)) throw new RichApiError('InvalidArgument', `'${name}' is not a valid sheet name.`, 'WorksheetCollection.add');
      if (findSheet(this.state.model, name)) throw new RichApiError('ItemAlreadyExists', `A sheet named '${name}' already exists.`, 'WorksheetCollection.add');
      const sheet = newSheet(String(this.state.nextId()), name);
      id = sheet.id;
      sheets.push(sheet);
      this.state.touch(sheet);
    });
    return new SimWorksheet(this.queue, this.state, () => this.state.model.sheets.find((s) => s.id === id), false);
  }

  getItem(key: string): Worksheet {
    return new SimWorksheet(this.queue, this.state, () => findSheet(this.state.model, key), false);
  }

  getItemOrNullObject(key: string): Worksheet {
    return new SimWorksheet(this.queue, this.state, () => findSheet(this.state.model, key), true).checkNull();
  }
}

class SimPageLayout extends ClientObject<SheetModel> implements PageLayout {
  readonly headersFooters: PageLayout['headersFooters'];

  constructor(queue: Queue, private readonly state: ExcelState, locate: Locate<SheetModel>, nullable: boolean) {
    super(queue, 'PageLayout', locate, nullable);
    const footer = (side: keyof PageModel['footer']) => ({
      get: () => this.read<string>(`${side}Footer`),
      set: (text: string) => this.change(`headersFooters.${side}Footer`, text, (page) => (page.footer[side] = text)),
    });
    const left = footer('left');
    const center = footer('center');
    const right = footer('right');
    this.headersFooters = {
      defaultForAllPages: {
        get leftFooter() {
          return left.get();
        },
        set leftFooter(text: string) {
          left.set(text);
        },
        get centerFooter() {
          return center.get();
        },
        set centerFooter(text: string) {
          center.set(text);
        },
        get rightFooter() {
          return right.get();
        },
        set rightFooter(text: string) {
          right.set(text);
        },
      },
    };
  }

  protected property(): unknown {
    throw new RichApiError('InvalidArgument', 'The simulated PageLayout is written, not read.', 'PageLayout');
  }

  private change(member: string, value: unknown, apply: (page: PageModel) => void): void {
    this.write(member, value, (sheet) => {
      if (!this.state.supports('1.9')) throw new RichApiError('InvalidOperation', 'PageLayout needs ExcelApi 1.9.', `PageLayout.${member}`);
      apply(sheet.page);
      this.state.touch(sheet);
    });
  }

  private margin(side: keyof PageModel['margins'], points: number): void {
    this.change(`${side}Margin`, points, (page) => (page.margins[side] = points));
  }

  get paperSize(): PageLayout['paperSize'] {
    return this.read('paperSize');
  }
  set paperSize(size: PageLayout['paperSize']) {
    this.change('paperSize', size, (page) => (page.paperSize = size));
  }
  get orientation(): PageLayout['orientation'] {
    return this.read('orientation');
  }
  set orientation(orientation: PageLayout['orientation']) {
    this.change('orientation', orientation, (page) => (page.orientation = orientation));
  }
  get zoom(): Excel.PageLayoutZoomOptions {
    return this.read('zoom');
  }
  set zoom(zoom: Excel.PageLayoutZoomOptions) {
    this.change('zoom', zoom, (page) => (page.zoom = { ...zoom }));
  }
  get leftMargin(): number {
    return this.read('leftMargin');
  }
  set leftMargin(points: number) {
    this.margin('left', points);
  }
  get rightMargin(): number {
    return this.read('rightMargin');
  }
  set rightMargin(points: number) {
    this.margin('right', points);
  }
  get topMargin(): number {
    return this.read('topMargin');
  }
  set topMargin(points: number) {
    this.margin('top', points);
  }
  get bottomMargin(): number {
    return this.read('bottomMargin');
  }
  set bottomMargin(points: number) {
    this.margin('bottom', points);
  }
  get headerMargin(): number {
    return this.read('headerMargin');
  }
  set headerMargin(points: number) {
    this.margin('header', points);
  }
  get footerMargin(): number {
    return this.read('footerMargin');
  }
  set footerMargin(points: number) {
    this.margin('footer', points);
  }

  setPrintTitleRows(rows: string): void {
    this.change('setPrintTitleRows', rows, (page) => (page.printTitleRows = rows));
  }
}

interface TableAt {
  readonly sheet: SheetModel;
  readonly table: TableModel;
}

export class SimTableCollection extends ClientObject<SheetModel | undefined> implements TableCollection {
  /** @param sheet the sheet whose tables these are; undefined for the workbook's. */
  constructor(queue: Queue, private readonly state: ExcelState, private readonly sheet: Locate<SheetModel> | undefined) {
    super(queue, 'TableCollection', () => sheet?.(), true);
  }

  protected property(): unknown {
    throw new RichApiError('InvalidArgument', 'The simulated TableCollection is not loaded.', 'TableCollection');
  }

  add(address: string, hasHeaders: boolean): Table {
    let id: number | undefined;
    this.write('add', { address, hasHeaders }, (found) => {
      const sheet = found ?? findSheet(this.state.model, /^'?(.*?)'?!/.exec(address)?.[1]?.replace(/''/g, "'") ?? '');
      if (!sheet) throw new RichApiError('InvalidArgument', `The address '${address}' names no sheet.`, 'TableCollection.add');
      const rect = rectOf(address);
      if (sheet.tables.some((t) => overlaps(t.rect, rect))) throw new RichApiError('InvalidOperation', 'A table cannot overlap another table.', 'TableCollection.add');
      id = this.state.nextId();
      let n = 1;
      while (findTable(this.state.model, `Table${n}`)) n += 1;
      const table: TableModel = { id, name: `Table${n}`, rect, showHeaders: hasHeaders, showTotals: false, style: 'TableStyleMedium2', calculated: new Map() };
      sheet.tables.push(table);
      nameEmptyHeaders(sheet, table);
      this.state.touch(sheet);
    });
    return new SimTable(this.queue, this.state, () => tableById(this.state, id), false);
  }

  getItemOrNullObject(key: string): Table {
    const locate = (): TableAt | undefined => {
      const found = findTable(this.state.model, key);
      return found && (this.sheet === undefined || found.sheet === this.sheet()) ? found : undefined;
    };
    return new SimTable(this.queue, this.state, locate, true).checkNull();
  }
}

function tableById(state: ExcelState, id: number | undefined): TableAt | undefined {
  for (const sheet of state.model.sheets) {
    const table = sheet.tables.find((t) => t.id === id);
    if (table) return { sheet, table };
  }
  return undefined;
}

class SimTable extends ClientObject<TableAt> implements Table {
  readonly columns: Table['columns'];

  constructor(queue: Queue, private readonly state: ExcelState, locate: Locate<TableAt>, nullable: boolean) {
    super(queue, 'Table', locate, nullable);
    const columns = new SimTableColumns(queue, state, locate, nullable);
    this.columns = columns;
  }

  protected property({ table }: TableAt, name: string): unknown {
    if (name === 'name' || name === 'style' || name === 'showTotals' || name === 'showHeaders') return table[name];
    throw new RichApiError('InvalidArgument', `The simulated Table has no property '${name}'.`, `Table.${name}`);
  }

  private change(member: string, value: unknown, apply: (at: TableAt) => void): void {
    this.write(member, value, (at) => {
      apply(at);
      this.state.touch(at.sheet);
    });
  }

  get name(): string {
    return this.read('name');
  }
  set name(name: string) {
    this.change('name', name, ({ table }) => {
      const taken = findTable(this.state.model, name);
      if ((taken && taken.table !== table) || findName(this.state.model, name)) {
        throw new RichApiError('ItemAlreadyExists', `The name '${name}' is taken.`, 'Table.name');
      }
      table.name = name;
    });
  }
  get style(): string {
    return this.read('style');
  }
  set style(style: string) {
    this.change('style', style, ({ table }) => (table.style = style));
  }
  get showTotals(): boolean {
    return this.read('showTotals');
  }
  set showTotals(show: boolean) {
    this.change('showTotals', show, ({ sheet, table }) => setShowTotals(sheet, table, show));
  }
  get showHeaders(): boolean {
    return this.read('showHeaders');
  }
  set showHeaders(show: boolean) {
    this.change('showHeaders', show, ({ table }) => (table.showHeaders = show));
  }

  getRange(): Range {
    return new SimRange(this.queue, this.state, this.child(({ sheet, table }): RangeModel => ({ sheet, rect: table.rect })), this.nullable);
  }
}

class SimTableColumns extends ClientObject<TableAt> {
  constructor(queue: Queue, private readonly state: ExcelState, locate: Locate<TableAt>, nullable: boolean) {
    super(queue, 'TableColumnCollection', locate, nullable);
  }

  protected property({ sheet, table }: TableAt, name: string): unknown {
    if (name !== 'items/name') throw new RichApiError('InvalidArgument', `The simulated TableColumnCollection has no '${name}'.`, 'TableColumnCollection');
    return columnNames(sheet, table, this.state.calculation).map((n) => ({ name: n }));
  }

  get items(): { name: string }[] {
    return this.read('items/name');
  }
}
