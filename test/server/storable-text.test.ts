import fc from 'fast-check';
import { jsonMayHoldUnstorable, unstorableText } from '../../src/server/storable-text';

describe('jsonMayHoldUnstorable', () => {
  it('is false for JSON text with æøå and no escapes, true for an escaped NUL or surrogate', () => {
    expect(jsonMayHoldUnstorable('{"programleder":"Ørjan Æsøy"}')).toBe(false);
    expect(jsonMayHoldUnstorable('{"programleder":"Ola \\u0000"}')).toBe(true);
    expect(jsonMayHoldUnstorable('{"programleder":"Ola \\ud800"}')).toBe(true);
  });

  it('never says no for JSON text that holds an unstorable string', () => {
    const unit = fc.constantFrom('a', 'ø', '"', '\\', '\n', '\u0000', '\u0001', '\ud800', '\udc00', '\u{1f600}');
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.string({ unit })), (value) => {
        const text = JSON.stringify(value);
        if (unstorableText(JSON.parse(text)).length > 0) expect(jsonMayHoldUnstorable(text)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
