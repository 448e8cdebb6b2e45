/**
 * The workbook API (api.ts) over a host: Office.js in Excel, or the simulated Excel in tests and the
 * demo. Reading runs at once and fails with a message in cell edit mode; commands that write wait for the
 * user to leave the cell and are one undo step where Excel has it (ExcelApi 1.20).
 */
import { inputFields } from '../report/fields';
import { fieldName, TEMPLATE_ID_NAME } from '../report/layout/names';
import { rangeAddress, type RangePosition } from '../report/layout/a1';
import { freeSheetNames, isValidSheetName, renameSheets, takenSheetNames } from '../report/layout/rename-sheets';
import type { LayoutPlan } from '../report/layout/plan';
import { parseNumber } from '../report/numbers';
import { readReport, type ReportReading } from '../report/read-report';
import { templates } from '../report/templates';
import { wholeYear } from '../report/rules/input';
import type { CellValue } from '../report/values';
import type {
  HostResult,
  InsertOptions,
  InsertOutcome,
  ReportFound,
  ReportInWorkbook,
  ReportRead,
  StatusOutcome,
  StatusUpdate,
  WorkbookApi,
  WorkbookState,
  WriteOutcome,
} from './api';
import { asWritten, drawPlan, STATUS_NAME } from './draw-plan';
import { attempt, failure, SYNC_TIMEOUT_MS } from './failures';
import type { Host, RequestContext, RunOptions } from './office';
import { queueWorkbookRead, splitAddress, type WorkbookRead } from './read-workbook';
import { SETTING_KEYS } from './settings';
import { statusLine } from './status-line';
import { watchSheets } from './watch';

export interface WorkbookApiOptions {
  /** How long to wait for Excel to answer a sync. */
  readonly timeoutMs?: number;
  /** How long to wait after a change for more before calling back. */
  readonly debounceMs?: number;
}

/** What the add-in needs: data validation (1.8), change events (1.7), names and settings (1.4), conditional formats (1.6). */
export const MINIMUM_EXCEL_API = '1.8';
const PRINT_API = '1.9';
const UNDO_GROUP_API = '1.20';
const DEBOUNCE_MS = 300;

const FIRST_INPUTS = [...new Set(templates.map((t) => fieldName(inputFields(t)[0]?.id ?? '')))];

const NO_TEMPLATE = 'Arbeidsboken har ikke BOSO-rapportmalen. Sett den inn under Mal.';

function noReport(reading: Exclude<ReportReading, { ok: true }>): ReportRead {
  if (reading.reason === 'ikkeMal') return { kind: 'ingenRapport', reason: 'ikkeMal', message: NO_TEMPLATE };
  const shown = (s: string): string => s.slice(0, 60);
  return {
    kind: 'ingenRapport',
    reason: 'ukjentMal',
    message: `Arbeidsboken bygger på en mal tillegget ikke kjenner («${shown(reading.template.id)}» versjon «${shown(reading.template.version)}»). Oppdater tillegget, eller sett inn gjeldende mal i en ny arbeidsbok.`,
  };
}

function reportRead(read: WorkbookRead): ReportRead {
  const reading = readReport(read.source, read.recorded);
  if (!reading.ok) return noReport(reading);
  const { template, payload, addresses, formulas, missing } = reading;
  return { kind: 'rapport', template, payload, addresses, formulas, missing };
}

function reportInWorkbook(read: WorkbookRead): ReportInWorkbook | undefined {
  const reading = readReport(read.source, read.recorded);
  if (!reading.ok && reading.reason === 'ikkeMal') return undefined;
  const sheets = read.sheets.filter((s) => read.reportSheets.has(s));
  if (!reading.ok) return { template: reading.template, known: false, sheets };
  const text = (value: CellValue | undefined): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
  const { values } = reading.payload;
  const year = wholeYear(values.rapporteringsar);
  const kommunenummer = text(values.kommunenummer);
  const kommunenavn = text(values.kommunenavn);
  return {
    template: { id: reading.template.id, version: reading.template.version },
    known: true,
    ...(year === undefined ? {} : { year }),
    ...(kommunenummer === undefined ? {} : { kommunenummer }),
    ...(kommunenavn === undefined ? {} : { kommunenavn }),
    sheets,
  };
}

