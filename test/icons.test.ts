import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ICONS, iconFile, rasterise } from '../tools/icons';
import { decodePng } from '../tools/png';

describe('the icons in assets/', () => {
  it.each(ICONS.flatMap((icon) => icon.sizes.map((size) => [iconFile(icon.name, size), icon, size] as const)))(
    '%s is what tools/draw-icons.ts draws',
    (file, icon, size) => {
      const image = decodePng(readFileSync(join(__dirname, '..', 'assets', file)));
      expect(image).toEqual(rasterise(icon.layers, size));
    },
  );
});
