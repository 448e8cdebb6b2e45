/**
 * Table parts (`xl/tables/tableN.xml`) written and read here rather than by ExcelJS 4.4, which writes
 * neither calculated column formulas nor total-row formulas (exceljs#1417; without them Excel does not
 * fill the formulas into rows a user adds, and `totalsRowFunction="custom"` without a formula is
 * invalid), and whose reader stops at the first column that has a formula (exceljs PR #1936) and then
 * throws on the table's filter columns.
 */
import type { TablePlan } from '../report/layout/plan';
import { elements, escapeXml } from './xml';

export interface TablePart {
  readonly name: string;
  /** Header, body and total row, e.g. `A6:J27`. */
  readonly ref: string;
  readonly headerRows: number;
  readonly totalRows: number;
  /** Column names in sheet order. */
  readonly columns: readonly string[];
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

export function parseTablePart(xml: string): TablePart | undefined {
  const table = elements(xml, 'table')[0];
  const name = table?.attributes.name ?? table?.attributes.displayName;
  const ref = table?.attributes.ref;
  if (!table || name === undefined || ref === undefined) return undefined;
  const count = (value: string | undefined, fallback: number): number => {
    const n = Number(value ?? fallback);
    return Number.isInteger(n) && n >= 0 ? n : fallback;
  };
  return {
    name,
    ref,
    headerRows: count(table.attributes.headerRowCount, 1),
    totalRows: count(table.attributes.totalsRowCount, 0),
    columns: elements(table.inner, 'tableColumn').map((c) => c.attributes.name ?? ''),
  };
}

const textElement = (tag: string, text: string | undefined): string =>
  text === undefined ? '' : `<${tag}>${escapeXml(text)}</${tag}>`;

/** The table part of a planned table; `id` must be unique in the workbook. */
export function renderTablePart(table: TablePlan, id: number): string {
  const [first = '', last = ''] = table.ref.split(':');
  const filterRef = `${first}:${last.replace(/\d+$/, String(table.lastDataRow))}`;
  const columns = table.columns.map((c, i) => {
    const attributes = [
      `id="${i + 1}"`,
      `name="${escapeXml(c.header)}"`,
      ...(c.totalLabel === undefined ? [] : [`totalsRowLabel="${escapeXml(c.totalLabel)}"`]),
      ...(c.totalFormula === undefined ? [] : ['totalsRowFunction="custom"']),
    ].join(' ');
    const children = textElement('calculatedColumnFormula', c.formula) + textElement('totalsRowFormula', c.totalFormula);
    return children === '' ? `<tableColumn ${attributes}/>` : `<tableColumn ${attributes}>${children}</tableColumn>`;
  });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<table xmlns="${MAIN_NS}" id="${id}" name="${escapeXml(table.name)}" displayName="${escapeXml(table.name)}" ` +
    `ref="${table.ref}" headerRowCount="1" totalsRowCount="1">` +
    `<autoFilter ref="${filterRef}"/>` +
    `<tableColumns count="${columns.length}">${columns.join('')}</tableColumns>` +
    `<tableStyleInfo name="${escapeXml(table.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>` +
    '</table>'
  );
}

/**
 * The part as ExcelJS can load it: without column formulas and filter settings (see above), and with
 * the header row count spelled out, because ExcelJS reads a missing count (the default, 1) as 0.
 */
export function simplifyTablePart(xml: string): string {
  const simplified = ['tableColumn', 'autoFilter'].reduce(
    (s, tag) => s.replace(new RegExp(`<((?:[\\w.-]+:)?${tag})(\\s[^>]*?)?(?<!/)>[\\s\\S]*?</\\1>`, 'g'), '<$1$2/>'),
    xml,
  );
  return simplified.replace(/<((?:[\w.-]+:)?table)(\s(?![^>]*headerRowCount=)[^>]*?)(\/?)>/, '<$1$2 headerRowCount="1"$3>');
}
