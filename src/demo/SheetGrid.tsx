import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState, type ClipboardEvent, type CSSProperties, type KeyboardEvent } from 'react';
import { activeSheet, cellView, marks, selection, usedCells, type ConditionalFormatModel, type SimulatedExcel } from '../excel/simulated';
import { cellAddress, parseRange, sheetAddress } from '../report/layout/a1';
import { marks as markStyles } from '../report/layout/styles';
import { cellText } from './cell-text';
import { demoMessages as m } from './messages';

const POINTS_TO_PX = 4 / 3;
const DEFAULT_WIDTH_PX = 64;
const DEFAULT_HEIGHT_PX = 20;
/** Empty rows and columns drawn beyond the last used cell, so there is room to type. */
const MARGIN = 2;

const useStyles = makeStyles({
  book: { display: 'flex', flexDirection: 'column', minWidth: 0, minHeight: 0, flex: 1, backgroundColor: '#ffffff', color: '#000000' },
  bar: { display: 'flex', gap: tokens.spacingHorizontalS, padding: tokens.spacingVerticalXS, borderBottom: '1px solid #d4d4d4' },
  nameBox: { width: '9em', fontFamily: 'monospace' },
  formula: { flex: 1, fontFamily: 'inherit' },
  refused: { margin: 0, padding: tokens.spacingVerticalXS, backgroundColor: '#fde7e9', color: '#8a1c1c' },
  scroll: { overflow: 'auto', flex: 1, outline: 'none', ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  table: { borderCollapse: 'collapse', tableLayout: 'fixed', fontFamily: 'Arial, sans-serif', fontSize: '13px' },
  header: {
    backgroundColor: '#f3f3f3',
    color: '#444444',
    fontWeight: 'normal',
    border: '1px solid #d4d4d4',
    padding: '0 4px',
    fontSize: '11px',
  },
  cell: {
    border: '1px solid #e6e6e6',
    padding: '0 3px',
    overflow: 'hidden',
    whiteSpace: 'nowrap',
    cursor: 'cell',
    verticalAlign: 'bottom',
  },
  selected: { outline: '2px solid #107c41', outlineOffset: '-2px' },
  tabs: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: '2px',
    padding: tokens.spacingVerticalXS,
    borderTop: '1px solid #d4d4d4',
    backgroundColor: '#f3f3f3',
  },
  tab: {
    border: '1px solid #c8c8c8',
    backgroundColor: '#ffffff',
    color: '#000000',
    padding: '2px 10px',
    cursor: 'pointer',
    font: 'inherit',
  },
  activeTab: { fontWeight: 'bold', borderBottom: '3px solid #107c41' },
  empty: { padding: tokens.spacingHorizontalL },
});

type Sheet = SimulatedExcel['model']['sheets'][number];

const hex = (color: string | undefined): string | undefined =>
  color === undefined ? undefined : color.startsWith('#') ? color : `#${color}`;

/** The mark's severity, told by its look (the plan's two mark styles). */
function severityOf(format: ConditionalFormatModel): 'feil' | 'advarsel' {
  return hex(format.fill)?.toUpperCase() === hex(markStyles.feil.fill)?.toUpperCase() ? 'feil' : 'advarsel';
}

function border(edge: { readonly style: string; readonly color: string } | undefined): string | undefined {
  if (edge === undefined || edge.style === 'None') return undefined;
  return `1px ${edge.style === 'Dash' || edge.style === 'dash' ? 'dashed' : 'solid'} ${hex(edge.color) ?? '#000000'}`;
}

