/**
 * SQL both stores run (written with `?` placeholders; PostgreSQL numbers them) and the one mapping
 * from a stored row to a record. Only the schema (migrations) and the locking differ per database.
 */
import { z } from 'zod';
import { findingSchema } from '../../report/finding-schema';
import { payloadV1Schema } from '../../report/payload';
import { bydelKey } from '../../report/report-key';
import { script, type Steps } from './steps';
import type { NewToken, ReportKey, SeriesSummary, Submission, SubmissionDraft, SubmissionFilter, SubmissionWithPayload, TokenRecord } from './store';

export type SqlValue = string | number | null | Buffer;

export interface Query {
  readonly sql: string;
  readonly params: readonly SqlValue[];
}

// `bydel` is the district as the report was keyed when it came in; `bydel_nokkel` is its series' key
// today (migration 3), the same for every report received since.
const COLUMNS =
  'id, kommunenummer, bydel_nokkel, ar, versjon, template_id, template_version, mottatt, sha256, content_type, token_id, findings';
// The payload of a JSON submission is its body (storing it twice would double every commit's writes).
const WITH_PAYLOAD = `${COLUMNS}, payload, CASE WHEN payload IS NULL THEN body END AS body`;
const SAME_REPORT = 'kommunenummer = ? AND bydel_nokkel = ? AND ar = ?';
// A series that migration 3 made of two spellings may hold a version number twice: the later one is latest.
const LATEST_FIRST = 'versjon DESC, seq DESC';
const keyParams = (key: ReportKey): SqlValue[] => [key.kommunenummer, key.bydel, key.ar];

/** Column types and statements where SQLite and PostgreSQL differ. */
export interface Dialect {
  readonly time: string;
  readonly bytes: string;
  readonly json: string;
  readonly sequence: string;
  /** Statements that make `innsendinger` refuse UPDATE and DELETE. */
  readonly appendOnly: string;
  /** Statements that let `innsendinger.payload` be NULL, for a payload that is the body (migration 2). */
  readonly payloadOptional: (table: (name: string, payload: 'NULL' | 'NOT NULL') => string) => string;
  /** The number of elements of a JSON array column. */
  readonly jsonArrayLength: (column: string) => string;
  /** Statements that suspend the refusal of UPDATE inside a migration's transaction, and restore it. */
  readonly updatesInMigration: { readonly allow: string; readonly refuse: string };
}

/** The submissions table under a name, as migration 1 made it but for whether `payload` may be NULL. */
const innsendinger =
  (d: Dialect) =>
  (name: string, payload: 'NULL' | 'NOT NULL'): string => `
      CREATE TABLE ${name} (
        seq ${d.sequence},
        id TEXT NOT NULL UNIQUE,
        kommunenummer TEXT NOT NULL,
        bydel TEXT NOT NULL,
        ar INTEGER NOT NULL,
        versjon INTEGER NOT NULL CHECK (versjon >= 1),
        template_id TEXT NOT NULL,
        template_version TEXT NOT NULL,
        mottatt ${d.time} NOT NULL,
        sha256 TEXT NOT NULL,
        content_type TEXT NOT NULL,
        token_id TEXT NOT NULL REFERENCES tokens (id),
        idempotency_key TEXT,
        body ${d.bytes} NOT NULL,
        payload ${d.json} ${payload},
        findings ${d.json} NOT NULL,
        CONSTRAINT innsendinger_versjon UNIQUE (kommunenummer, bydel, ar, versjon),
        CONSTRAINT innsendinger_idempotens UNIQUE (token_id, idempotency_key)
      );`;

export interface Migration {
  readonly navn: string;
  readonly steps: () => Steps<void>;
}

const schemaChange = (navn: string, sql: string): Migration => ({ navn, steps: function* () { yield script(sql); } });

const bydelRow = z.object({ bydel: z.string() });

