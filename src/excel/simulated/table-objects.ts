/** The simulated `Table`, its columns, and the collections that add and find tables. */
import type { Range, Table, TableCollection, WorksheetTableCollection } from '../office';
import { ClientObject, type Locate, type Queue } from './client-object';
import { RichApiError } from './errors';
import { findName, findTable, overlaps, type SheetModel, type TableModel, type WorkbookModel } from './model';
import { rectOf, SimRange, type RangeModel } from './range';
import type { ExcelState } from './state';
import { columnNames, nameEmptyHeaders, setShowTotals } from './tables';

interface TableAt {
  readonly sheet: SheetModel;
  readonly table: TableModel;
}

/** A sheet's tables: where a table is added. */
export class SimWorksheetTables extends ClientObject<SheetModel> implements WorksheetTableCollection {
  constructor(queue: Queue, private readonly state: ExcelState, sheet: Locate<SheetModel>) {
    super(queue, 'TableCollection', sheet, false);
  }

  protected property(): unknown {
    throw new RichApiError('InvalidArgument', 'The simulated TableCollection is not loaded.', 'TableCollection');
  }

  add(address: string, hasHeaders: boolean): Table {
    let id: number | undefined;
    this.write('add', { address, hasHeaders }, (sheet) => {
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
}

/** The workbook's tables: where a table is looked up by name. */
export class SimTableCollection extends ClientObject<WorkbookModel> implements TableCollection {
  constructor(queue: Queue, private readonly state: ExcelState) {
    super(queue, 'TableCollection', () => state.model, false);
  }

  protected property(): unknown {
    throw new RichApiError('InvalidArgument', 'The simulated TableCollection is not loaded.', 'TableCollection');
  }

  getItemOrNullObject(key: string): Table {
    return new SimTable(this.queue, this.state, () => findTable(this.state.model, key), true).checkNull();
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
