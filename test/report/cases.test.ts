import { payloadV1Schema } from '../../src/report/payload';
import { parsePayload } from '../../src/report/parse-payload';
import { validate, validationResultSchema } from '../../src/report/validate';
import { findingKey, loadCases } from '../fixtures/cases';

const cases = loadCases();

describe('shared cases (test/fixtures/cases)', () => {
  it('has the cases the project relies on', () => {
    expect(cases.map((c) => c.file)).toEqual(
      expect.arrayContaining(['ren-rapport.json', 'rules-md-eksempel.json', 'typiske-feil.json']),
    );
  });

  describe.each(cases.map((c) => [c.file, c] as const))('%s', (_file, testCase) => {
    const parsed = parsePayload(testCase.payload);
    if (!parsed.ok) throw new Error(`${testCase.file}: ${JSON.stringify(parsed.problems)}`);
    const previous = testCase.context.previous === undefined ? undefined : payloadV1Schema.parse(testCase.context.previous);
    const result = validate(parsed.template, parsed.payload, {
      today: testCase.today,
      ...(previous ? { previous } : {}),
      ...(testCase.context.acceptedVersions === undefined ? {} : { acceptedVersions: testCase.context.acceptedVersions }),
    });

    it(`gives exactly the expected findings: ${testCase.name}`, () => {
      expect(result.findings.map(findingKey).sort()).toEqual(testCase.expectFindings.map(findingKey).sort());
    });

    // Only the cases that state computed values have this test (the rest would be a skipped test each).
    const { expectComputed } = testCase;
    if (expectComputed !== undefined) {
      it('computes the expected values', () => {
        expect(result.computed).toMatchObject(expectComputed);
      });
    }

    it('returns a result that parses with the schema', () => {
      expect(validationResultSchema.safeParse(result).success).toBe(true);
    });
  });
});
