/**
 * The contract between the add-in's UI (task pane, ribbon commands) and the open workbook.
 * `createWorkbookApi(host)` builds it over Office.js or over the simulated Excel; callers see plain data
 * only, never an Office object. Every function resolves, never rejects: what Excel refuses comes back as a
 * `HostFailure` with a Norwegian message that says what to do.
 *
 * Reading and watching never write to the workbook (no undo record is added or cleared). The commands
 * that write (insert, restore, convert, values, status) are each one `Excel.run`, one undo step where
 * Excel has it (ExcelApi 1.20), and wait for the user to leave a cell they are editing.
 */
import type { LayoutPlan } from '../report/layout/plan';
import type { PayloadV1, TemplateRef } from '../report/payload';
import type { Template } from '../report/template';

export type HostFailureReason =
  /** The user is editing a cell, and the call could not wait for it. */
  | 'redigeringsmodus'
  /** A sheet, defined name or table the call needs is gone: the user deleted or renamed it. */
  | 'mangler'
  /** The request is larger than Excel on the web accepts (5 MB). */
  | 'forStor'
  /** Excel did not answer within 20 seconds. */
  | 'tidsavbrudd'
  /** A locked cell on a protected sheet. */
  | 'beskyttet'
  /** This Excel lacks what the add-in needs (ExcelApi 1.8: Excel 2019, Microsoft 365 or Excel on the web). */
  | 'forGammelExcel'
  /** Anything else Excel refused; `code` says what. */
  | 'ukjent';

export interface HostFailure {
  readonly ok: false;
  readonly reason: HostFailureReason;
  /** Norwegian, says what happened and what to do. */
  readonly message: string;
  /** Excel's own error code (`InvalidOperationInCellEditMode`, `ItemNotFound`, …), for support. */
  readonly code?: string;
}

export type HostResult<T> = { readonly ok: true; readonly value: T } | HostFailure;

export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** A date and time as the user's clock shows it. */
export interface LocalDateTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
}

/** The last check (the ribbon's Kontroller), as the workbook remembers it. */
export interface CheckStatus {
  readonly at: LocalDateTime;
  readonly errors: number;
  readonly warnings: number;
  /** When the report was sent in before: the version sent, and whether what the sheet holds now differs from it. */
  readonly submitted?: { readonly version: number; readonly changed: boolean };
}

/** The last submission, as the workbook remembers it. */
export interface SubmissionStatus {
  readonly at: LocalDateTime;
  readonly version: number;
  /** The receipt's id. */
  readonly id: string;
  /** SHA-256 (hex) of the request body sent: what tells whether the report has changed since. */
  readonly sha256: string;
  /** The server's receipt as it came; never a token. */
  readonly receipt: JsonValue;
}

export interface WorkbookStatus {
  readonly check?: CheckStatus;
  readonly submission?: SubmissionStatus;
}

export type StatusUpdate =
  | ({ readonly kind: 'kontroll' } & CheckStatus)
  | ({ readonly kind: 'innsending' } & SubmissionStatus);

export interface StatusOutcome {
  /** The line on the first sheet: `Kontrollert 01.12.2026 14:02: 2 feil, 5 advarsler`, `Sendt inn 24.02.2014 10:15, versjon 2`. */
  readonly line: string;
  /**
   * Whether the line was written into the sheet. False when the workbook has no status cell (the template
   * came from a file, not from the add-in, or the user deleted the cell); the settings hold the status anyway.
   */
  readonly lineWritten: boolean;
}

/** The report template found in the workbook. */
export interface ReportInWorkbook {
  readonly template: TemplateRef;
  /** Whether the add-in knows this template and version, and so can read and check it. */
  readonly known: boolean;
  readonly year?: number;
  readonly kommunenummer?: string;
  readonly kommunenavn?: string;
  /** The template's sheets as the workbook names them, in the workbook's order. */
  readonly sheets: readonly string[];
}

export interface WorkbookState {
  /** The template in the workbook; absent when there is none. */
  readonly report?: ReportInWorkbook;
  /** Sheet names of the plan that sheets of the workbook already have (Excel compares them without case). */
  readonly takenSheetNames: readonly string[];
  /** A free name for every taken one, to offer the user: plan sheet name → free name. */
  readonly freeSheetNames: Readonly<Record<string, string>>;
  readonly status: WorkbookStatus;
}

export interface InsertOptions {
  /** Plan sheet name → the name to use instead, when the plan's is taken (e.g. `WorkbookState.freeSheetNames`). */
  readonly sheetNames?: Readonly<Record<string, string>>;
}

/** An optional part of the template this Excel cannot draw; the template works without it. */
export interface LeftOut {
  readonly part: 'utskriftsoppsett';
  readonly message: string;
}

