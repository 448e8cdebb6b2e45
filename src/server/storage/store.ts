/**
 * The one storage interface of the server. SQLite (the embedded default) and PostgreSQL (several
 * server instances) implement it; routes and tests see only this.
 *
 * Submissions are append-only: a store never updates or deletes one. Version numbers are assigned
 * inside the store, in the same transaction that inserts the row, so two concurrent submissions for
 * the same municipality and year can never get the same number or leave a gap.
 */
import type { Finding } from '../../report/findings';
import type { PayloadV1, TemplateRef } from '../../report/payload';
import type { ReportKey } from '../../report/report-key';

export type TokenKind = 'kommune' | 'admin';

export interface TokenRecord {
  readonly id: string;
  readonly kind: TokenKind;
  /** Set for a municipality token, null for an admin token. */
  readonly kommunenummer: string | null;
  readonly navn: string | null;
  readonly opprettet: Date;
  readonly tilbakekalt: Date | null;
}

export interface NewToken extends Omit<TokenRecord, 'tilbakekalt'> {
  /** SHA-256 (hex) of the token; the token itself is never stored. */
  readonly hash: string;
}

/** Which reports are versions of one another: a municipality (or one of Oslo's bydeler) and a year. */
export type { ReportKey };

export interface SubmissionDraft {
  readonly key: ReportKey;
  readonly template: TemplateRef;
  readonly payload: PayloadV1;
  /** The request body exactly as received, and its SHA-256 (hex). */
  readonly body: Uint8Array;
  /** The body is the payload's JSON (a JSON submission): the store keeps it once. */
  readonly payloadIsBody: boolean;
  readonly contentType: string;
  readonly sha256: string;
  readonly tokenId: string;
  readonly idempotencyKey: string | null;
  readonly mottatt: Date;
}

export interface Submission {
  readonly id: string;
  readonly key: ReportKey;
  readonly versjon: number;
  readonly template: TemplateRef;
  readonly mottatt: Date;
  readonly sha256: string;
  readonly contentType: string;
  readonly tokenId: string;
  readonly findings: readonly Finding[];
}

export interface SubmissionWithPayload extends Submission {
  readonly payload: PayloadV1;
}

/** What the store knows about earlier reports when a new one is judged (rules HIS-01 and HIS-02). */
export interface History {
  /** The latest accepted report of the same municipality (and bydel) for the year before. */
  readonly previous?: PayloadV1;
  /** How many reports for the same municipality (and bydel) and year are accepted already. */
  readonly acceptedVersions: number;
}

export type Judgement =
  | { readonly accepted: true; readonly findings: readonly Finding[] }
  | { readonly accepted: false; readonly findings: readonly Finding[] };

export type SubmitOutcome =
  | { readonly kind: 'lagret'; readonly submission: Submission }
  /** The token already used this Idempotency-Key: the submission stored then (its body may differ). */
  | { readonly kind: 'gjentatt'; readonly submission: Submission }
  | { readonly kind: 'avvist'; readonly findings: readonly Finding[] };

export interface SubmissionFilter {
  readonly kommunenummer?: string;
  /** The series' key (`ReportKey.bydel`): '' for the whole municipality. */
  readonly bydel?: string;
  readonly ar?: number;
}

/** One report's versions in a year, in short: the latest one, and when the first came. */
export interface SeriesSummary {
  readonly key: ReportKey;
  readonly latest: { readonly id: string; readonly versjon: number; readonly mottatt: Date; readonly advarsler: number };
  readonly firstReceived: Date;
  readonly versions: number;
}

export interface Store {
  /**
   * Brings the schema up to date, or up to migration `through` (tests of a migration start there);
   * safe when several processes start at once.
   */
  migrate(through?: number): Promise<void>;
  close(): Promise<void>;

  addToken(token: NewToken): Promise<void>;
  tokenByHash(hash: string): Promise<TokenRecord | undefined>;
  listTokens(): Promise<readonly TokenRecord[]>;
  /** False when no token has this id or it is revoked already. */
  revokeToken(id: string, at: Date): Promise<boolean>;

  /**
   * Stores a submission as the next version of its report, unless `judge` refuses it. `judge` runs
   * inside the transaction that assigns the version, so the history it sees is the one the new
   * version follows. With an Idempotency-Key the token has used before, nothing is judged or stored.
   */
  submit(draft: SubmissionDraft, judge: (history: History) => Judgement): Promise<SubmitOutcome>;
  submission(id: string): Promise<SubmissionWithPayload | undefined>;
  /** Newest first. */
  submissions(filter: SubmissionFilter): Promise<readonly Submission[]>;
  /** The latest accepted version of one report. */
  latest(key: ReportKey): Promise<SubmissionWithPayload | undefined>;
  /** The latest version of every report, ordered by year, municipality and bydel. */
  latestOfEach(filter: { readonly ar?: number }): Promise<readonly SubmissionWithPayload[]>;
  /** A value that changes whenever a submission or token is added or a token revoked: for caches. */
  changeStamp(): Promise<string>;
  /** Every report of a year in short, without payloads (one query), ordered by municipality and bydel. */
  seriesOfYear(ar: number): Promise<readonly SeriesSummary[]>;
}