/**
 * Migration 3: series are keyed by the district's canonical name (GEN-10). Every stored report gets
 * the key its district has today, so a series begun as `Bydel Alna` goes on with its numbers when the
 * next report says `alna`. Nothing else changes: the versions stay those the receipts gave (two
 * spellings of one district that were two series keep theirs, and the next version follows the highest).
 */
function* bydelKeys(d: Dialect): Steps<void> {
  yield script("ALTER TABLE innsendinger ADD COLUMN bydel_nokkel TEXT NOT NULL DEFAULT ''");
  const rows = yield { query: { sql: "SELECT DISTINCT bydel FROM innsendinger WHERE bydel <> '' ORDER BY bydel", params: [] }, mode: 'all' };
  const spellings = z.array(bydelRow).parse(rows);
  if (spellings.length > 0) {
    yield script(d.updatesInMigration.allow);
    for (const { bydel } of spellings) {
      yield { query: { sql: 'UPDATE innsendinger SET bydel_nokkel = ? WHERE bydel = ?', params: [bydelKey(bydel), bydel] }, mode: 'run' };
    }
    yield script(d.updatesInMigration.refuse);
  }
  // Versions of reports received from now on stay unique by `innsendinger_versjon`: their `bydel` is their key.
  // The index finds a series' versions (equality on year, municipality and key) and holds what the
  // year's overview reads, so that query never reads the rows, whose bodies fill pages of their own.
  yield script('CREATE INDEX innsendinger_serie ON innsendinger (ar, kommunenummer, bydel_nokkel, versjon, seq, mottatt, id)');
}

/** Migrations in order; a migration's version is its position + 1. */
export const migrations = (d: Dialect): readonly Migration[] => [
  schemaChange(
    'tokens og innsendinger',
    `
      CREATE TABLE tokens (
        id TEXT PRIMARY KEY,
        hash TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('kommune', 'admin')),
        kommunenummer TEXT,
        navn TEXT,
        opprettet ${d.time} NOT NULL,
        tilbakekalt ${d.time},
        CHECK ((kind = 'admin') = (kommunenummer IS NULL))
      );
      ${innsendinger(d)('innsendinger', 'NOT NULL')}
      ${d.appendOnly}
    `,
  ),
  schemaChange('payload er body for JSON-innsendinger', d.payloadOptional(innsendinger(d))),
  { navn: 'bydelens navn som seriens nøkkel', steps: () => bydelKeys(d) },
];

export const MIGRATIONS_TABLE = 'CREATE TABLE IF NOT EXISTS skjemaversjoner (versjon INTEGER PRIMARY KEY, navn TEXT NOT NULL)';
export const appliedMigrations: Query = { sql: 'SELECT versjon FROM skjemaversjoner', params: [] };
export const recordMigration = (versjon: number, navn: string): Query => ({
  sql: 'INSERT INTO skjemaversjoner (versjon, navn) VALUES (?, ?)',
  params: [versjon, navn],
});

export const insertToken = (t: NewToken): Query => ({
  sql: 'INSERT INTO tokens (id, hash, kind, kommunenummer, navn, opprettet) VALUES (?, ?, ?, ?, ?, ?)',
  params: [t.id, t.hash, t.kind, t.kommunenummer, t.navn, t.opprettet.toISOString()],
});
const TOKEN_COLUMNS = 'id, kind, kommunenummer, navn, opprettet, tilbakekalt';
export const tokenByHash = (hash: string): Query => ({ sql: `SELECT ${TOKEN_COLUMNS} FROM tokens WHERE hash = ?`, params: [hash] });
export const allTokens: Query = { sql: `SELECT ${TOKEN_COLUMNS} FROM tokens ORDER BY opprettet, id`, params: [] };
export const revokeToken = (id: string, at: Date): Query => ({
  sql: 'UPDATE tokens SET tilbakekalt = ? WHERE id = ? AND tilbakekalt IS NULL',
  params: [at.toISOString(), id],
});

