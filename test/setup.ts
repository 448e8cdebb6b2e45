// A stray console.log in code under test is a leftover, not output: fail the test that printed it.
const original = console.log;
let printed: unknown[][] = [];
beforeEach(() => {
  printed = [];
  console.log = (...args: unknown[]): void => {
    printed.push(args);
  };
});
afterEach(() => {
  console.log = original;
  if (printed.length > 0) throw new Error(`console.log ble kalt i testen: ${JSON.stringify(printed[0])}`);
});