function workbookState(plan: LayoutPlan, read: WorkbookRead): WorkbookState {
  const report = reportInWorkbook(read);
  const taken = takenSheetNames(plan, read.sheets.filter((s) => !read.reportSheets.has(s)));
  return {
    ...(report ? { report } : {}),
    takenSheetNames: taken,
    freeSheetNames: Object.fromEntries(Object.entries(freeSheetNames(plan, read.sheets)).filter(([name]) => taken.includes(name))),
    status: read.status,
  };
}

/** The bounding range of cells on one sheet. */
function bounds(rects: readonly RangePosition[]): RangePosition {
  return {
    top: Math.min(...rects.map((r) => r.top)),
    left: Math.min(...rects.map((r) => r.left)),
    bottom: Math.max(...rects.map((r) => r.bottom)),
    right: Math.max(...rects.map((r) => r.right)),
  };
}

/** The payload value of a field (`c1_fastrente`) or a table cell (`okonomi[3].budsjett`). */
function payloadValue(read: ReportFound, cell: string): CellValue | undefined {
  const table = /^([a-z0-9_]+)\[(\d+)\]\.([a-z0-9_]+)$/.exec(cell);
  if (!table) return read.payload.values[cell];
  return read.payload.tables[table[1] ?? '']?.[Number(table[2])]?.[table[3] ?? ''];
}

type Write = { readonly address: string; readonly content: string | number };

/** One sync: every target sheet is looked up before anything is written, so a missing one stops the batch while nothing is changed. */
async function writeCells(context: RequestContext, writes: readonly Write[]): Promise<WriteOutcome> {
  const located = writes.map((w) => ({ ...w, at: splitAddress(w.address) }));
  const sheets = new Map<string, ReturnType<RequestContext['workbook']['worksheets']['getItem']>>();
  for (const { at } of located) {
    if (!at || sheets.has(at.sheet)) continue;
    const sheet = context.workbook.worksheets.getItem(at.sheet);
    sheet.load('name');
    sheets.set(at.sheet, sheet);
  }
  for (const { at, content } of located) {
    const sheet = at && sheets.get(at.sheet);
    if (sheet) sheet.getRange(rangeAddress(at.rect)).formulas = [[content]];
  }
  await context.sync();
  return { written: located.filter((w) => w.at).map((w) => w.address) };
}

