/**
 * The add-in's icons as drawings in a unit square, rasterised at every size the manifest refers to.
 * `npx tsx tools/draw-icons.ts` writes them to assets/; test/icons.test.ts holds the files to these
 * drawings, so the script stays the source of the pictures.
 */
import type { Image } from './png';

type Rgb = readonly [number, number, number];
type Shape = (x: number, y: number) => boolean;
interface Layer {
  readonly shape: Shape;
  readonly color: Rgb;
}

const TEAL: Rgb = [0, 84, 92];
const WHITE: Rgb = [255, 255, 255];

function roundedRect(x0: number, y0: number, x1: number, y1: number, r: number): Shape {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
    const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
    return dx * dx + dy * dy <= r * r;
  };
}

function polygon(points: readonly (readonly [number, number])[]): Shape {
  return (x, y) => {
    let inside = false;
    for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
      const [xi, yi] = points[i] ?? [0, 0];
      const [xj, yj] = points[j] ?? [0, 0];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  };
}

/** A line through the points, `width` wide, with round ends and joins. */
function stroke(points: readonly (readonly [number, number])[], width: number): Shape {
  const half = width / 2;
  return (x, y) =>
    points.slice(1).some(([bx, by], i) => {
      const [ax, ay] = points[i] ?? [0, 0];
      const lengthSquared = (bx - ax) ** 2 + (by - ay) ** 2;
      const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / lengthSquared));
      return (x - ax - t * (bx - ax)) ** 2 + (y - ay - t * (by - ay)) ** 2 <= half * half;
    });
}

const tile: Layer = { shape: roundedRect(0.03, 0.03, 0.97, 0.97, 0.2), color: TEAL };

/** The report of a housing programme: a house. The app's icon and the "Åpne" button's. */
const house: readonly Layer[] = [
  tile,
  {
    shape: polygon([
      [0.16, 0.52],
      [0.5, 0.18],
      [0.84, 0.52],
    ]),
    color: WHITE,
  },
  { shape: roundedRect(0.27, 0.46, 0.73, 0.82, 0.02), color: WHITE },
  { shape: roundedRect(0.43, 0.6, 0.57, 0.82, 0.01), color: TEAL },
];

/** "Kontroller": a check mark. */
const check: readonly Layer[] = [
  tile,
  {
    shape: stroke(
      [
        [0.25, 0.52],
        [0.43, 0.7],
        [0.76, 0.32],
      ],
      0.14,
    ),
    color: WHITE,
  },
];

/** Sending the report in: an arrow up and out of a tray. The "Send inn" button's. */
const send: readonly Layer[] = [
  tile,
  { shape: stroke([[0.22, 0.58], [0.22, 0.8], [0.78, 0.8], [0.78, 0.58]], 0.1), color: WHITE },
  { shape: stroke([[0.5, 0.64], [0.5, 0.2]], 0.1), color: WHITE },
  { shape: stroke([[0.32, 0.38], [0.5, 0.2], [0.68, 0.38]], 0.1), color: WHITE },
];

export const ICONS = [
  { name: 'icon', layers: house, sizes: [16, 32, 64, 80] },
  { name: 'kontroller', layers: check, sizes: [16, 32, 80] },
  { name: 'send-inn', layers: send, sizes: [16, 32, 80] },
] as const;

/** Samples per pixel along each axis: enough for smooth edges at 16 px. */
const SAMPLES = 8;

export function rasterise(layers: readonly Layer[], size: number): Image {
  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // Composite "over" in premultiplied light, layer by layer, with each layer's coverage of the pixel.
      let [r, g, b, a] = [0, 0, 0, 0];
      for (const layer of layers) {
        let hits = 0;
        for (let sy = 0; sy < SAMPLES; sy++) {
          for (let sx = 0; sx < SAMPLES; sx++) {
            if (layer.shape((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size)) hits++;
          }
        }
        const coverage = hits / (SAMPLES * SAMPLES);
        r = layer.color[0] * coverage + r * (1 - coverage);
        g = layer.color[1] * coverage + g * (1 - coverage);
        b = layer.color[2] * coverage + b * (1 - coverage);
        a = coverage + a * (1 - coverage);
      }
      const at = (py * size + px) * 4;
      rgba.set(a === 0 ? [0, 0, 0, 0] : [Math.round(r / a), Math.round(g / a), Math.round(b / a), Math.round(a * 255)], at);
    }
  }
  return { width: size, height: size, rgba };
}

export const iconFile = (name: string, size: number): string => `${name}-${size}.png`;
