import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { DatabaseConfig } from '../../../src/server/config';
import { openPostgresStore } from '../../../src/server/storage/postgres-store';
import { openSqliteStore } from '../../../src/server/storage/sqlite-store';
import type { Store } from '../../../src/server/storage/store';
import { freshSchema, postgresState } from './postgres';
import { tempDir } from './temp-dir';

/** An empty database of one kind: stores opened on it share it, `query` reads and writes it directly. */
export interface TestDatabase {
  /** How the server would be configured for it. */
  readonly config: DatabaseConfig;
  open(): Store;
  query(sql: string): Promise<unknown[]>;
  drop(): Promise<void>;
}

export interface StoreFactory {
  readonly name: string;
  create(): Promise<TestDatabase>;
}

export const sqliteFactory: StoreFactory = {
  name: 'SQLite',
  async create() {
    const dir = tempDir();
    const file = join(dir.path, 'boso.db');
    const raw = new Database(file);
    return {
      config: { kind: 'sqlite', file },
      open: () => openSqliteStore(file),
      query: async (sql) => {
        const statement = raw.prepare(sql);
        return statement.reader ? statement.all() : (statement.run(), []);
      },
      async drop() {
        raw.close();
        dir.remove();
      },
    };
  },
};

const postgresFactory: StoreFactory = {
  name: 'PostgreSQL',
  async create() {
    const schema = await freshSchema();
    return { config: { kind: 'postgres', url: schema.url }, open: () => openPostgresStore(schema.url), query: schema.query, drop: schema.drop };
  },
};

/** The stores every storage test runs against; PostgreSQL only when it is reachable (always in CI). */
export const storeFactories: readonly StoreFactory[] = postgresState === 'run' ? [sqliteFactory, postgresFactory] : [sqliteFactory];
