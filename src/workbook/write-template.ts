/** The template as an .xlsx to fill in, optionally with year and municipality filled in. */
import { buildLayoutPlan, type Prefill } from '../report/layout/build-plan';
import type { Template } from '../report/template';
import { renderXlsx } from './render-xlsx';

export function writeTemplate(template: Template, prefill?: Prefill): Promise<Buffer> {
  return renderXlsx(buildLayoutPlan(template, prefill));
}
