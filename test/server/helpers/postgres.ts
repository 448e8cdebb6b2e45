import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

// .ci/run names the CI database BOSO_TEST_DATABASE_URL; locally DATABASE_URL works too.
const POSTGRES_URL = process.env.BOSO_TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

// Jest cannot decide to skip inside a hook, so reachability is asked once, synchronously, at load.
function reachable(): boolean {
  const probe =
    "const { Client } = require('pg'); const c = new Client({ connectionString: process.argv[1], connectionTimeoutMillis: 3000 });" +
    'c.connect().then(() => c.end()).then(() => process.exit(0), () => process.exit(1));';
  try {
    execFileSync(process.execPath, ['-e', probe, POSTGRES_URL], { stdio: 'ignore', timeout: 10_000 });
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether the PostgreSQL tests run. In CI they always do, so an unreachable database fails them;
 * elsewhere they are skipped with a message.
 */
export const postgresState: 'run' | 'skip' = reachable() || process.env.CI === 'true' ? 'run' : 'skip';
if (postgresState === 'skip') {
  console.warn(
    `Hopper over PostgreSQL-testene: ingen database på ${POSTGRES_URL}. Start den med ` +
      "`pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start` eller sett DATABASE_URL.",
  );
}

export interface TestSchema {
  /** A connection string whose search_path is the fresh schema. */
  readonly url: string;
  query(sql: string): Promise<unknown[]>;
  drop(): Promise<void>;
}

/** A fresh schema of its own for one test, dropped afterwards. */
export async function freshSchema(): Promise<TestSchema> {
  const schema = `boso_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 5000 });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(`PostgreSQL på ${POSTGRES_URL} svarer ikke (${(error as Error).message}); med CI=true må PostgreSQL-testene kjøre.`);
  }
  await admin.query(`CREATE SCHEMA ${schema}`);
  const url = new URL(POSTGRES_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const inSchema = new Client({ connectionString: url.toString() });
  await inSchema.connect();
  return {
    url: url.toString(),
    query: async (sql) => (await inSchema.query(sql)).rows,
    async drop() {
      await inSchema.end();
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    },
  };
}