export type InsertOutcome =
  | {
      readonly kind: 'sattInn';
      /** The sheets added, as named in the workbook. */
      readonly sheets: readonly string[];
      readonly leftOut: readonly LeftOut[];
      readonly message: string;
    }
  /** Nothing inserted: the workbook holds the template already (the add-in has gone to it). */
  | { readonly kind: 'finnesAllerede'; readonly report: ReportInWorkbook; readonly message: string }
  /** Nothing inserted: sheets of the workbook have names the plan needs. */
  | {
      readonly kind: 'navnOpptatt';
      readonly taken: readonly string[];
      readonly freeSheetNames: Readonly<Record<string, string>>;
      readonly message: string;
    };

/** The report read from the workbook, the same payload `src/workbook` reads from an `.xlsx` of the same content. */
export interface ReportFound {
  readonly kind: 'rapport';
  readonly template: Template;
  readonly payload: PayloadV1;
  /** Field id or table cell (`okonomi[3].budsjett`, `okonomi.total.budsjett`) → `'5 Økonomi'!C12`. */
  readonly addresses: Readonly<Record<string, string>>;
  /** The formula (without `=`) each computed cell read as typed over must hold, by cell: what restoring writes. */
  readonly formulas: Readonly<Record<string, string>>;
  /** Defined names and tables of the template the workbook no longer has; their cells were not read. */
  readonly missing: readonly string[];
  /** Each table's empty body rows, as input column id → address: where rows can be written (last year's numbers). */
  readonly emptyRows: Readonly<Record<string, readonly Readonly<Record<string, string>>[]>>;
  /** What the workbook remembers of its last check and submission, read in the same sync. */
  readonly status: WorkbookStatus;
}

export type ReportRead =
  | ReportFound
  | { readonly kind: 'ingenRapport'; readonly reason: 'ikkeMal' | 'ukjentMal'; readonly message: string };

/** Cells a command wrote, as sheet addresses. */
export interface WriteOutcome {
  readonly written: readonly string[];
}

/** Something changed on the template's sheets; read the report again (`details` of Excel's events are not to be trusted). */
export interface ReportChange {
  readonly sheets: readonly string[];
}

export interface Watcher {
  /** Stops calling back. */
  stop(): void;
}

export interface WorkbookApi {
  /** Whether this Excel has what the add-in needs; every call fails with this when it does not. */
  readonly support: HostResult<void>;
  /**
   * Office's `partitionKey`: the prefix of the add-in's own browser storage where Office partitions it (Excel
   * on the web, Mac); undefined where it does not (Windows). Per-user secrets go there, never into the workbook.
   */
  readonly partitionKey: string | undefined;
  /**
   * One sync: the template in the workbook, which of the plan's sheet names (`planSheetNames`, in the plan's
   * order) the workbook's sheets already have, the remembered status.
   */
  state(planned: readonly string[]): Promise<HostResult<WorkbookState>>;
  /**
   * Draws the plan into the workbook and records the template in its settings, in at most 3 syncs. Never
   * overwrites anything of the user's; a failure removes what it added. Protecting the sheets clears the
   * user's undo history (say so before calling).
   */
  insertTemplate(plan: LayoutPlan, options?: InsertOptions): Promise<HostResult<InsertOutcome>>;
  /** Activates the template's first sheet and selects its first input ("Gå til rapporten"). */
  goToReport(): Promise<HostResult<void>>;
  /** One sync: every input by defined name and both tables, values and formulas, into payload v1. */
  readReport(): Promise<HostResult<ReportRead>>;
  /** One sync: selects (and scrolls to) the cells of a finding, e.g. its `fields`, on the first one's sheet. */
  select(read: ReportFound, cells: readonly string[]): Promise<HostResult<void>>;
  /** One sync, one undo step: writes the template's formula back into the computed cells named (OKO-05). */
  restoreFormulas(read: ReportFound, cells: readonly string[]): Promise<HostResult<WriteOutcome>>;
  /** One sync, one undo step: writes the numbers the domain read into the number-text cells named (NUM-04). */
  convertNumberText(read: ReportFound, cells: readonly string[]): Promise<HostResult<WriteOutcome>>;
  /** One sync, one undo step: writes values into the named input cells, by field id (prefilled values). */
  writeValues(values: Readonly<Record<string, string | number>>): Promise<HostResult<WriteOutcome>>;
  /** One sync, one undo step: writes values into cells by sheet address (`'5 Økonomi'!C12`), as found by the last read. */
  fillCells(values: Readonly<Record<string, string | number>>): Promise<HostResult<WriteOutcome>>;
  /** One sync, one undo step: the status line on the first sheet and the status in the workbook settings. */
  writeStatus(update: StatusUpdate): Promise<HostResult<StatusOutcome>>;
  /**
   * Calls back (debounced, ~300 ms) when something changes on the template's sheets, ignoring the add-in's
   * own writes. Some edits fire nothing: read the whole report at start and on every command as well.
   */
  watch(onChange: (change: ReportChange) => void): Promise<HostResult<Watcher>>;
}
