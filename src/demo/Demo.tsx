import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { kontrollerCommand } from '../commands/kontroller';
import { sendInnCommand } from '../commands/send-inn';
import type { WorkbookApi } from '../excel/api';
import type { SimulatedExcel } from '../excel/simulated';
import { PaneApp } from '../taskpane/PaneApp';
import type { ThemeName } from '../ui/theme';
import { demoMessages as m } from './messages';
import { SheetGrid } from './SheetGrid';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', height: '100vh' },
  ribbon: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalL },
  group: {
    display: 'flex',
    gap: tokens.spacingHorizontalXS,
    alignItems: 'center',
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  groupLabel: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  icon: { width: '16px', height: '16px' },
  intro: {
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  status: { fontSize: tokens.fontSizeBase200 },
  main: { display: 'flex', flex: 1, minHeight: 0 },
  pane: { flex: 'none', display: 'flex', flexDirection: 'column', borderLeft: `1px solid ${tokens.colorNeutralStroke1}`, overflow: 'auto' },
  paneHeader: { display: 'flex', justifyContent: 'flex-end', padding: tokens.spacingVerticalXXS },
});

export interface DemoOptions {
  /** The pane's width in CSS pixels: Mac opens panes at 270, Windows at 320, the web at 350 (up to 500). */
  readonly width: number;
  readonly theme: ThemeName;
  /** Whether the pane is open at start; closed, the ribbon's Kontroller runs from a cold start. */
  readonly paneOpen: boolean;
}

/** The real task pane beside the simulated Excel, with the ribbon's group BOSO-rapport above them. */
export function Demo({
  excel,
  api,
  subscribe,
  options,
}: {
  readonly excel: SimulatedExcel;
  readonly api: WorkbookApi;
  /** Calls back after every change the pane makes in the workbook; returns how to stop. */
  readonly subscribe: (listener: () => void) => () => void;
  readonly options: DemoOptions;
}): JSX.Element {
  const styles = useStyles();
  const [, setVersion] = useState(0);
  const changed = (): void => setVersion((v) => v + 1);
  useEffect(() => subscribe(changed), [subscribe]);
  const [paneOpen, setPaneOpen] = useState(options.paneOpen);
  // How often Office was told a command is done (event.completed()), for the browser test of the ribbon.
  const [completed, setCompleted] = useState(0);
  const [note, setNote] = useState<string>();

  const check = (): void => {
    void kontrollerCommand(api, (outcome) => setNote(outcome.message))({ completed: () => setCompleted((n) => n + 1) });
  };

  return (
    <div className={styles.page}>
      <header className={styles.ribbon} aria-label={m.ribbon}>
        <h1 className={styles.title}>{m.title}</h1>
        <div className={styles.group} role="group" aria-label={m.group}>
          <Button icon={<img className={styles.icon} src="assets/icon-16.png" alt="" />} onClick={() => setPaneOpen(true)}>
            {m.open}
          </Button>
          <Button icon={<img className={styles.icon} src="assets/kontroller-16.png" alt="" />} onClick={check} data-completed={completed}>
            {m.check}
          </Button>
          <Button
            icon={<img className={styles.icon} src="assets/send-inn-16.png" alt="" />}
            onClick={() => sendInnCommand(async () => setPaneOpen(true))({ completed: () => setCompleted((n) => n + 1) })}
          >
            {m.submit}
          </Button>
          <span className={styles.groupLabel}>{m.group}</span>
        </div>
        <div className={styles.group}>
          <Button
            onClick={() => {
              setNote(excel.undo() ? undefined : m.nothingToUndo);
              changed();
            }}
          >
            {m.undo}
          </Button>
        </div>
        <span role="status" className={styles.status}>
          {note}
        </span>
      </header>
      <p className={styles.intro}>{m.intro}</p>
      <div className={styles.main}>
        <SheetGrid excel={excel} onChange={changed} />
        {paneOpen ? (
          <aside className={styles.pane} style={{ width: options.width }} aria-label={m.pane} data-pane>
            <div className={styles.paneHeader}>
              <Button appearance="subtle" size="small" onClick={() => setPaneOpen(false)}>
                {m.closePane}
              </Button>
            </div>
            <PaneApp api={api} theme={options.theme} />
          </aside>
        ) : null}
      </div>
    </div>
  );
}
