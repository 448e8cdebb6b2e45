import { linesHeight, longestWordUnits, textWidth, UNIT_TEXT_POINTS, widthUnits, wrappedLines } from '../../src/report/layout/text-metrics';

const HELP_A =
  'Dette omfatter husstander som bor ute, bor i akutt- og døgnovernatting, bor i krisesenter, bor i gjennomgangsbolig ' +
  '(midlertidig bolig), skal utskrives fra institusjon eller løslates fra fengsel innen 2 mnd., bor hos venner og kjente. ' +
  '(Jfr. kategorier for kartlegging av bostedsløse og vanskeligstilte.)';

describe('text widths', () => {
  // Advance widths in em measured from Liberation Sans (Arial's metrics), regular and bold.
  it.each([
    ['kompetansetilskudd', false, 8.838],
    ['kompetansetilskudd', true, 9.669],
    ['Egenfinansiering', true, 8.112],
    [HELP_A, false, 128.619],
  ])('estimates %s (bold: %s) at the font’s width or a little more', (text, bold, em) => {
    const estimate = textWidth(text, { size: 10, bold }) / 10;
    expect(estimate).toBeGreaterThanOrEqual(em);
    expect(estimate).toBeLessThanOrEqual(em * 1.08);
  });

  it('scales with the font size', () => {
    expect(textWidth('Budsjett', { size: 20 })).toBeCloseTo(2 * textWidth('Budsjett', { size: 10 }));
  });

  it('counts the longest word of a header, and lets a line end after a hyphen', () => {
    const font = { size: 9, bold: true };
    expect(longestWordUnits('Regnskap: Tilskudd fra HB (kompetansetilskudd)', font)).toBeCloseTo(widthUnits('(kompetansetilskudd)', font));
    expect(longestWordUnits('Overføring av ubrukte Husbank-midler', font)).toBeCloseTo(widthUnits('Overføring', font));
  });
});

describe('wrapped lines', () => {
  const font = { size: 10 };

  it('keeps a short text on one line and counts its own line breaks', () => {
    expect(wrappedLines('Programnavn', 20, font)).toBe(1);
    expect(wrappedLines('Beskriv innsats\nDette kan være', 80, font)).toBe(2);
    expect(wrappedLines('', 20, font)).toBe(1);
  });

  it('wraps word by word: what fits on one line in a wide cell takes several in a narrow one', () => {
    const oneLine = Math.ceil(widthUnits(HELP_A, font));
    expect(wrappedLines(HELP_A, oneLine, font)).toBe(1);
    expect(wrappedLines(HELP_A, 30, font)).toBeGreaterThan(wrappedLines(HELP_A, 60, font));
    // Words are not split, so lines hold less than the full width: never fewer lines than the text's width allows.
    expect(wrappedLines(HELP_A, 30, font)).toBeGreaterThanOrEqual(Math.ceil(textWidth(HELP_A, font) / (30 * UNIT_TEXT_POINTS)));
  });

  it('breaks a word wider than its cell over as many lines as it needs', () => {
    const word = 'kompetansetilskudd'.repeat(3);
    const width = widthUnits('kompetansetilskudd', font) + 0.1;
    expect(wrappedLines(word, width, font)).toBe(3);
  });

  it('needs more lines for bold text than for regular', () => {
    const width = widthUnits(HELP_A, font) + 0.01;
    expect([wrappedLines(HELP_A, width, font), wrappedLines(HELP_A, width, { size: 10, bold: true })]).toEqual([1, 2]);
  });
});

describe('row heights', () => {
  it('gives a row of body text the default height and grows with lines and size', () => {
    expect(linesHeight(1, 10)).toBe(15);
    expect(linesHeight(3, 10)).toBeGreaterThan(linesHeight(2, 10));
    expect(linesHeight(2, 12)).toBeGreaterThan(linesHeight(2, 10));
    // Excel steps 12.75 pt per line of Arial 10; a row must not be shorter than that.
    expect(linesHeight(8, 10)).toBeGreaterThanOrEqual(8 * 12.75);
  });
});
