import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { arsrapport2013 } from '../src/report/templates/arsrapport-2013';
import { sheetMarksDoc } from './support/sheet-marks-doc';

describe('docs made from the template data', () => {
  it('docs/sheet-marks.md is up to date (npm run docs writes it)', () => {
    expect(readFileSync(join(__dirname, '..', 'docs', 'sheet-marks.md'), 'utf8')).toBe(sheetMarksDoc(arsrapport2013));
  });
});
