import type { CellValue as ExcelValue } from 'exceljs';
import fc from 'fast-check';
import { inputFields, tables } from '../../src/report/fields';
import { payloadSchemaFor } from '../../src/report/payload';
import { arsrapport2013 } from '../../src/report/templates/arsrapport-2013';
import { readXlsx } from '../../src/workbook/read-xlsx';
import { writeTemplate } from '../../src/workbook/write-template';
import { open, save, setField, setTableCell } from './fill';

let template: Buffer;
beforeAll(async () => {
  template = await writeTemplate(arsrapport2013);
});

/** What a user (or a paste from Word) can leave in a cell. */
const cellContent: fc.Arbitrary<ExcelValue> = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom('0502', '10?', 'ca. 40', 'Kr. 800.000', '−1.000', '1 234,50', ' ', '', '=SUM(A1)', 'æøå ÆØÅ'),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.date({ min: new Date('1901-01-01T00:00:00Z'), max: new Date('2999-12-31T00:00:00Z'), noInvalidDate: true }),
  fc.constantFrom('#REF!', '#DIV/0!', '#VALUE!', '#N/A', '#NAME?').map((error) => ({ error }) as ExcelValue),
  fc.record({ formula: fc.constantFrom('1+1', 'A1*2', 'SUM(B7:B26)', 'NOTAFUNCTION((', '"x"&"y"'), result: fc.oneof(fc.integer(), fc.string({ maxLength: 10 })) }),
  fc.array(fc.record({ text: fc.string({ maxLength: 10 }) }), { minLength: 1, maxLength: 3 }).map((richText) => ({ richText })),
  fc.record({ text: fc.string({ maxLength: 20 }), hyperlink: fc.constant('mailto:x@y.no') }),
);

const fieldIds = inputFields(arsrapport2013).map((f) => f.id);
const tableTargets = tables(arsrapport2013).flatMap((t) => t.columns.map((c) => [t.id, c.id] as const));

const edit = fc.oneof(
  fc.record({ field: fc.constantFrom(...fieldIds), value: cellContent }),
  fc.record({ table: fc.constantFrom(...tableTargets), row: fc.oneof(fc.nat({ max: 4 }), fc.constant('total' as const)), value: cellContent }),
);

describe('readXlsx never crashes', () => {
  it('on arbitrary bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), async (bytes) => {
        const result = await readXlsx(bytes);
        expect(result.ok ? 'ok' : result.reason).toBe('ikkeArbeidsbok');
      }),
      { numRuns: 200 },
    );
  });

  it('on a template with a few bytes changed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(), fc.nat({ max: 255 })), { minLength: 1, maxLength: 6 }), async (changes) => {
        const bytes = Buffer.from(template);
        for (const [at, value] of changes) bytes[at % bytes.length] = value;
        const result = await readXlsx(bytes);
        // A changed byte gives a readable report or a reason with a Norwegian sentence saying what to do.
        if (result.ok) expect(payloadSchemaFor(arsrapport2013).safeParse(result.payload).error).toBeUndefined();
        else expect(result.message).toMatch(/^[A-ZÆØÅ].{20,}\.$/);
      }),
      { numRuns: 40 },
    );
  });

  it('on workbooks with arbitrary cell contents in the input, computed and total cells', async () => {
    const strict = payloadSchemaFor(arsrapport2013);
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 12 }), async (edits) => {
        const opened = await open(template);
        for (const e of edits) {
          if ('field' in e) setField(opened, e.field, e.value);
          else setTableCell(opened, e.table[0], e.row, e.table[1], e.value);
        }
        const result = await readXlsx(await save(opened.workbook));
        if (!result.ok) throw new Error(result.message);
        expect(strict.safeParse(result.payload).error).toBeUndefined();
      }),
      { numRuns: 30 },
    );
  }, 120_000);
});
