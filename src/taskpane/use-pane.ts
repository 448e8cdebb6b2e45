/**
 * The pane's view of the workbook: the template's state (from the workbook itself, so it survives a
 * closed pane) and the live check. Reading never writes; a check is one read (one sync) and the domain's
 * `validate`. Changes in the template's sheets start a new check; changes during a check start one more
 * after it, never two at once.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { HostFailure, HostResult, InsertOutcome, ReportFound, ReportRead, WorkbookApi, WorkbookState } from '../excel/api';
import type { LayoutPlan } from '../report/layout/plan';
import type { Prefill } from '../report/layout/build-plan';
import { planSheetNames } from '../report/layout/names';
import { defaultTemplate } from '../report/templates';
import type { ValidationResult } from '../report/validate';

export type CheckState =
  | { readonly kind: 'venter' }
  | { readonly kind: 'ingenRapport'; readonly message: string }
  | { readonly kind: 'kontrollert'; readonly read: ReportFound; readonly result: ValidationResult; readonly at: Date };

export interface InsertChoice {
  readonly prefill: Prefill;
  readonly bydel?: string;
  /** Plan sheet name → the free name to use instead. */
  readonly sheetNames?: Readonly<Record<string, string>>;
}

/** Which report the workbook holds, as the header and Mal name it. */
export interface ReportIdentity {
  readonly year?: number;
  readonly kommunenummer?: string;
  readonly kommunenavn?: string;
}

export interface Pane {
  /** Undefined until the first read of the workbook's state (the sheet names the plan needs come with it). */
  readonly workbook?: WorkbookState;
  /**
   * The report in the workbook as soon as either read tells: the state, or before it the first read of the
   * report (which needs no layout plan); null when there is none, undefined while unknown.
   */
  readonly report: ReportIdentity | null | undefined;
  readonly check: CheckState;
  /** What Excel refused last, until the next call succeeds. */
  readonly failure?: HostFailure;
  readonly checking: boolean;
  checkNow(): Promise<void>;
  insert(choice: InsertChoice): Promise<HostResult<InsertOutcome>>;
  goToReport(): Promise<void>;
  select(cells: readonly string[]): Promise<void>;
  restoreFormulas(cells: readonly string[]): Promise<void>;
  convertNumberText(cells: readonly string[]): Promise<void>;
}

/** The municipality as the header and Mal name it (`0502 Gjøvik`); undefined when the report names none. */
export const kommuneText = (report: ReportIdentity): string | undefined =>
  report.kommunenummer === undefined ? undefined : [report.kommunenummer, report.kommunenavn].filter(Boolean).join(' ');

function identityOf(read: ReportFound): ReportIdentity {
  const { rapporteringsar, kommunenummer, kommunenavn } = read.payload.values;
  return {
    ...(typeof rapporteringsar === 'number' ? { year: rapporteringsar } : {}),
    ...(typeof kommunenummer === 'string' ? { kommunenummer } : {}),
    ...(typeof kommunenavn === 'string' ? { kommunenavn } : {}),
  };
}

/** Built when the user inserts: the conditional formats take tens of milliseconds the first view does not need. */
const planFor = async (prefill: Prefill): Promise<LayoutPlan> =>
  (await import('../report/layout/build-plan')).buildLayoutPlan(defaultTemplate, prefill);
const PLAN_SHEETS = planSheetNames(defaultTemplate);

/**
 * What a read tells before the rules have checked it: that there is no report, or nothing yet (a report
 * waits for its check).
 */
const before = (read: HostResult<ReportRead> | undefined): CheckState =>
  read?.ok === true && read.value.kind === 'ingenRapport' ? { kind: 'ingenRapport', message: read.value.message } : { kind: 'venter' };

/**
 * The pane over the workbook, or undefined while its API loads (null). `first`: the workbook's first read,
 * when it was made as the API came (PaneApp), so the pane shows what it tells in the same render.
 */
