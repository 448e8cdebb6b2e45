/** The simulated `Worksheet`, its collection, its page layout and its tables. */
import { mapReferences } from '../../report/layout/formula-references';
import { isValidSheetName } from '../../report/layout/rename-sheets';
import type { ChangedEvent, PageLayout, Range, Worksheet, WorksheetCollection } from '../office';
import { ClientObject, type Locate, type Queue } from './client-object';
import { RichApiError } from './errors';
import { findSheet, isFormula, newSheet, type PageModel, type SheetModel } from './model';
import { rectOf, SimRange, type RangeModel } from './range';
import type { ExcelState } from './state';
import { SimWorksheetTables } from './table-objects';

export class SimWorksheet extends ClientObject<SheetModel> implements Worksheet {
  readonly freezePanes: Worksheet['freezePanes'];
  readonly tables: SimWorksheetTables;
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
    this.tables = new SimWorksheetTables(queue, state, locate);
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