function cellStyle(view: ReturnType<typeof cellView> | undefined, mark: ConditionalFormatModel | undefined): CSSProperties {
  const format = view?.format;
  const horizontal = format?.horizontalAlignment.toLowerCase();
  return {
    ...(format?.fill === undefined ? {} : { backgroundColor: hex(format.fill) }),
    ...(format === undefined
      ? {}
      : {
          fontWeight: format.font.bold ? 'bold' : 'normal',
          fontStyle: format.font.italic ? 'italic' : 'normal',
          color: hex(format.font.color),
          whiteSpace: format.wrapText ? 'normal' : 'nowrap',
          textAlign:
            horizontal === 'right' || horizontal === 'center'
              ? horizontal
              : horizontal === 'left'
                ? 'left'
                : typeof view?.value === 'number'
                  ? 'right'
                  : 'left',
          borderTop: border(format.borders.top),
          borderBottom: border(format.borders.bottom),
          borderLeft: border(format.borders.left),
          borderRight: border(format.borders.right),
        }),
    // A mark draws over the cell's own look, as Excel draws a conditional format.
    ...(mark === undefined
      ? {}
      : {
          ...(mark.fill === undefined ? {} : { backgroundColor: hex(mark.fill) }),
          ...(mark.fontColor === undefined ? {} : { color: hex(mark.fontColor) }),
          ...(mark.bold === true ? { fontWeight: 'bold' } : {}),
          ...(border(mark.borders.top) === undefined ? {} : { borderTop: border(mark.borders.top) }),
          ...(border(mark.borders.bottom) === undefined ? {} : { borderBottom: border(mark.borders.bottom) }),
          ...(border(mark.borders.left) === undefined ? {} : { borderLeft: border(mark.borders.left) }),
          ...(border(mark.borders.right) === undefined ? {} : { borderRight: border(mark.borders.right) }),
        }),
  };
}

function extent(sheet: Sheet): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  for (const key of sheet.cells.keys()) {
    const [row = 0, column = 0] = key.split(':').map(Number);
    rows = Math.max(rows, row);
    columns = Math.max(columns, column);
  }
  for (const merge of sheet.merges) {
    rows = Math.max(rows, merge.bottom);
    columns = Math.max(columns, merge.right);
  }
  return { rows: Math.max(rows, 10) + MARGIN, columns: Math.max(columns, 6) + MARGIN };
}

/**
 * The simulated workbook drawn as Excel draws it: the active sheet's cells with their formats and the
 * conditional formats' marks, the selection, sheet tabs, and a formula bar to type in. Typing goes through
 * the simulated user, so data validation, protection, undo and change events behave as in Excel.
 */
