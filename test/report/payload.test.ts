import { payloadJsonSchema } from '../../src/report/payload';
import { parsePayload } from '../../src/report/parse-payload';
import { defaultTemplate } from '../../src/report/templates';
import { fullReport } from '../fixtures/full-report';

const ref = { id: 'boso-arsrapport', version: '2013' };

describe('parsePayload', () => {
  it('accepts a full report as it is', () => {
    const report = fullReport();
    const parsed = parsePayload(report);
    expect(parsed.ok && parsed.payload).toEqual(report);
  });

  it.each([
    ['a cell holding an object', { template: ref, values: { a1: { x: 1 } } }, 'values.a1'],
    ['a text over the limit', { template: ref, values: { a1: 'x'.repeat(100_001) } }, 'values.a1'],
    ['an unknown field', { template: ref, values: { tull: 1 } }, 'values'],
    ['an unknown table column', { template: ref, values: {}, tables: { okonomi: [{ tull: 1 }] } }, 'tables.okonomi.0'],
    ['values that are not an object', { template: ref, values: [] }, 'values'],
  ])('explains %s in Norwegian with its path', (_what, input, path) => {
    const parsed = parsePayload(input);
    expect(parsed.ok).toBe(false);
    const problem = parsed.ok ? undefined : parsed.problems[0];
    expect(problem?.path).toBe(path);
    // zod's own English messages must not reach a user.
    expect(problem?.message).not.toMatch(/Invalid|expected|Too big|Unrecognized/);
  });

  it('names an unknown template and what to do', () => {
    const parsed = parsePayload({ template: { id: 'boso-arsrapport', version: '1999' }, values: {} });
    expect(parsed.ok ? '' : parsed.problems[0]?.message).toContain('Last ned malen på nytt');
  });
});

describe('payloadJsonSchema', () => {
  it('lists every field of the template and refuses others', () => {
    const schema = payloadJsonSchema(defaultTemplate) as {
      properties: { values: { properties: Record<string, unknown>; additionalProperties: boolean } };
    };
    expect(Object.keys(schema.properties.values.properties)).toContain('kommunenummer');
    expect(schema.properties.values.additionalProperties).toBe(false);
  });
});