export const byIdempotencyKey = (tokenId: string, key: string): Query => ({
  sql: `SELECT ${COLUMNS} FROM innsendinger WHERE token_id = ? AND idempotency_key = ?`,
  params: [tokenId, key],
});
export const latestVersion = (key: ReportKey): Query => ({
  sql: `SELECT ${WITH_PAYLOAD} FROM innsendinger WHERE ${SAME_REPORT} ORDER BY ${LATEST_FIRST} LIMIT 1`,
  params: keyParams(key),
});
export const highestVersion = (key: ReportKey): Query => ({
  sql: `SELECT COALESCE(MAX(versjon), 0) AS versjon FROM innsendinger WHERE ${SAME_REPORT}`,
  params: keyParams(key),
});
export const submissionById = (id: string): Query => ({ sql: `SELECT ${WITH_PAYLOAD} FROM innsendinger WHERE id = ?`, params: [id] });

export function filteredSubmissions(filter: SubmissionFilter): Query {
  const where: string[] = [];
  const params: SqlValue[] = [];
  if (filter.kommunenummer !== undefined) {
    where.push('kommunenummer = ?');
    params.push(filter.kommunenummer);
  }
  if (filter.bydel !== undefined) {
    where.push('bydel_nokkel = ?');
    params.push(filter.bydel);
  }
  if (filter.ar !== undefined) {
    where.push('ar = ?');
    params.push(filter.ar);
  }
  const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  return { sql: `SELECT ${COLUMNS} FROM innsendinger ${clause} ORDER BY seq DESC`, params };
}

const SAME_SERIES = 'j.kommunenummer = i.kommunenummer AND j.bydel_nokkel = i.bydel_nokkel AND j.ar = i.ar';
const IS_LATEST = `seq = (SELECT seq FROM innsendinger j WHERE ${SAME_SERIES} ORDER BY ${LATEST_FIRST} LIMIT 1)`;

/**
 * A year's series: the latest version's id, number, time and advarsler (every finding of an accepted
 * report is one), the first version's time and how many there are.
 */
/** Changes whenever a submission or a token is added or a token is revoked (nothing is ever deleted). */
export const changeStamp: Query = {
  sql:
    'SELECT (SELECT COALESCE(MAX(seq), 0) FROM innsendinger) AS innsendinger, (SELECT COUNT(*) FROM tokens) AS tokens, ' +
    '(SELECT MAX(tilbakekalt) FROM tokens) AS tilbakekalt',
  params: [],
};
const stampRow = z.object({ innsendinger: z.coerce.string(), tokens: z.coerce.string(), tilbakekalt: z.union([z.string(), z.date()]).nullable() });
export function stampFromRow(row: unknown): string {
  const r = stampRow.parse(row);
  return `${r.innsendinger}|${r.tokens}|${r.tilbakekalt instanceof Date ? r.tilbakekalt.toISOString() : (r.tilbakekalt ?? '')}`;
}

export const seriesOfYear = (d: Dialect, ar: number): Query => ({
  sql:
    'SELECT i.id, s.kommunenummer, s.bydel_nokkel, i.ar, i.versjon, i.mottatt, ' +
    `${d.jsonArrayLength('i.findings')} AS advarsler, s.forste, s.antall FROM (` +
    'SELECT kommunenummer, bydel_nokkel, MIN(mottatt) AS forste, COUNT(*) AS antall, ' +
    `(SELECT seq FROM innsendinger j WHERE j.ar = g.ar AND j.kommunenummer = g.kommunenummer AND j.bydel_nokkel = g.bydel_nokkel ORDER BY ${LATEST_FIRST} LIMIT 1) AS siste ` +
    'FROM innsendinger g WHERE ar = ? GROUP BY ar, kommunenummer, bydel_nokkel) s ' +
    'JOIN innsendinger i ON i.seq = s.siste ORDER BY s.kommunenummer, s.bydel_nokkel',
  params: [ar],
});

export function latestOfEach(ar: number | undefined): Query {
  return {
    sql:
      `SELECT ${WITH_PAYLOAD} FROM innsendinger i WHERE ${IS_LATEST}` +
      (ar === undefined ? '' : ' AND ar = ?') +
      ' ORDER BY ar, kommunenummer, bydel_nokkel',
    params: ar === undefined ? [] : [ar],
  };
}

