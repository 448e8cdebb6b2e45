/**
 * The store for production with several server instances: PostgreSQL through a `pg` pool.
 *
 * Instances that start at once take an advisory lock before migrating, so each migration runs once.
 * A submission takes a transaction-scoped advisory lock on its report (municipality, bydel, year), so
 * concurrent submissions of one report get versions one after the other; the unique constraints
 * stay as the last line of defence. Two requests with the same Idempotency-Key for different reports
 * do not share a lock: the second one's insert fails on the key's unique constraint, and it answers
 * with the first one's receipt.
 */
import { Pool, type PoolClient } from 'pg';
import * as sql from './sql';
import { runAsync, type Step } from './steps';
import { submitting } from './submitting';
import type { ReportKey, Store, SubmitOutcome } from './store';
import { seriesText } from '../../report/report-key';

// Any fixed number works; this one is "BOSO" in ASCII.
const MIGRATION_LOCK = 0x42_4f_53_4f;

const POSTGRES_DIALECT: sql.Dialect = {
  time: 'TIMESTAMPTZ',
  bytes: 'BYTEA',
  json: 'JSONB',
  sequence: 'BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY',
  appendOnly: `
    CREATE FUNCTION innsendinger_uforanderlig() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'innsendinger endres og slettes aldri'; END $$;
    CREATE TRIGGER innsendinger_uforanderlig BEFORE UPDATE OR DELETE ON innsendinger
      FOR EACH ROW EXECUTE FUNCTION innsendinger_uforanderlig();`,
  payloadOptional: () => 'ALTER TABLE innsendinger ALTER COLUMN payload DROP NOT NULL;',
  updatesInMigration: {
    allow: 'ALTER TABLE innsendinger DISABLE TRIGGER innsendinger_uforanderlig;',
    refuse: 'ALTER TABLE innsendinger ENABLE TRIGGER innsendinger_uforanderlig;',
  },
  jsonArrayLength: (column) => `jsonb_array_length(${column})`,
};
const MIGRATIONS = sql.migrations(POSTGRES_DIALECT);

function isUniqueViolation(error: unknown, constraint: string): boolean {
  const e = error as { readonly code?: unknown; readonly constraint?: unknown } | null;
  return e?.code === '23505' && e.constraint === constraint;
}

const reportLock = (key: ReportKey): sql.Query => ({
  sql: 'SELECT pg_advisory_xact_lock(hashtextextended(?, 0))',
  params: [seriesText(key)],
});

export function openPostgresStore(connectionString: string): Store {
  const pool = new Pool({ connectionString, max: 10 });
  // An idle client that loses its connection is dropped by the pool; the next query gets a new one.
  pool.on('error', () => undefined);

  const rows = async (q: sql.Query, client: Pick<PoolClient, 'query'> = pool): Promise<unknown[]> =>
    (await client.query(sql.numbered(q.sql), [...q.params])).rows;
  const first = async (q: sql.Query, client?: PoolClient): Promise<unknown> => (await rows(q, client))[0];
  const execute = (client: PoolClient) => async (step: Step): Promise<unknown> => {
    switch (step.mode) {
      case 'get':
        return first(step.query, client);
      case 'all':
      case 'run':
        return rows(step.query, client);
      case 'exec':
        return client.query(step.query.sql);
    }
  };

  async function inTransaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  return {
    async migrate(through = MIGRATIONS.length) {
      const client = await pool.connect();
      try {
        await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
        await client.query(sql.MIGRATIONS_TABLE);
        const applied = new Set((await rows(sql.appliedMigrations, client)).map(sql.versionFromRow));
        for (const [i, m] of MIGRATIONS.slice(0, through).entries()) {
          if (applied.has(i + 1)) continue;
          await client.query('BEGIN');
          try {
            await runAsync(m.steps(), execute(client));
            await rows(sql.recordMigration(i + 1, m.navn), client);
            await client.query('COMMIT');
          } catch (error) {
            await client.query('ROLLBACK');
            throw error;
          }
        }
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
        client.release();
      }
    },
    async close() {
      await pool.end();
    },
    async addToken(token) {
      await rows(sql.insertToken(token));
    },
    async tokenByHash(hash) {
      const row = await first(sql.tokenByHash(hash));
      return row === undefined ? undefined : sql.tokenFromRow(row);
    },
    async listTokens() {
      return (await rows(sql.allTokens)).map(sql.tokenFromRow);
    },
    async revokeToken(id, at) {
      const q = sql.revokeToken(id, at);
      const result = await pool.query(sql.numbered(q.sql), [...q.params]);
      return (result.rowCount ?? 0) > 0;
    },
    async submit(draft, judge): Promise<SubmitOutcome> {
      try {
        return await inTransaction(async (client) => {
          await rows(reportLock(draft.key), client);
          return runAsync(submitting(draft, judge), execute(client));
        });
      } catch (error) {
        if (draft.idempotencyKey === null || !isUniqueViolation(error, 'innsendinger_idempotens')) throw error;
        const earlier = await first(sql.byIdempotencyKey(draft.tokenId, draft.idempotencyKey));
        return { kind: 'gjentatt', submission: sql.submissionFromRow(earlier) };
      }
    },
    async submission(id) {
      const row = await first(sql.submissionById(id));
      return row === undefined ? undefined : sql.withPayloadFromRow(row);
    },
    async submissions(filter) {
      return (await rows(sql.filteredSubmissions(filter))).map(sql.submissionFromRow);
    },
    async latest(key) {
      const row = await first(sql.latestVersion(key));
      return row === undefined ? undefined : sql.withPayloadFromRow(row);
    },
    async latestOfEach(filter) {
      return (await rows(sql.latestOfEach(filter.ar))).map(sql.withPayloadFromRow);
    },
    async changeStamp() {
      return sql.stampFromRow(await first(sql.changeStamp));
    },
    async seriesOfYear(ar) {
      return (await rows(sql.seriesOfYear(POSTGRES_DIALECT, ar))).map(sql.seriesFromRow);
    },
  };
}
