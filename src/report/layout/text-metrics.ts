/**
 * How much room a text takes on a sheet, estimated from the body font's character widths (Arial, which
 * LibreOffice draws with the metric-identical Liberation Sans). Merged cells do not grow to fit their
 * text in Excel or LibreOffice, so the plan sets row heights from these estimates. They err on the
 * large side: a row a line too tall looks fine, a row a line too short hides text.
 */

export interface TextFont {
  /** Points. */
  readonly size: number;
  readonly bold?: boolean;
}

// Advance widths of Arial (= Liberation Sans) in em, by character class; anything not listed is 0.556,
// the width of a digit and of many lower-case letters. Italic is as wide as upright.
const REGULAR: readonly (readonly [number, string])[] = [
  [0.23, "ijl'|"],
  [0.28, 'ftI .,:;!/[]\u00a0'],
  [0.34, 'r-()'],
  [0.39, '"*'],
  [0.5, 'cksvxyzJ'],
  [0.62, 'øFTZ+−'],
  [0.67, 'ABEKPSVXYÅ&'],
  [0.73, 'wCDHNRU'],
  [0.78, 'GOQØ'],
  [0.89, 'mMæ%'],
  [1.02, 'WÆ@'],
];
const BOLD: readonly (readonly [number, string])[] = [
  [0.28, "ijlI .,/'|\u00a0"],
  [0.34, 'ft:;!-()[]'],
  [0.39, 'r*'],
  [0.48, '"'],
  [0.62, 'bdghnopquøFLTZ?ü+−'],
  [0.67, 'EPSVXY'],
  [0.73, 'ABCDHKNRUÅ&'],
  [0.78, 'wGOQØ'],
  [0.89, 'mMæ%'],
  [1.0, 'WÆ@'],
];
const DEFAULT_EM = 0.556;
/** Screen fonts are hinted to whole pixels, which widens small text a little in Excel. */
const SAFETY = 1.03;

const byCharacter = (classes: readonly (readonly [number, string])[]): ReadonlyMap<string, number> =>
  new Map(classes.flatMap(([em, characters]) => [...characters].map((c) => [c, em] as const)));
const REGULAR_EM = byCharacter(REGULAR);
const BOLD_EM = byCharacter(BOLD);

/**
 * Points one unit of column width takes, as used to wrap text. A unit is the width of a digit of the
 * body font: Excel rounds it down to whole pixels (7 px = 5.25 pt for Arial 10), LibreOffice uses the
 * exact 5.56 pt. Text wraps in the narrower one; the page must hold the wider one (see page.ts).
 */
export const UNIT_TEXT_POINTS = 5.25;
/** Room a cell's borders and inner margins take from its text, in points. */
const CELL_PADDING = 4;
/** Line pitch of wrapped text over the font size: Excel steps 12.75 pt per line of Arial 10. */
const LINE_PITCH = 1.3;
const ROW_PADDING = 2;

/** The width of a text on one line, in points. */
export function textWidth(text: string, font: TextFont): number {
  const widths = font.bold ? BOLD_EM : REGULAR_EM;
  const em = [...text].reduce((sum, c) => sum + (widths.get(c) ?? DEFAULT_EM), 0);
  return em * font.size * SAFETY;
}

/** Columns of width a text needs to fit on one line of a cell. */
export function widthUnits(text: string, font: TextFont): number {
  return (textWidth(text, font) + CELL_PADDING) / UNIT_TEXT_POINTS;
}

/** Columns of width the longest word of a text needs, so that wrapping never has to break a word (a line may end after a hyphen). */
export function longestWordUnits(text: string, font: TextFont): number {
  return Math.max(0, ...text.split(/\s+|(?<=-)/).map((word) => widthUnits(word, font)));
}

/** Lines a text wraps to in a cell `width` units wide, word by word as Excel and LibreOffice wrap, counting its own line breaks. */
export function wrappedLines(text: string, width: number, font: TextFont): number {
  const room = Math.max(1, width * UNIT_TEXT_POINTS - CELL_PADDING);
  const space = textWidth(' ', font);
  return text.split('\n').reduce((lines, paragraph) => {
    let count = 1;
    let used = 0;
    for (const word of paragraph.split(' ').filter((w) => w !== '')) {
      const needed = textWidth(word, font);
      if (used > 0 && used + space + needed <= room) {
        used += space + needed;
      } else {
        // A word wider than the cell is broken wherever the line is full.
        const extra = Math.ceil(needed / room) - 1;
        count += (used > 0 ? 1 : 0) + extra;
        used = needed - extra * room;
      }
    }
    return lines + count;
  }, 0);
}

/** Row height in points that shows `lines` lines of text in a font of `size` points. */
export function linesHeight(lines: number, size: number): number {
  return Math.ceil(lines * LINE_PITCH * size + ROW_PADDING);
}
