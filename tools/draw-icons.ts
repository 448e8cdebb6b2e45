/** Draws the icons into assets/ (see tools/icons.ts). Run: npx tsx tools/draw-icons.ts */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ICONS, iconFile, rasterise } from './icons';
import { encodePng } from './png';

for (const icon of ICONS) {
  for (const size of icon.sizes) {
    const file = join(__dirname, '..', 'assets', iconFile(icon.name, size));
    writeFileSync(file, encodePng(rasterise(icon.layers, size)));
    console.log(`skrev ${file}`);
  }
}
