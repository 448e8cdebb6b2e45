/** Writes the parts of the documents made from the template data: `npm run docs`. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { arsrapport2013 } from '../src/report/templates/arsrapport-2013';
import { withCatalogue } from './sheet-marks-doc';

const path = join(__dirname, '..', 'docs', 'sheet-marks.md');
writeFileSync(path, withCatalogue(readFileSync(path, 'utf8'), arsrapport2013));
