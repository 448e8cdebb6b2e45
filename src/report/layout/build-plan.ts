/** Template → layout plan: one sheet per section, numbered and worded as the official form. */
import type { SectionDef, Template } from '../template';
import { blockWidths, layoutBlock, type LayoutContext } from './blocks';
import { YEAR_FIELD } from './formulas';
import { INFO_SHEET, TEMPLATE_ID_NAME, TEMPLATE_VERSION_NAME } from './names';
import type { LayoutPlan, NamePlan, ProtectionAllowance, SheetPlan } from './plan';
import { SheetBuilder } from './sheet-builder';
import { styles } from './styles';

export interface Prefill {
  readonly year?: number;
  readonly kommunenummer?: string;
  readonly kommunenavn?: string;
}

/** Width of a sheet that holds only text: wide enough to write in, narrow enough to print. */
const TEXT_SHEET_WIDTHS: readonly number[] = [110];
const TITLE_ROWS = 2;
const ALLOW: readonly ProtectionAllowance[] = ['selectLockedCells', 'selectUnlockedCells', 'formatRows', 'formatColumns'];

function sheetWidths(section: SectionDef): readonly number[] {
  const widths = section.blocks.map(blockWidths).reduce<number[]>(
    (acc, w) => w.map((width, i) => Math.max(width, acc[i] ?? 0)).concat(acc.slice(w.length)),
    [],
  );
  return widths.length > 0 ? widths : TEXT_SHEET_WIDTHS;
}

function sectionSheet(template: Template, section: SectionDef, context: LayoutContext, names: NamePlan[]): SheetPlan {
  const sheet = new SheetBuilder(section.sheetName, sheetWidths(section), names);
  sheet.setHeight(sheet.line({ value: template.title, style: 'title' }), 22);
  sheet.setHeight(sheet.line({ value: section.title, style: 'sectionTitle' }), 20);
  for (const block of section.blocks) {
    sheet.takeRow();
    layoutBlock(sheet, block, context);
  }
  // Excel cannot add rows to a table on a protected sheet, so a sheet with tables stays open
  // (docs/decisions/001-protection-and-table-growth.md).
  const hasTable = section.blocks.some((b) => b.type === 'table');
  return sheet.build({ visible: true, frozenRows: TITLE_ROWS, ...(hasTable ? {} : { protection: { allow: ALLOW } }) });
}

/** The hidden sheet that tells readers which template and version the workbook holds. */
function infoSheet(template: Template, names: NamePlan[]): SheetPlan {
  const sheet = new SheetBuilder(INFO_SHEET, [20, 40], names);
  const entries: readonly [string, string, string][] = [
    ['Mal-id', template.id, TEMPLATE_ID_NAME],
    ['Malversjon', template.version, TEMPLATE_VERSION_NAME],
  ];
  for (const [label, value, name] of entries) {
    const row = sheet.takeRow();
    sheet.set(1, row, { value: label, style: 'info' });
    sheet.defineName(name, sheet.set(2, row, { value, style: 'info' }));
  }
  sheet.takeRow();
  sheet.set(1, sheet.takeRow(), { value: 'BOSO-rapport leser malen herfra. Ikke endre dette arket.', style: 'info' });
  return sheet.build({ visible: false, frozenRows: 0, protection: { allow: ALLOW } });
}

export function buildLayoutPlan(template: Template, prefill: Prefill = {}): LayoutPlan {
  const context: LayoutContext = {
    year: prefill.year,
    prefill: Object.fromEntries(
      Object.entries({ [YEAR_FIELD]: prefill.year, kommunenummer: prefill.kommunenummer, kommunenavn: prefill.kommunenavn }).filter(
        (entry): entry is [string, string | number] => entry[1] !== undefined,
      ),
    ),
  };
  const names: NamePlan[] = [];
  const sheets = [...template.sections.map((s) => sectionSheet(template, s, context, names)), infoSheet(template, names)];
  return {
    template: { id: template.id, version: template.version },
    properties: { title: template.title, subject: `${template.title} (${template.version})`, keywords: `${template.id} ${template.version}` },
    styles,
    sheets,
    names,
  };
}
