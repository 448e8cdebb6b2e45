import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { arsrapport2013 } from '../src/report/templates/arsrapport-2013';
import { withCatalogue } from '../scripts/sheet-marks-doc';

describe('docs made from the template data', () => {
  it('docs/sheet-marks.md lists the catalogue as it is (npm run docs writes it)', () => {
    const document = readFileSync(join(__dirname, '..', 'docs', 'sheet-marks.md'), 'utf8');
    expect(document).toBe(withCatalogue(document, arsrapport2013));
  });
});
