/** The simulated request context and `Workbook` with its names and settings. */
import { parseAddress } from '../../report/layout/a1';
import type { NamedItem, NamedItemCollection, Range, RequestContext, Setting, SettingCollection, Workbook } from '../office';
import { ClientObject, type Operation, type Queue } from './client-object';
import { RichApiError } from './errors';
import { findName, findSheet, findTable, type NameModel } from './model';
import { rectOf, SimRange, type RangeModel } from './range';
import type { ExcelState } from './state';
import { SimTableCollection } from './table-objects';
import { SimWorksheetCollection } from './worksheet';

export class SimContext implements RequestContext, Queue {
  readonly workbook: Workbook;
  private queued: Operation[] = [];

  constructor(
    state: ExcelState,
    private readonly execute: (operations: readonly Operation[]) => Promise<void>,
  ) {
    this.workbook = {
      worksheets: new SimWorksheetCollection(this, state),
      names: new SimNamedItemCollection(this, state),
      tables: new SimTableCollection(this, state),
      settings: new SimSettingCollection(this, state),
    };
  }

  enqueue(operation: Operation): void {
    this.queued.push(operation);
  }

  /** What the batch has queued and not yet sent. */
  get pending(): number {
    return this.queued.length;
  }

  async sync(): Promise<void> {
    const operations = this.queued;
    this.queued = [];
    await this.execute(operations);
  }
}

// Excel's rule for a defined name: a letter, `_` or `\` first, then letters, digits, `.` and `_`; never a cell address.
const NAME = /^[A-Za-z_\\\u00c0-\uffff][\w.\u00c0-\uffff]*$/;

function checkName(state: ExcelState, name: string): void {
  if (!NAME.test(name) || name.length > 255 || parseAddress(name) || /^[RC]$/i.test(name)) {
    throw new RichApiError('InvalidArgument', `'${name}' is not a valid name.`, 'NamedItemCollection.add');
  }
  if (findName(state.model, name) || findTable(state.model, name)) throw new RichApiError('ItemAlreadyExists', `The name '${name}' exists already.`, 'NamedItemCollection.add');
}

class SimNamedItemCollection extends ClientObject<NameModel[]> implements NamedItemCollection {
  constructor(queue: Queue, private readonly state: ExcelState) {
    super(queue, 'NamedItemCollection', () => state.model.names, false);
  }

  protected property(): unknown {
    throw new RichApiError('InvalidArgument', 'The simulated NamedItemCollection is not loaded.', 'NamedItemCollection');
  }

  /** `reference` is a formula to one range: `='0 Generelt'!$B$8`. */
  add(name: string, reference: string): NamedItem {
    this.write('add', { name, reference }, (names) => {
      checkName(this.state, name);
      const match = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(reference.trim());
      const sheet = match && findSheet(this.state.model, match[1]?.replace(/''/g, "'") ?? match[2] ?? '');
      if (!match || !sheet) throw new RichApiError('InvalidArgument', `The reference '${reference}' is not valid.`, 'NamedItemCollection.add');
      names.push({ name, target: { sheetId: sheet.id, rect: rectOf(match[3] ?? '') } });
    });
    return new SimNamedItem(this.queue, this.state, () => findName(this.state.model, name), false);
  }

  getItem(name: string): NamedItem {
    return new SimNamedItem(this.queue, this.state, () => findName(this.state.model, name), false);
  }

  getItemOrNullObject(name: string): NamedItem {
    return new SimNamedItem(this.queue, this.state, () => findName(this.state.model, name), true).checkNull();
  }
}

class SimNamedItem extends ClientObject<NameModel> implements NamedItem {
  constructor(queue: Queue, private readonly state: ExcelState, locate: () => NameModel | undefined, nullable: boolean) {
    super(queue, 'NamedItem', locate, nullable);
  }

  protected property(): unknown {
    throw new RichApiError('InvalidArgument', 'The simulated NamedItem is not loaded.', 'NamedItem');
  }

  private target(name: NameModel): RangeModel | undefined {
    const { target } = name;
    if ('error' in target) return undefined;
    const sheet = this.state.model.sheets.find((s) => s.id === target.sheetId);
    return sheet && { sheet, rect: target.rect };
  }

  /** The range the name refers to; InvalidReference when it refers to nothing (`#REF!` after its cells were deleted). */
  getRange(): Range {
    const locate = this.child((name) => {
      const range = this.target(name);
      if (!range) throw new RichApiError('InvalidReference', 'The name does not refer to a range.', 'NamedItem.getRange');
      return range;
    });
    return new SimRange(this.queue, this.state, locate, this.nullable);
  }

  /** The range the name refers to; a null object when it refers to nothing. */
  getRangeOrNullObject(): Range {
    return new SimRange(this.queue, this.state, this.child((name) => this.target(name)), true).checkNull();
  }

  delete(): void {
    this.write('delete', null, (name) => (this.state.model.names = this.state.model.names.filter((n) => n !== name)));
  }
}

interface SettingModel {
  readonly key: string;
}

class SimSettingCollection extends ClientObject<Map<string, string>> implements SettingCollection {
  constructor(queue: Queue, private readonly state: ExcelState) {
    super(queue, 'SettingCollection', () => state.settings, false);
  }

  protected property(): unknown {
    throw new RichApiError('InvalidArgument', 'The simulated SettingCollection is not loaded.', 'SettingCollection');
  }

  add(key: string, value: string): Setting {
    // Settings are kept apart from the cells: they are neither undone nor a change on a sheet.
    this.act('add', (settings) => settings.set(key, value));
    return new SimSetting(this.queue, this.state, () => (this.state.settings.has(key) ? { key } : undefined), false);
  }

  getItemOrNullObject(key: string): Setting {
    return new SimSetting(this.queue, this.state, () => (this.state.settings.has(key) ? { key } : undefined), true).checkNull();
  }
}

class SimSetting extends ClientObject<SettingModel> implements Setting {
  constructor(queue: Queue, private readonly state: ExcelState, locate: () => SettingModel | undefined, nullable: boolean) {
    super(queue, 'Setting', locate, nullable);
  }

  protected property(setting: SettingModel, name: string): unknown {
    if (name !== 'value') throw new RichApiError('InvalidArgument', `The simulated Setting has no property '${name}'.`, `Setting.${name}`);
    return this.state.settings.get(setting.key);
  }

  get value(): unknown {
    return this.read('value');
  }

  delete(): void {
    this.act('delete', (setting) => this.state.settings.delete(setting.key));
  }
}
