/** "Gå til rapporten": the template's first sheet, its first input selected. */
import { inputFields } from '../report/fields';
import { fieldName } from '../report/layout/names';
import { rangeAddress } from '../report/layout/a1';
import { templates } from '../report/templates';
import type { RequestContext } from './office';
import { splitAddress } from './read-workbook';

const FIRST_INPUTS = [...new Set(templates.map((t) => fieldName(inputFields(t)[0]?.id ?? '')))];

/** False when the workbook has no template input to go to. */
export async function goToReport(context: RequestContext): Promise<boolean> {
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
