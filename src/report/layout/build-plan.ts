/** Template → layout plan: one sheet per section, numbered and worded as the official form. */
import type { SectionDef, Template } from '../template';
import { blockColumns, layoutBlock, type LayoutContext } from './blocks';
import { conditionalFormats, markedSections } from './conditional-formats';
import { YEAR_FIELD } from './formulas';
import { INFO_SHEET, TEMPLATE_ID_NAME, TEMPLATE_VERSION_NAME } from './names';
import { fitColumns, mergeColumns, type ColumnSpec, type SheetColumns } from './page';
import type { LayoutPlan, NamePlan, ProtectionAllowance, SheetPlan } from './plan';
import { SheetBuilder } from './sheet-builder';
import { BODY_FONT, marks, styles } from './styles';

export interface Prefill {
  readonly year?: number;
  readonly kommunenummer?: string;
  readonly kommunenavn?: string;
}

/** A sheet that holds only text has one column, as wide as the page. */
const TEXT_SHEET: readonly ColumnSpec[] = [{ min: 1, grow: 1 }];
const INFO_COLUMNS: readonly ColumnSpec[] = [
  { min: 20, grow: 0 },
  { min: 40, grow: 0 },
];
const TITLE_ROWS = 2;
/** The empty row between two blocks: enough to part them, small enough to keep a block on its page. */
const SPACER_HEIGHT = 9;
const ALLOW: readonly ProtectionAllowance[] = ['selectLockedCells', 'selectUnlockedCells', 'formatRows', 'formatColumns'];

function sheetColumns(section: SectionDef): SheetColumns {
  const columns = mergeColumns(section.blocks.map(blockColumns));
  return fitColumns(columns.length > 0 ? columns : TEXT_SHEET);
}

/**
 * Excel and LibreOffice print title rows at the top of every page of a sheet, above whatever is there.
 * A grid's or table's headers repeat only when it is the sheet's one grid or table and ends the sheet,
 * so they never stand above text or another table; the page breaks keep the others on one page.
 */
function headersMayRepeat(section: SectionDef): boolean {
  const withHeaders = section.blocks.filter((b) => b.type === 'grid' || b.type === 'table');
  return withHeaders.length === 1 && withHeaders[0] === section.blocks.at(-1);
}

/** The template's title on the left and where the page belongs on the right, in Excel's footer codes. */
function footer(template: Template): string {
  return `&L&8${template.title.replace(/&/g, '&&')}&R&8&A – side &P av &N`;
}

/** What the marks of the conditional formats mean, under the titles of a sheet that has marks. */
function legend(sheet: SheetBuilder): void {
  const entries = [
    [marks.feil, 'legendFeil'],
    [marks.advarsel, 'legendAdvarsel'],
  ] as const;
  for (const [mark, style] of entries) {
    const row = sheet.takeRow();
    sheet.set(1, row, { value: mark.legend.label, style });
    sheet.span(row, 2, Math.max(2, sheet.width), { value: mark.legend.text, style: 'help' });
  }
}

type SheetWithoutMarks = Omit<SheetPlan, 'conditionalFormats'>;

function sectionSheet(template: Template, section: SectionDef, context: LayoutContext, names: NamePlan[], marked: boolean): SheetWithoutMarks {
  const sheet = new SheetBuilder(section.sheetName, sheetColumns(section), names);
  sheet.line({ value: template.title, style: 'title' });
  sheet.line({ value: section.title, style: 'sectionTitle' });
  if (marked) legend(sheet);
  // The titles, like headings and notes, go on the page of what follows them.
  sheet.keepTogether(1, true);
  for (const block of section.blocks) {
    sheet.setHeight(sheet.takeRow(), SPACER_HEIGHT);
    const first = sheet.row;
    layoutBlock(sheet, block, context);
    sheet.keepTogether(first, block.type === 'heading' || block.type === 'note');
  }
  // Excel cannot add rows to a table on a protected sheet, so a sheet with tables stays open
  // (docs/decisions/001-protection-and-table-growth.md).
  const hasTable = section.blocks.some((b) => b.type === 'table');
  return sheet.build({
    visible: true,
    frozenRows: TITLE_ROWS,
    gridLines: false,
    footer: footer(template),
    repeatHeaders: headersMayRepeat(section),
    ...(hasTable ? {} : { protection: { allow: ALLOW } }),
  });
}

/** The hidden sheet that tells readers which template and version the workbook holds. */
function infoSheet(template: Template, names: NamePlan[]): SheetWithoutMarks {
  const sheet = new SheetBuilder(INFO_SHEET, fitColumns(INFO_COLUMNS), names);
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
  return sheet.build({ visible: false, frozenRows: 0, gridLines: true, footer: '', repeatHeaders: false, protection: { allow: ALLOW } });
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
  const marked = markedSections(template);
  const unmarked = [...template.sections.map((s) => sectionSheet(template, s, context, names, marked.has(s.id))), infoSheet(template, names)];
  const formats = conditionalFormats(template, { names, sheets: unmarked });
  const sheets = unmarked.map((sheet) => ({ ...sheet, conditionalFormats: formats.get(sheet.name) ?? [] }));
  return {
    template: { id: template.id, version: template.version },
    font: BODY_FONT,
    properties: { title: template.title, subject: `${template.title} (${template.version})`, keywords: `${template.id} ${template.version}` },
    styles,
    marks,
    sheets,
    names,
  };
}
