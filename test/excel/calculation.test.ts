/**
 * The simulated Excel's calculation against HyperFormula, the independent engine the tests keep (it is
 * GPL-3.0 and never served): the same formulas over the same awkward cells give the same values.
 */
import { HyperFormula, type RawCellContent } from 'hyperformula';
import { SimulatedExcel, cellView } from '../../src/excel/simulated';
import { parseFormula, type FormulaNode } from '../../src/excel/simulated/formula-syntax';
import { functions } from '../../src/excel/simulated/functions';
import { buildLayoutPlan } from '../../src/report/layout/build-plan';
import { arsrapport2013 } from '../../src/report/templates/arsrapport-2013';
import { withExcelFunctions } from '../layout/excel-functions';

// What users leave in cells: numbers, number text, junk, blanks, a boolean, an error.
const INPUTS: readonly RawCellContent[] = [5, '10', 'Kr. 800.000', null, '  ', true, '#DIV/0!', ' 1 234,5 ', 'abc', -2.5, '0502', 'ABC'];
const CELLS = INPUTS.map((_, i) => `A${i + 1}`);

const FORMULAS: readonly string[] = [
  ...CELLS.flatMap((c) => [
    `${c}=""`,
    `${c}=0`,
    `${c}>3`,
    `${c}<"b"`,
    `${c}+1`,
    `-${c}`,
    `${c}&"x"`,
    `LEN(${c})`,
    `TRIM(${c})`,
    `ISNUMBER(${c})`,
    `ISTEXT(${c})`,
    `ISLOGICAL(${c})`,
    `ISBLANK(${c})`,
    `ISERROR(${c})`,
    `IFERROR(${c}*2,"feil")`,
    `IF(${c},1,2)`,
    `NOT(${c})`,
    `UPPER(${c})`,
    `SUBSTITUTE(${c},"0","o")`,
    `LEN(TRIM(CLEAN(SUBSTITUTE(${c},UNICHAR(160)," "))))=0`,
    `NUMBERVALUE(SUBSTITUTE(${c},",","."))`,
    `ROUND(${c}*100,0)`,
    `ABS(${c})`,
    `MOD(${c},3)`,
  ]),
  'SUM(A1:A12)',
  'COUNTIF(A1:A12,">3")',
  'COUNTIF(A1:A12,"10")',
  'COUNTIF(A1:A12,"abc")',
  'COUNTIF(A1:A12,"<>")',
  'COUNTIF(A1:A12,A1)',
  'AND(A1>1,A2="10")',
  'OR(A4="",A5="")',
  '"a"="A"',
  '"b">"A"',
  '1<"1"',
  '-2^2',
  '2^-1',
  '10%',
  '1/0',
  'ROUND(-2.5,0)',
  'YEAR(DATE(2014,2,19))',
  'DATE(2013,12,31)',
  'MONTH(41689)',
  'NUMBERVALUE("1.234,5",",",".")',
  'NUMBERVALUE("1 234")',
  'NUMBERVALUE("10?")',
  'NUMBERVALUE("")',
  'NUMBERVALUE("5%%")',
  'NUMBERVALUE("1,000.5.2")',
  'UNICHAR(8722)&"5"',
  'ISFORMULA(B1)',
  'ISFORMULA(A1)',
  'IF(A4="","tom",A4)',
  'IFERROR(NA(),"na")',
  'LEN(TRIM("  a   b  "))',
  'CLEAN("a"&UNICHAR(9)&"b")',
];

/** A HyperFormula value in the simulated Excel's terms: errors as their text. */
function plain(value: unknown): unknown {
  if (value && typeof value === 'object' && 'value' in value) return (value as { value: string }).value;
  return value;
}

describe('the calculation agrees with HyperFormula', () => {
  const excel = new SimulatedExcel();
  let hf: HyperFormula;

  beforeAll(async () => {
    withExcelFunctions();
    await excel.host.run({}, async (context) => {
      const sheet = context.workbook.worksheets.add('Data');
      sheet.getRange(`A1:A${INPUTS.length}`).formulas = INPUTS.map((v) => [v === null ? '' : typeof v === 'string' && v !== '#DIV/0!' ? `'${v}` : v]);
      sheet.getRange('B1').formulas = [['=A1*2']];
      sheet.getRange(`C1:C${FORMULAS.length}`).formulas = FORMULAS.map((f) => [`=${f}`]);
      await context.sync();
    });
    hf = HyperFormula.buildFromSheets(
      { Data: INPUTS.map((v, i) => [typeof v === 'string' && v !== '#DIV/0!' ? `'${v}` : v === '#DIV/0!' ? '=1/0' : v, i === 0 ? '=A1*2' : null, `=${FORMULAS[i] ?? ''}`]) },
      { licenseKey: 'gpl-v3' },
    );
    const sheet = hf.getSheetId('Data') ?? 0;
    hf.setCellContents({ sheet, row: 0, col: 2 }, FORMULAS.map((f) => [`=${f}`]));
  });

  it.each(FORMULAS.map((f, i) => [f, i] as const))('%s', (formula, i) => {
    const sheet = hf.getSheetId('Data') ?? 0;
    const expected = plain(hf.getCellValue({ sheet, row: i, col: 2 }));
    const value = cellView(excel, 'Data', `C${i + 1}`).value;
    expect({ formula, value: typeof value === 'number' ? Math.round(value * 1e9) / 1e9 : value }).toEqual({
      formula,
      value: typeof expected === 'number' ? Math.round(expected * 1e9) / 1e9 : expected === null ? 0 : expected,
    });
  });
});

describe('where HyperFormula is not Excel, the calculation follows Excel\'s documentation', () => {
  it.each([
    ['INT(-8.9)', -9],
    ['INT(8.9)', 8],
    ['ROUND(1.005,2)', 1.01],
    ['TRUE>1', true],
    ['NUMBERVALUE("2.500,27",",",".")', 2500.27],
    ['NUMBERVALUE("3.5%")', 0.035],
  ] as const)('%s is %p', async (formula, expected) => {
    const excel = new SimulatedExcel();
    await excel.host.run({}, async (context) => {
      context.workbook.worksheets.add('Data').getRange('A1').formulas = [[`=${formula}`]];
      await context.sync();
    });
    expect(cellView(excel, 'Data', 'A1').value).toBe(expected);
  });
});

function calls(node: FormulaNode): string[] {
  switch (node.kind) {
    case 'call':
      return [node.name, ...node.args.flatMap(calls)];
    case 'unary':
    case 'percent':
      return calls(node.operand);
    case 'binary':
      return [...calls(node.left), ...calls(node.right)];
    default:
      return [];
  }
}

describe('the template\'s formulas', () => {
  it('all parse, and use only functions the simulated Excel knows', () => {
    const plan = buildLayoutPlan(arsrapport2013, { year: 2013 });
    const formulas = plan.sheets.flatMap((s) => [...s.cells.flatMap((c) => (c.formula ? [c.formula] : [])), ...s.conditionalFormats.map((f) => f.formula)]);
    expect(formulas.length).toBeGreaterThan(100);
    const used = new Set(formulas.flatMap((f) => calls(parseFormula(f))));
    expect([...used].filter((name) => !(name in functions))).toEqual([]);
  });
});
