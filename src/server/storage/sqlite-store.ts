/**
 * The embedded store: one SQLite file (better-sqlite3). WAL with `synchronous = FULL` makes every
 * commit reach the disk before it returns, so a submission answered with 201 survives a crash or a
 * power cut.
 *
 * Group commit: submissions that arrive in the same turn of the event loop are written in one
 * transaction (each in its own savepoint, so one failing does not undo the others) and share one
 * fsync. No submission is answered before the commit that holds it has returned, so the durability
 * guarantee is the same as one transaction per submission, at a fraction of the disk waits.
 */
import Database from 'better-sqlite3';
import * as sql from './sql';
import { runSync, type Step } from './steps';
import { submitting } from './submitting';
import type { History, Judgement, Store, SubmissionDraft, SubmitOutcome } from './store';

const NO_UPDATES = `
    CREATE TRIGGER innsendinger_endres_aldri BEFORE UPDATE ON innsendinger
      BEGIN SELECT RAISE(ABORT, 'innsendinger endres aldri'); END;`;
const APPEND_ONLY = `${NO_UPDATES}
    CREATE TRIGGER innsendinger_slettes_aldri BEFORE DELETE ON innsendinger
      BEGIN SELECT RAISE(ABORT, 'innsendinger slettes aldri'); END;`;

export const SQLITE_DIALECT: sql.Dialect = {
  time: 'TEXT',
  bytes: 'BLOB',
  json: 'TEXT',
  sequence: 'INTEGER PRIMARY KEY AUTOINCREMENT',
  appendOnly: APPEND_ONLY,
  // SQLite cannot drop NOT NULL: the table is copied into one without it. DROP TABLE fires no triggers.
  payloadOptional: (table) => `
    ${table('innsendinger_ny', 'NULL')}
    INSERT INTO innsendinger_ny SELECT * FROM innsendinger;
    DROP TABLE innsendinger;
    ALTER TABLE innsendinger_ny RENAME TO innsendinger;
    ${APPEND_ONLY}`,
  jsonArrayLength: (column) => `json_array_length(${column})`,
  updatesInMigration: { allow: 'DROP TRIGGER innsendinger_endres_aldri;', refuse: NO_UPDATES },
};
const MIGRATIONS = sql.migrations(SQLITE_DIALECT);

interface Pending {
  readonly draft: SubmissionDraft;
  readonly judge: (history: History) => Judgement;
  readonly resolve: (outcome: SubmitOutcome) => void;
  readonly reject: (error: unknown) => void;
}

type Attempt = { readonly ok: true; readonly outcome: SubmitOutcome } | { readonly ok: false; readonly error: unknown };

export function openSqliteStore(file: string): Store {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // Another process (a token command) may hold the write lock for a moment.
  db.pragma('busy_timeout = 5000');

  const statements = new Map<string, Database.Statement>();
  const prepared = (text: string): Database.Statement => {
    const cached = statements.get(text);
    if (cached) return cached;
    const statement = db.prepare(text);
    statements.set(text, statement);
    return statement;
  };
  const get = (q: sql.Query): unknown => prepared(q.sql).get(...q.params);
  const all = (q: sql.Query): unknown[] => prepared(q.sql).all(...q.params);
  const run = (q: sql.Query) => prepared(q.sql).run(...q.params);
  const execute = (step: Step): unknown => {
    switch (step.mode) {
      case 'get':
        return get(step.query);
      case 'all':
        return all(step.query);
      case 'run':
        return run(step.query);
      case 'exec':
        return db.exec(step.query.sql);
    }
  };

  // Called inside the batch's transaction, better-sqlite3 makes this a savepoint.
  const submitOne = db.transaction((p: Pending) => runSync(submitting(p.draft, p.judge), execute));
  const attempt = (p: Pending): Attempt => {
    try {
      return { ok: true, outcome: submitOne(p) };
    } catch (error) {
      return { ok: false, error };
    }
  };
  const commitBatch = db.transaction((batch: readonly Pending[]) => batch.map(attempt));

  let queue: Pending[] = [];
  const flush = (): void => {
    const batch = queue;
    queue = [];
    let attempts: readonly Attempt[];
    try {
      attempts = commitBatch.immediate(batch);
    } catch (error) {
      batch.forEach((p) => p.reject(error));
      return;
    }
    batch.forEach((p, i) => {
      const a = attempts[i];
      if (a?.ok) p.resolve(a.outcome);
      else p.reject(a?.error);
    });
  };

  return {
    async migrate(through = MIGRATIONS.length) {
      db.transaction(() => {
        db.exec(sql.MIGRATIONS_TABLE);
        const applied = new Set(all(sql.appliedMigrations).map(sql.versionFromRow));
        MIGRATIONS.slice(0, through).forEach((m, i) => {
          if (applied.has(i + 1)) return;
          runSync(m.steps(), execute);
          run(sql.recordMigration(i + 1, m.navn));
        });
      }).immediate();
    },
    async close() {
      if (queue.length > 0) flush();
      db.close();
    },
    async addToken(token) {
      run(sql.insertToken(token));
    },
    async tokenByHash(hash) {
      const row = get(sql.tokenByHash(hash));
      return row === undefined ? undefined : sql.tokenFromRow(row);
    },
    async listTokens() {
      return all(sql.allTokens).map(sql.tokenFromRow);
    },
    async revokeToken(id, at) {
      return run(sql.revokeToken(id, at)).changes > 0;
    },
    submit(draft, judge) {
      return new Promise((resolve, reject) => {
        queue.push({ draft, judge, resolve, reject });
        if (queue.length === 1) setImmediate(flush);
      });
    },
    async submission(id) {
      const row = get(sql.submissionById(id));
      return row === undefined ? undefined : sql.withPayloadFromRow(row);
    },
    async submissions(filter) {
      return all(sql.filteredSubmissions(filter)).map(sql.submissionFromRow);
    },
    async latest(key) {
      const row = get(sql.latestVersion(key));
      return row === undefined ? undefined : sql.withPayloadFromRow(row);
    },
    async latestOfEach(filter) {
      return all(sql.latestOfEach(filter.ar)).map(sql.withPayloadFromRow);
    },
    async changeStamp() {
      return sql.stampFromRow(get(sql.changeStamp));
    },
    async seriesOfYear(ar) {
      return all(sql.seriesOfYear(SQLITE_DIALECT, ar)).map(sql.seriesFromRow);
    },
  };
}
