/**
 * The add-in's own browser storage (`localStorage` in the add-in), under keys prefixed with Office's
 * partition key where Office partitions storage. The connection (with the token) and the outbox live
 * here, per user and machine, never in the workbook: workbooks are e-mailed around.
 */
import type { z } from 'zod';

/** The part of `Storage` used; tests pass a Map-backed one. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * The names the add-in keeps things under. Here, not beside their schemas, so the pane can tell that a
 * submission waits without loading the outbox's code (and zod) before its first render.
 */
export const STORED = { connection: 'tilkobling', outbox: 'utboks' } as const;

export interface AddinStorage {
  read<T>(name: string, schema: z.ZodType<T>): T | undefined;
  /** Whether anything is kept under the name, without reading it. */
  has(name: string): boolean;
  write(name: string, value: unknown): void;
  remove(name: string): void;
}

export function addinStorage(storage: KeyValueStorage, partitionKey: string | undefined): AddinStorage {
  const key = (name: string): string => `${partitionKey ?? ''}BOSO.${name}`;
  return {
    read: (name, schema) => {
      const text = storage.getItem(key(name));
      if (text === null) return undefined;
      try {
        const parsed = schema.safeParse(JSON.parse(text));
        return parsed.success ? parsed.data : undefined;
      } catch {
        // Not ours (or cut short): as good as nothing stored.
        return undefined;
      }
    },
    has: (name) => storage.getItem(key(name)) !== null,
    write: (name, value) => storage.setItem(key(name), JSON.stringify(value)),
    remove: (name) => storage.removeItem(key(name)),
  };
}

/** A storage in memory, for the tests. */
export function memoryStorage(): KeyValueStorage & { readonly entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    getItem: (k) => entries.get(k) ?? null,
    setItem: (k, v) => void entries.set(k, v),
    removeItem: (k) => void entries.delete(k),
  };
}