export function createWorkbookApi(host: Host, options: WorkbookApiOptions = {}): WorkbookApi {
  const timeoutMs = options.timeoutMs ?? SYNC_TIMEOUT_MS;
  const support: HostResult<void> = host.isSetSupported('ExcelApi', MINIMUM_EXCEL_API) ? { ok: true, value: undefined } : failure('forGammelExcel');
  const writeOptions: RunOptions = { delayForCellEdit: true, ...(host.isSetSupported('ExcelApi', UNDO_GROUP_API) ? { mergeUndoGroup: true } : {}) };
  // Own writes in flight: hosts before ExcelApi 1.14 do not say which change events are the add-in's.
  let writing = 0;

  async function run<T>(runOptions: RunOptions, batch: (context: RequestContext) => Promise<T>): Promise<HostResult<T>> {
    if (!support.ok) return support;
    return attempt(() => host.run(runOptions, batch), timeoutMs);
  }

  const read = <T>(batch: (context: RequestContext) => Promise<T>): Promise<HostResult<T>> => run({}, batch);

  async function write<T>(batch: (context: RequestContext) => Promise<T>): Promise<HostResult<T>> {
    writing += 1;
    try {
      return await run(writeOptions, batch);
    } finally {
      writing -= 1;
    }
  }

  async function readWorkbook(context: RequestContext): Promise<WorkbookRead> {
    const done = queueWorkbookRead(context);
    await context.sync();
    return done();
  }

  /** A failed insert removes the sheets and names it added (they were all absent before). */
  async function removeInsert(sheets: readonly string[], names: readonly string[]): Promise<void> {
    await run({ delayForCellEdit: true }, async (context) => {
      const found = sheets.map((s) => context.workbook.worksheets.getItemOrNullObject(s));
      const named = names.map((n) => context.workbook.names.getItemOrNullObject(n));
      const setting = context.workbook.settings.getItemOrNullObject(SETTING_KEYS.template);
      await context.sync();
      for (const item of [...found, ...named, setting]) if (!item.isNullObject) item.delete();
      await context.sync();
    });
  }

  async function goTo(context: RequestContext): Promise<boolean> {
    const ranges = FIRST_INPUTS.map((name) => {
      const range = context.workbook.names.getItemOrNullObject(name).getRangeOrNullObject();
      range.load('address');
      return range;
    });
    await context.sync();
    const target = ranges.map((r) => (r.isNullObject ? undefined : splitAddress(r.address))).find((at) => at !== undefined);
    if (!target) return false;
    const sheet = context.workbook.worksheets.getItem(target.sheet);
    sheet.activate();
    sheet.getRange(rangeAddress(target.rect)).select();
    await context.sync();
    return true;
  }

  async function insert(plan: LayoutPlan, insertOptions: InsertOptions): Promise<HostResult<InsertOutcome>> {
    let added: { readonly sheets: readonly string[]; readonly names: readonly string[] } | undefined;
    const result = await write(async (context): Promise<InsertOutcome> => {
      const before = await readWorkbook(context);
      const report = reportInWorkbook(before);
      if (report) {
        await goTo(context);
        return { kind: 'finnesAllerede', report, message: 'Arbeidsboken har allerede malen, og du er nå i rapporten. Ingenting er satt inn.' };
      }
      const chosen = insertOptions.sheetNames ?? {};
      const renamed = renameSheets(plan, chosen);
      const taken = [...takenSheetNames(renamed, before.sheets), ...renamed.sheets.map((s) => s.name).filter((n) => !isValidSheetName(n))];
      if (taken.length > 0) {
        const planName = new Map(plan.sheets.map((s) => [chosen[s.name] ?? s.name, s.name]));
        const free = Object.fromEntries(Object.entries(freeSheetNames(renamed, before.sheets)).map(([name, f]) => [planName.get(name) ?? name, f]));
        return {
          kind: 'navnOpptatt',
          taken,
          freeSheetNames: free,
          message: `Arbeidsboken har allerede ark som heter ${taken.map((n) => `«${n}»`).join(', ')}. Ingenting er satt inn. Velg andre navn for malens ark, eller gi dine egne ark nye navn.`,
        };
      }
      const names = [...renamed.names.map((n) => n.name), STATUS_NAME, ...renamed.sheets.flatMap((s) => s.tables.map((t) => t.name))];
      const clash = names.filter((n) => before.present.has(n));
      if (clash.length > 0) throw new NameClash(clash);
      added = { sheets: renamed.sheets.map((s) => s.name), names: [...renamed.names.map((n) => n.name), STATUS_NAME] };
      const print = host.isSetSupported('ExcelApi', PRINT_API);
      const sheets = drawPlan(context, renamed, { print });
      context.workbook.settings.add(SETTING_KEYS.template, JSON.stringify(plan.template));
      sheets[renamed.sheets.findIndex((s) => s.visible)]?.activate();
      await context.sync();
      const check = context.workbook.names.getItemOrNullObject(TEMPLATE_ID_NAME).getRangeOrNullObject();
      check.load('values');
      await context.sync();
      if (check.isNullObject || check.values[0]?.[0] !== plan.template.id) throw new IncompleteInsert();
      return {
        kind: 'sattInn',
        sheets: added.sheets,
        leftOut: print
          ? []
          : [{ part: 'utskriftsoppsett', message: 'Denne Excel-versjonen kan ikke sette opp utskriften (A4, marger, sideskift, bunntekst). Sjekk utskriftsformatet før du skriver ut.' }],
        message: 'Malen er satt inn. Arkene er beskyttet, så Angre kan ikke ta tilbake det som var gjort før.',
      };
    }).catch((error: unknown) => {
      if (error instanceof NameClash) {
        return failure('ukjent', undefined, `Arbeidsboken har allerede navn som malen bruker (${error.names.slice(0, 3).join(', ')}), men ikke hele malen. Sett inn malen i en ny, tom arbeidsbok.`);
      }
      if (error instanceof IncompleteInsert) return failure('ukjent');
      throw error;
    });
    // A sync that timed out may still finish: then the template is there, and removing it would be wrong.
    if (!result.ok && added && result.reason !== 'tidsavbrudd') await removeInsert(added.sheets, added.names);
    return result;
  }

  return {
    support,
    state: (plan) => read(async (context) => workbookState(plan, await readWorkbook(context))),
    insertTemplate: (plan, insertOptions = {}) => insert(plan, insertOptions),
    goToReport: async () => {
      const result = await run({ delayForCellEdit: true }, goTo);
      if (!result.ok) return result;
      return result.value ? { ok: true, value: undefined } : failure('mangler', undefined, NO_TEMPLATE);
    },
    readReport: () => read(async (context) => reportRead(await readWorkbook(context))),
    select: async (found, cells) => {
      const at = cells.flatMap((c) => {
        const address = found.addresses[c];
        const located = address === undefined ? undefined : splitAddress(address);
        return located ? [located] : [];
      });
      const first = at[0];
      if (!first) return failure('mangler', undefined, 'Cellene finnes ikke lenger i arbeidsboken. Kontroller rapporten på nytt.');
      return read(async (context) => {
        const sheet = context.workbook.worksheets.getItem(first.sheet);
        sheet.activate();
        sheet.getRange(rangeAddress(bounds(at.filter((a) => a.sheet === first.sheet).map((a) => a.rect)))).select();
        await context.sync();
      });
    },
    restoreFormulas: (found, cells) => {
      const writes = cells.flatMap((c) => {
        const address = found.addresses[c];
        const formula = found.formulas[c];
        return address === undefined || formula === undefined ? [] : [{ address, content: `=${formula}` }];
      });
      return write((context) => writeCells(context, writes));
    },
    convertNumberText: (found, cells) => {
      const writes = cells.flatMap((c) => {
        const address = found.addresses[c];
        const value = payloadValue(found, c);
        const parsed = typeof value === 'string' ? parseNumber(value) : undefined;
        return address === undefined || !parsed?.ok ? [] : [{ address, content: parsed.value }];
      });
      return write((context) => writeCells(context, writes));
    },
    writeValues: (values) =>
      write(async (context) => {
        const ranges = Object.entries(values).map(([id, value]) => {
          const range = context.workbook.names.getItem(fieldName(id)).getRange();
          range.load('address');
          return { range, value };
        });
        // The names are all looked up before anything is written: a missing one stops the batch unchanged.
        for (const { range, value } of ranges) range.formulas = [[typeof value === 'number' ? value : asWritten(value)]];
        await context.sync();
        return { written: ranges.map((r) => r.range.address) };
      }),
    writeStatus: (update) => write((context) => status(context, update)),
    watch: (onChange) => read((context) => watchSheets(context, readWorkbook, onChange, () => writing > 0, options.debounceMs ?? DEBOUNCE_MS)),
  };
}

class NameClash extends Error {
  constructor(readonly names: readonly string[]) {
    super(names.join(', '));
  }
}

class IncompleteInsert extends Error {}

/**
 * One sync: the settings first, then the line through the status cell's name. A workbook without the name
 * (the template came from a file) stops the batch there, after the settings were written.
 */
async function status(context: RequestContext, update: StatusUpdate): Promise<StatusOutcome> {
  const line = statusLine(update);
  const { kind, ...record } = update;
  context.workbook.settings.add(kind === 'kontroll' ? SETTING_KEYS.check : SETTING_KEYS.submission, JSON.stringify(record));
  context.workbook.names.getItem(STATUS_NAME).getRange().formulas = [[asWritten(line)]];
  try {
    await context.sync();
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ItemNotFound' || code === 'InvalidReference') return { line, lineWritten: false };
    throw error;
  }
  return { line, lineWritten: true };
}
