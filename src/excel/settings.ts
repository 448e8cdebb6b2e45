/**
 * What the workbook remembers in its settings (`workbook.settings`, saved with the file): which template
 * it holds, the last check and the last submission. Values are JSON text, checked when read back
 * (settings-schemas.ts). Never a token: settings go wherever the file goes.
 */
import type { TemplateRef } from '../report/payload';
import type { WorkbookStatus } from './api';

export const SETTING_KEYS = { template: 'BOSO.mal', check: 'BOSO.kontroll', submission: 'BOSO.innsending' } as const;

/** The settings' values as Excel gives them: JSON text, or undefined where the workbook has none. */
export interface SettingTexts {
  readonly template: unknown;
  readonly check: unknown;
  readonly submission: unknown;
}

export interface Remembered {
  readonly recorded?: TemplateRef;
  readonly status: WorkbookStatus;
}

/**
 * The settings, checked. A workbook without any (one the template was never inserted into: the pane's
 * first view there) needs no checking, so zod loads only when there is something to check.
 */
export async function rememberedIn(texts: SettingTexts): Promise<Remembered> {
  if (![texts.template, texts.check, texts.submission].some((t) => typeof t === 'string')) return { status: {} };
  const { templateSetting, workbookStatus } = await import('./settings-schemas');
  const recorded = templateSetting(texts.template);
  return { ...(recorded ? { recorded } : {}), status: workbookStatus(texts.check, texts.submission) };
}
