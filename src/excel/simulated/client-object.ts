/**
 * Proxy objects with Office.js's semantics: setting a property or calling a method queues an operation
 * that runs at `context.sync()`; reading a property that was not loaded and synced throws
 * PropertyNotLoaded; an object from an `…OrNullObject` method, and everything reached through it, is a
 * null object when what it stands for does not exist (its properties then read as undefined).
 */
import { RichApiError } from './errors';

export interface Operation {
  /** Where, as Office.js names it in `debugInfo.errorLocation`: `Range.values`, `Worksheet.getRange`. */
  readonly name: string;
  /** What the request carries for it (for the request's size). */
  readonly payload?: unknown;
  /** Whether it changes the workbook (an undo record, a change event). */
  readonly write: boolean;
  /** Part of another operation in Office's request (an `…OrNullObject` object's null check): not counted on its own. */
  readonly implied?: boolean;
  run(): void;
}

/** How a proxy finds its object when an operation runs; undefined when it does not exist. */
export type Locate<M> = () => M | undefined;

export interface Queue {
  enqueue(operation: Operation): void;
}

export abstract class ClientObject<M> {
  private readonly loaded = new Map<string, unknown>();
  private nullObject: boolean | undefined;

  /**
   * @param locate finds the object in the workbook when an operation runs; undefined when it does not exist.
   * @param nullable whether a missing object is a null object (an `…OrNullObject` or reached through one) rather than ItemNotFound.
   */
  constructor(
    protected readonly queue: Queue,
    protected readonly type: string,
    protected readonly locate: () => M | undefined,
    protected readonly nullable: boolean,
  ) {}

  get isNullObject(): boolean {
    if (this.nullObject === undefined) throw new RichApiError('PropertyNotLoaded', 'The property isNullObject is not loaded.', `${this.type}.isNullObject`);
    return this.nullObject;
  }

  /** An `…OrNullObject` result: Office loads `isNullObject` at the next sync without being asked. */
  checkNull(): this {
    this.queue.enqueue({ name: `${this.type}.isNullObject`, write: false, implied: true, run: () => (this.nullObject = this.locate() === undefined) });
    return this;
  }

  /** The object; ItemNotFound when it does not exist (a null object is refused too: writing to it is a programming error). */
  protected model(): M {
    const model = this.locate();
    if (model === undefined) throw new RichApiError('ItemNotFound', `The requested ${this.type} does not exist.`);
    return model;
  }

  protected read<T>(property: string): T {
    if (this.nullObject === true) return undefined as T;
    if (!this.loaded.has(property)) {
      throw new RichApiError('PropertyNotLoaded', `The property '${property}' is not available. Load it and call context.sync() first.`, `${this.type}.${property}`);
    }
    return this.loaded.get(property) as T;
  }

  /** Queues a change: `apply` runs on the object at sync. */
  protected write(member: string, payload: unknown, apply: (model: M) => void): void {
    this.queue.enqueue({ name: `${this.type}.${member}`, payload, write: true, run: () => apply(this.model()) });
  }

  /** Queues something that changes nothing in the workbook (selecting, registering a handler). */
  protected act(member: string, apply: (model: M) => void): void {
    this.queue.enqueue({ name: `${this.type}.${member}`, write: false, run: () => apply(this.model()) });
  }

  /** What `load` returns for a property of the object. */
  protected abstract property(model: M, name: string): unknown;

  load(propertyNames: string): this {
    const names = propertyNames.split(',').map((n) => n.trim()).filter((n) => n !== '');
    this.queue.enqueue({
      name: `${this.type}.load`,
      payload: names,
      write: false,
      run: () => {
        const model = this.locate();
        if (model === undefined && !this.nullable) throw new RichApiError('ItemNotFound', `The requested ${this.type} does not exist.`);
        this.nullObject = model === undefined;
        if (model !== undefined) for (const name of names) this.loaded.set(name, this.property(model, name));
      },
    });
    return this;
  }

  /** How a child object finds itself: through this one, so a null object's children are null objects. */
  protected child<C>(find: (model: M) => C | undefined): () => C | undefined {
    return () => {
      const model = this.locate();
      return model === undefined ? undefined : find(model);
    };
  }

  /** The properties loaded so far. */
  protected loadedNames(): string[] {
    return [...this.loaded.keys()];
  }

  /** Sets what a collection's `load('items/…')` found for this item. */
  setLoaded(values: ReadonlyMap<string, unknown>): void {
    this.nullObject = false;
    for (const [name, value] of values) this.loaded.set(name, value);
  }
}