export function SheetGrid({ excel, onChange }: { readonly excel: SimulatedExcel; readonly onChange: () => void }): JSX.Element {
  const styles = useStyles();
  const sheets = excel.model.sheets.filter((s) => s.visibility === 'Visible');
  const active = sheets.find((s) => s.name === activeSheet(excel)) ?? sheets[0];
  const selected = selection(excel);
  const selectedAt = selected === undefined ? undefined : /^'?(.*?)'?!([A-Z]+\d+)/.exec(selected);
  const cursor = active !== undefined && selectedAt?.[1]?.replace(/''/g, "'") === active.name ? (selectedAt[2] ?? 'A1') : 'A1';
  const [draft, setDraft] = useState<string>();
  const [refused, setRefused] = useState<string>();
  const formulaBar = useRef<HTMLInputElement>(null);
  const grid = useRef<HTMLDivElement>(null);
  const content = active === undefined ? '' : String(cellView(excel, active.name, cursor).formula);

  useEffect(() => setDraft(undefined), [cursor, active?.name]);

  if (active === undefined) {
    return (
      <section className={styles.book} aria-label={m.workbook}>
        <p className={styles.empty}>{m.noSheets}</p>
      </section>
    );
  }

  const select = (address: string, sheet: Sheet = active): void => {
    const rect = parseRange(address);
    if (rect === undefined) return;
    excel.model.activeSheetId = sheet.id;
    excel.model.selection = { sheetId: sheet.id, rect };
    setRefused(undefined);
    onChange();
  };
  const at = parseRange(cursor) ?? { top: 1, left: 1, bottom: 1, right: 1 };
  const move = (rows: number, columns: number): void => select(cellAddress(Math.max(1, at.left + columns), Math.max(1, at.top + rows)));

  const commit = (text: string): void => {
    const typed = excel.user.type(active.name, cursor, text);
    setDraft(undefined);
    if (!typed.accepted) {
      setRefused(typed.message);
      onChange();
      return;
    }
    move(1, 0);
    grid.current?.focus();
  };

  // A paste skips Excel's data validation, as in Excel: this is how `10?` gets into a number cell.
  const onPaste = (event: ClipboardEvent<HTMLDivElement>): void => {
    const text = event.clipboardData.getData('text/plain');
    if (text === '') return;
    event.preventDefault();
    const rows = text
      .replace(/\r?\n$/, '')
      .split(/\r?\n/)
      .map((line) => line.split('\t'));
    const pasted = excel.user.paste(active.name, cursor, rows);
    setRefused(pasted.accepted ? undefined : pasted.message);
    onChange();
  };

  const onGridKey = (event: KeyboardEvent<HTMLDivElement>): void => {
    const moves: Record<string, readonly [number, number]> = {
      ArrowDown: [1, 0],
      ArrowUp: [-1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      Tab: [0, 1],
    };
    const step = moves[event.key];
    if (step !== undefined) {
      event.preventDefault();
      move(...step);
    } else if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      formulaBar.current?.focus();
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      excel.user.clear(active.name, cursor);
      onChange();
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      setDraft(event.key);
      formulaBar.current?.focus();
    }
  };

  const views = usedCells(excel, active.name);
  const marked = marks(excel, active.name);
  const { rows, columns } = extent(active);
  const covered = new Set<string>();
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  for (const merge of active.merges) {
    spans.set(cellAddress(merge.left, merge.top), { rowSpan: merge.bottom - merge.top + 1, colSpan: merge.right - merge.left + 1 });
    for (let r = merge.top; r <= merge.bottom; r++) {
      for (let c = merge.left; c <= merge.right; c++) if (r !== merge.top || c !== merge.left) covered.add(cellAddress(c, r));
    }
  }
  const columnNumbers = Array.from({ length: columns }, (_, i) => i + 1);

  return (
    <section className={styles.book} aria-label={m.workbook}>
      <div className={styles.bar}>
        <input className={styles.nameBox} aria-label={m.nameBox} value={sheetAddress(active.name, cursor)} readOnly />
        <input
          ref={formulaBar}
          className={styles.formula}
          aria-label={m.formulaBar}
          value={draft ?? content}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              commit(draft ?? content);
            } else if (event.key === 'Escape') {
              setDraft(undefined);
              grid.current?.focus();
            }
          }}
        />
      </div>
      {refused !== undefined ? (
        <p role="alert" className={styles.refused}>
          {m.refused}: {refused}
        </p>
      ) : null}
      <div ref={grid} className={styles.scroll} tabIndex={0} onKeyDown={onGridKey} onPaste={onPaste} aria-label={active.name} role="region">
        <table className={styles.table} role="grid" aria-label={active.name} aria-rowcount={rows} aria-colcount={columns}>
          <colgroup>
            <col style={{ width: 36 }} />
            {columnNumbers.map((c) => {
              const points = active.columnWidths.get(c);
              return <col key={c} style={{ width: points === undefined ? DEFAULT_WIDTH_PX : Math.round(points * POINTS_TO_PX) }} />;
            })}
          </colgroup>
          <thead>
            <tr>
              <th className={styles.header} aria-label={m.nameBox} />
              {columnNumbers.map((c) => (
                <th key={c} scope="col" className={styles.header}>
                  {cellAddress(c, 1).replace(/\d+$/, '')}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, i) => i + 1).map((row) => {
              const points = active.rowHeights.get(row);
              return (
                <tr key={row} style={{ height: points === undefined ? DEFAULT_HEIGHT_PX : Math.round(points * POINTS_TO_PX) }}>
                  <th scope="row" className={styles.header}>
                    {row}
                  </th>
                  {columnNumbers.map((column) => {
                    const address = cellAddress(column, row);
                    if (covered.has(address)) return null;
                    const view = views.get(address);
                    // The first format that holds is the look Excel shows (feil come first).
                    const mark = marked.get(address)?.[0];
                    const isSelected = address === cursor;
                    return (
                      <td
                        key={address}
                        {...spans.get(address)}
                        role="gridcell"
                        aria-selected={isSelected}
                        data-address={address}
                        {...(mark === undefined ? {} : { 'data-mark': severityOf(mark) })}
                        className={mergeClasses(styles.cell, isSelected && styles.selected)}
                        style={cellStyle(view, mark)}
                        onClick={() => {
                          select(address);
                          grid.current?.focus();
                        }}
                        onDoubleClick={() => {
                          select(address);
                          formulaBar.current?.focus();
                        }}
                      >
                        {view === undefined ? '' : cellText(view.value, view.format.numberFormat)}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <nav className={styles.tabs} aria-label={m.sheets}>
        {sheets.map((sheet) => (
          <button
            key={sheet.id}
            type="button"
            className={mergeClasses(styles.tab, sheet === active && styles.activeTab)}
            aria-current={sheet === active ? 'page' : undefined}
            onClick={() => select('A1', sheet)}
          >
            {sheet.name}
          </button>
        ))}
      </nav>
    </section>
  );
}