export const insertSubmission = (s: Submission, draft: SubmissionDraft): Query => ({
  sql:
    'INSERT INTO innsendinger (id, kommunenummer, bydel, bydel_nokkel, ar, versjon, template_id, template_version, mottatt, ' +
    'sha256, content_type, token_id, idempotency_key, body, payload, findings) ' +
    'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  params: [
    s.id,
    s.key.kommunenummer,
    // A new report's district is written as its series' key, in both columns.
    s.key.bydel,
    s.key.bydel,
    s.key.ar,
    s.versjon,
    s.template.id,
    s.template.version,
    s.mottatt.toISOString(),
    s.sha256,
    s.contentType,
    s.tokenId,
    draft.idempotencyKey,
    Buffer.from(draft.body.buffer, draft.body.byteOffset, draft.body.byteLength),
    draft.payloadIsBody ? null : JSON.stringify(draft.payload),
    JSON.stringify(s.findings),
  ],
});

/** The PostgreSQL form of a query: `$1, $2, …` instead of `?`. */
export function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

// SQLite hands back JSON as text and times as ISO text; PostgreSQL parses jsonb and timestamptz.
const json = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (typeof v === 'string' ? JSON.parse(v) : v), schema);
const time = z.union([z.string(), z.date()]).transform((v) => new Date(v));

const tokenRow = z.object({
  id: z.string(),
  kind: z.enum(['kommune', 'admin']),
  kommunenummer: z.string().nullable(),
  navn: z.string().nullable(),
  opprettet: time,
  tilbakekalt: time.nullable(),
});

const submissionRow = z.object({
  id: z.string(),
  kommunenummer: z.string(),
  bydel_nokkel: z.string(),
  ar: z.number().int(),
  versjon: z.number().int(),
  template_id: z.string(),
  template_version: z.string(),
  mottatt: time,
  sha256: z.string(),
  content_type: z.string(),
  token_id: z.string(),
  findings: json(z.array(findingSchema)),
});
const payloadColumns = z.union([
  z.object({ payload: json(payloadV1Schema) }),
  z.object({ payload: z.null(), body: z.instanceof(Uint8Array).transform((b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('utf8')) }),
]);

export const tokenFromRow = (row: unknown): TokenRecord => tokenRow.parse(row);

export function submissionFromRow(row: unknown): Submission {
  const r = submissionRow.parse(row);
  return {
    id: r.id,
    key: { kommunenummer: r.kommunenummer, bydel: r.bydel_nokkel, ar: r.ar },
    versjon: r.versjon,
    template: { id: r.template_id, version: r.template_version },
    mottatt: r.mottatt,
    sha256: r.sha256,
    contentType: r.content_type,
    tokenId: r.token_id,
    findings: r.findings,
  };
}

export function withPayloadFromRow(row: unknown): SubmissionWithPayload {
  const columns = payloadColumns.parse(row);
  return { ...submissionFromRow(row), payload: columns.payload ?? payloadV1Schema.parse(JSON.parse(columns.body)) };
}

const seriesRow = z.object({
  id: z.string(),
  kommunenummer: z.string(),
  bydel_nokkel: z.string(),
  ar: z.number().int(),
  versjon: z.number().int(),
  mottatt: time,
  advarsler: z.coerce.number().int(),
  forste: time,
  antall: z.coerce.number().int(),
});

export function seriesFromRow(row: unknown): SeriesSummary {
  const r = seriesRow.parse(row);
  return {
    key: { kommunenummer: r.kommunenummer, bydel: r.bydel_nokkel, ar: r.ar },
    latest: { id: r.id, versjon: r.versjon, mottatt: r.mottatt, advarsler: r.advarsler },
    firstReceived: r.forste,
    versions: r.antall,
  };
}

const versionRow = z.object({ versjon: z.coerce.number().int() });
export const versionFromRow = (row: unknown): number => versionRow.parse(row).versjon;
