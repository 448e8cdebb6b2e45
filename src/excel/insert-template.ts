/**
 * Inserting the template, in at most 3 syncs: read the workbook's state, draw the whole plan, confirm.
 * It never overwrites anything of the user's: a workbook that holds the template already is only shown
 * it, and one whose sheets have the plan's names gets nothing but free names to choose. A failure
 * removes the sheets and names it added, which were all absent before.
 */
import { TEMPLATE_ID_NAME } from '../report/layout/names';
import type { LayoutPlan } from '../report/layout/plan';
import { freeSheetNames, isValidSheetName, renameSheets, takenSheetNames } from '../report/layout/rename-sheets';
import type { HostResult, InsertOptions, InsertOutcome } from './api';
import { drawPlan } from './draw-plan';
import { failure } from './failures';
import { goToReport } from './go-to-report';
import type { RequestContext, RunOptions } from './office';
import { readWorkbook } from './read-workbook';
import { reportInWorkbook } from './report-state';
import { SETTING_KEYS } from './settings';

/** How the insert runs its batches: `write` as a command (waits for cell edit, one undo step), `run` as given. */
export interface Batches {
  write<T>(batch: (context: RequestContext) => Promise<T>): Promise<HostResult<T>>;
  run<T>(options: RunOptions, batch: (context: RequestContext) => Promise<T>): Promise<HostResult<T>>;
  /** Whether the host has the print setup (ExcelApi 1.9). */
  readonly print: boolean;
}

class NameClash extends Error {
  constructor(readonly names: readonly string[]) {
    super(names.join(', '));
  }
}

class IncompleteInsert extends Error {}

const LEFT_OUT_PRINT = {
  part: 'utskriftsoppsett',
  message: 'Denne Excel-versjonen kan ikke sette opp utskriften (A4, marger, sideskift, bunntekst). Sjekk utskriftsformatet før du skriver ut.',
} as const;

async function removeInsert(batches: Batches, sheets: readonly string[], names: readonly string[]): Promise<void> {
  await batches.run({ delayForCellEdit: true }, async (context) => {
    const found = sheets.map((s) => context.workbook.worksheets.getItemOrNullObject(s));
    const named = names.map((n) => context.workbook.names.getItemOrNullObject(n));
    const setting = context.workbook.settings.getItemOrNullObject(SETTING_KEYS.template);
    await context.sync();
    for (const item of [...found, ...named, setting]) if (!item.isNullObject) item.delete();
    await context.sync();
  });
}

export async function insertTemplate(batches: Batches, plan: LayoutPlan, options: InsertOptions): Promise<HostResult<InsertOutcome>> {
  let added: { readonly sheets: readonly string[]; readonly names: readonly string[] } | undefined;
  const result = await batches
    .write(async (context): Promise<InsertOutcome> => {
      const before = await readWorkbook(context);
      const report = reportInWorkbook(before);
      if (report) {
        await goToReport(context);
        return { kind: 'finnesAllerede', report, message: 'Arbeidsboken har allerede malen, og du er nå i rapporten. Ingenting er satt inn.' };
      }
      const chosen = options.sheetNames ?? {};
      const renamed = renameSheets(plan, chosen);
      const planned = renamed.sheets.map((s) => s.name);
      const chosenNames = planned.map((n) => n.toUpperCase());
      const twice = planned.filter((n, i) => chosenNames.indexOf(n.toUpperCase()) !== i);
      const taken = [...takenSheetNames(planned, before.sheets), ...planned.filter((n) => !isValidSheetName(n)), ...twice];
      if (taken.length > 0) {
        const planName = new Map(plan.sheets.map((s) => [chosen[s.name] ?? s.name, s.name]));
        const free = Object.fromEntries(Object.entries(freeSheetNames(planned, before.sheets)).map(([name, f]) => [planName.get(name) ?? name, f]));
        return {
          kind: 'navnOpptatt',
          taken,
          freeSheetNames: free,
          message: `Arbeidsboken har allerede ark som heter ${taken.map((n) => `«${n}»`).join(', ')}. Ingenting er satt inn. Velg andre navn for malens ark, eller gi dine egne ark nye navn.`,
        };
      }
      const names = renamed.names.map((n) => n.name);
      const clash = [...names, ...renamed.sheets.flatMap((s) => s.tables.map((t) => t.name))].filter((n) => before.present.has(n));
      if (clash.length > 0) throw new NameClash(clash);
      added = { sheets: renamed.sheets.map((s) => s.name), names };
      const sheets = drawPlan(context, renamed, { print: batches.print });
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
        leftOut: batches.print ? [] : [LEFT_OUT_PRINT],
        message: 'Malen er satt inn. Arkene er beskyttet, så Angre kan ikke ta tilbake det som var gjort før.',
      };
    })
    .catch((error: unknown) => {
      if (error instanceof NameClash) {
        return failure(
          'ukjent',
          undefined,
          `Arbeidsboken har allerede navn som malen bruker (${error.names.slice(0, 3).join(', ')}), men ikke hele malen. Sett inn malen i en ny, tom arbeidsbok.`,
        );
      }
      if (error instanceof IncompleteInsert) return failure('ukjent');
      throw error;
    });
  // A sync that timed out may still finish: then the template is there, and removing it would be wrong.
  if (!result.ok && added && result.reason !== 'tidsavbrudd') await removeInsert(batches, added.sheets, added.names);
  return result;
}
