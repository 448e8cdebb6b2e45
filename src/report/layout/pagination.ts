/**
 * Where printed pages of a sheet begin. Excel and LibreOffice break pages wherever a page is full, which
 * leaves a question's label at the foot of one page and its input box on the next. The plan knows every
 * row's height, so it breaks before a block that would not fit on the rest of the page instead. Heights
 * are estimates on the large side, so a program never has to break a page before the plan does.
 */

/** Rows that belong on one page, such as a label, its help and its input box. */
export interface RowGroup {
  readonly first: number;
  readonly last: number;
  /** Also keep this group on the page of the group after it (a heading and what it heads). */
  readonly keepWithNext: boolean;
}

export interface PageFrame {
  /** Points of a page between the top and bottom margins. */
  readonly height: number;
  /** Points the rows repeated at the top of every page take there. */
  readonly repeated: number;
}

interface Unit {
  readonly first: number;
  readonly last: number;
  /** A group to keep on one page, or a row between groups that goes wherever the page breaks. */
  readonly kept: boolean;
}

/** Every row from 1 to `lastRow` in units: joined groups, and single rows between them. */
function units(groups: readonly RowGroup[], lastRow: number): readonly Unit[] {
  const byFirst = new Map(groups.map((g) => [g.first, g]));
  const result: Unit[] = [];
  for (let row = 1; row <= lastRow; ) {
    let group = byFirst.get(row);
    if (!group) {
      result.push({ first: row, last: row, kept: false });
      row += 1;
      continue;
    }
    let last = group.last;
    // A group kept with the next one runs on to the end of the next group, whatever lies between.
    while (group?.keepWithNext) {
      group = groups.find((g) => g.first > last);
      if (group) last = group.last;
    }
    result.push({ first: row, last, kept: true });
    row = last + 1;
  }
  return result;
}

/** The rows that start a new page, in order. */
export function pageBreaks(groups: readonly RowGroup[], lastRow: number, heightOf: (row: number) => number, frame: PageFrame): readonly number[] {
  const breaks: number[] = [];
  const top = frame.repeated;
  let used = 0;
  for (const unit of units(groups, lastRow)) {
    const rows = Array.from({ length: unit.last - unit.first + 1 }, (_, i) => unit.first + i);
    const height = rows.reduce((sum, row) => sum + heightOf(row), 0);
    if (used + height <= frame.height) {
      used += height;
    } else if (unit.kept && top + height <= frame.height && used > top) {
      breaks.push(unit.first);
      used = top + height;
    } else {
      // A loose row, or a group taller than a page: the program breaks it wherever a page is full.
      for (const row of rows) {
        if (used + heightOf(row) > frame.height && used > top) used = top;
        used += heightOf(row);
      }
    }
  }
  return breaks;
}
