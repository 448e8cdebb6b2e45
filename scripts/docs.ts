/** Writes the documents made from the template data: `npm run docs`. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { arsrapport2013 } from '../src/report/templates/arsrapport-2013';
import { sheetMarksDoc } from '../test/support/sheet-marks-doc';

writeFileSync(join(__dirname, '..', 'docs', 'sheet-marks.md'), sheetMarksDoc(arsrapport2013));
