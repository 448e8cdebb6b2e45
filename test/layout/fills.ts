/**
 * Random fills of the template as users fill it, for the parity tests: counts and amounts as numbers
 * and as number text written the Norwegian ways the spec allows, junk text, error values, empty and
 * blank cells, comments or none, typed-over computed cells. Number text is drawn from the syntax where
 * the sheet's NUMBERVALUE reading and the spec agree; marks-edges.test.ts holds the rest.
 */
import fc from 'fast-check';
import { inputFields, tables } from '../../src/report/fields';
import type { PayloadV1 } from '../../src/report/payload';
import type { Template } from '../../src/report/template';
import type { CellValue } from '../../src/report/values';

const GROUP_SEPARATORS = ['', ' ', '\u00a0', '\u202f', '\u2009', '\u2007', '.'] as const;

/** A number written as Norwegians write it: grouped in threes, a decimal comma, `kr`, a sign, `,-`. */
export const numberText = (value: fc.Arbitrary<number>): fc.Arbitrary<string> =>
  fc
    .record({
      value,
      group: fc.constantFrom(...GROUP_SEPARATORS),
      prefix: fc.constantFrom('', 'kr ', 'Kr. ', 'kr', 'KR. '),
      minus: fc.constantFrom('-', '−', '–', '- '),
      plus: fc.constantFrom('', '+', '+ '),
      wholeSuffix: fc.constantFrom('', ',-'),
      pad: fc.constantFrom('', ' '),
    })
    .map(({ value, group, prefix, minus, plus, wholeSuffix, pad }) => {
      const [int = '0', fraction] = Math.abs(value).toFixed(2).replace(/\.?0+$/, '').split('.');
      const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
      const sign = value < 0 ? minus : plus;
      const suffix = fraction === undefined ? wholeSuffix : `,${fraction}`;
      return `${pad}${prefix}${sign}${grouped}${suffix}${pad}`;
    });

const junk = fc.constantFrom<CellValue>('10?', 'ca. 40', 'n/a', 'Ikke avklart', '12 stk', '#REF!', 'x', '1,2,3', '--5', '1_000', '5%', '1E3', '5 kr', '\u3000');
const blank = fc.constantFrom<CellValue>(null, '', ' ', '\u00a0', '\t', '\u2009', ' \u202f\n');

const count: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 120 }) },
  { weight: 3, arbitrary: blank },
  { weight: 2, arbitrary: numberText(fc.integer({ min: -30, max: 5000 })) },
  { weight: 1, arbitrary: fc.constantFrom<CellValue>(-3, 2.5, 0.1, -1.5, true, false) },
  { weight: 1, arbitrary: numberText(fc.constantFrom(2.5, 0.5, 12.25)) },
  { weight: 1, arbitrary: junk },
);

const amount: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 3_000_000 }) },
  { weight: 2, arbitrary: fc.double({ min: 0, max: 1_000_000, noNaN: true }).map((x) => Math.round(x * 100) / 100) },
  { weight: 3, arbitrary: blank },
  { weight: 2, arbitrary: numberText(fc.integer({ min: -50_000, max: 3_000_000 })) },
  { weight: 1, arbitrary: numberText(fc.double({ min: 0, max: 100_000, noNaN: true }).map((x) => Math.round(x * 100) / 100)) },
  { weight: 1, arbitrary: fc.constantFrom<CellValue>(-1, -250_000, true) },
  { weight: 1, arbitrary: junk },
);

const text = fc.oneof({ weight: 2, arbitrary: blank }, { weight: 2, arbitrary: fc.constantFrom<CellValue>('Forklaring', 'Kartlegging', '12') });
const year = fc.oneof(
  fc.integer({ min: 2009, max: 2016 }),
  fc.constantFrom<CellValue>('2013', 2013.5, 2008, 2100, 'tjue', null, '', ' 2014 ', 99, -2013, true),
);
const typedOver = fc.oneof(fc.integer({ min: -100_000, max: 400_000 }), fc.constantFrom<CellValue>(0, null, '', 'x', '143 248'));

const valueFor = (kind: string): fc.Arbitrary<CellValue> =>
  kind === 'antall' ? count : kind === 'kroner' ? amount : kind === 'aar' ? year : text;

/** A random fill of `template` whose tables have at most `maxRows` rows. */
export function fill(template: Template, maxRows: Readonly<Record<string, number>>): fc.Arbitrary<PayloadV1> {
  const fields = inputFields(template).filter((f) => f.sectionId !== inputFields(template)[0]?.sectionId || f.kind === 'aar');
  const values = fc.record(Object.fromEntries(fields.map((f) => [f.id, valueFor(f.kind)])), { requiredKeys: [] });
  const tableRows = Object.fromEntries(
    tables(template).map((table) => {
      const row = fc.record(
        Object.fromEntries(table.columns.map((c) => [c.id, c.formula ? typedOver : valueFor(c.kind)])),
        { requiredKeys: [] },
      );
      return [table.id, fc.array(row, { maxLength: maxRows[table.id] ?? 0 })];
    }),
  );
  return fc.record({
    template: fc.constant({ id: template.id, version: template.version }),
    values: values as fc.Arbitrary<Record<string, CellValue>>,
    tables: fc.record(tableRows) as fc.Arbitrary<PayloadV1['tables']>,
  });
}