export function usePane(api: WorkbookApi | null, first?: HostResult<ReportRead>): Pane | undefined {
  const [workbook, setWorkbook] = useState<WorkbookState>();
  const [check, setCheck] = useState<CheckState>({ kind: 'venter' });
  const [failure, setFailure] = useState<HostFailure>();
  const [checking, setChecking] = useState(false);
  const inFlight = useRef(false);
  const again = useRef(false);

  /** The value of a host call, or undefined after showing what Excel refused. */
  const settle = useCallback(<T>(result: HostResult<T>): T | undefined => {
    setFailure(result.ok ? undefined : result);
    return result.ok ? result.value : undefined;
  }, []);

  const loadState = useCallback(async (): Promise<void> => {
    if (api === null) return;
    const state = settle(await api.state(PLAN_SHEETS));
    if (state !== undefined) setWorkbook(state);
  }, [api, settle]);

  /** Reads the report and checks it; `given`: a read already made, used for the first round. */
  const readAndCheck = useCallback(async (given?: HostResult<ReportRead>): Promise<void> => {
    if (api === null) return;
    if (inFlight.current) {
      again.current = true;
      return;
    }
    inFlight.current = true;
    setChecking(true);
    let read = given;
    try {
      do {
        again.current = false;
        const found = settle(read ?? (await api.readReport()));
        read = undefined;
        if (found === undefined) break;
        // A workbook without the template needs no rules: Mal shows at once, the rules load when needed.
        if (found.kind !== 'rapport') {
          setCheck({ kind: 'ingenRapport', message: found.message });
          continue;
        }
        const { checkReport } = await import('./check-report');
        const at = new Date();
        setCheck({ kind: 'kontrollert', read: found, result: checkReport(found, at), at });
      } while (again.current);
    } finally {
      inFlight.current = false;
      setChecking(false);
    }
  }, [api, settle]);
  const checkNow = useCallback(() => readAndCheck(), [readAndCheck]);

  // The report first: it tells Mal and Kontroll what to show; the state follows, for the sheet names
  // the insert needs and the header. The first read is the one PaneApp made as the API came, if it did;
  // otherwise it is requested as the API's first render commits, not after the browser has painted it (a
  // passive effect waits for the paint). Later renders of the same API start no other.
  useLayoutEffect(() => {
    void readAndCheck(first).then(loadState);
  }, [loadState, readAndCheck]);

  // Watch the template's sheets while there are any; a new set of sheets (after an insert) is watched anew.
  const sheets = workbook?.report?.sheets.join('\n');
  useEffect(() => {
    if (api === null || sheets === undefined) return undefined;
    let watcher: { stop(): void } | undefined;
    let stopped = false;
    void api
      .watch(() => void checkNow())
      .then((result) => {
        if (!result.ok) return setFailure(result);
        if (stopped) return result.value.stop();
        watcher = result.value;
        // What changed between the first read and the watch's start fired nothing the watch could hear.
        void checkNow();
      });
    return () => {
      stopped = true;
      watcher?.stop();
    };
  }, [api, sheets, checkNow]);

  const found = check.kind === 'kontrollert' ? check.read : undefined;
  /** A command on the report as last read, then a new check: the pane's own writes fire no change event. */
  const mend = useCallback(
    async (write: (read: ReportFound) => Promise<HostResult<unknown>>): Promise<void> => {
      if (found === undefined) return;
      if (settle(await write(found)) !== undefined) await checkNow();
    },
    [found, settle, checkNow],
  );

  if (api === null) return undefined;
  // Until the first check has settled, what the first read tells.
  const shown = check.kind === 'venter' ? before(first) : check;
  const firstFound = first?.ok === true && first.value.kind === 'rapport' ? first.value : undefined;
  return {
    ...(workbook === undefined ? {} : { workbook }),
    report:
      workbook !== undefined
        ? (workbook.report ?? null)
        : shown.kind === 'ingenRapport'
          ? null
          : shown.kind === 'kontrollert'
            ? identityOf(shown.read)
            : firstFound && identityOf(firstFound),
    check: shown,
    ...(failure === undefined ? {} : { failure }),
    checking,
    checkNow,
    insert: async (choice) => {
      const outcome = await api.insertTemplate(
        await planFor(choice.prefill),
        choice.sheetNames === undefined ? {} : { sheetNames: choice.sheetNames },
      );
      settle(outcome);
      if (outcome.ok && outcome.value.kind === 'sattInn' && choice.bydel !== undefined)
        settle(await api.writeValues({ bydel: choice.bydel }));
      await loadState();
      await checkNow();
      return outcome;
    },
    goToReport: async () => {
      settle(await api.goToReport());
    },
    select: async (cells) => {
      if (found !== undefined) settle(await api.select(found, cells));
    },
    restoreFormulas: (cells) => mend((read) => api.restoreFormulas(read, cells)),
    convertNumberText: (cells) => mend((read) => api.convertNumberText(read, cells)),
  };
}
