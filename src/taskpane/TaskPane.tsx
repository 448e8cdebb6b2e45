import { MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, lazy, useEffect, useId, useState, type ReactNode } from 'react';
import type { HostResult, ReportRead } from '../excel/api';
import { arrangeFindings } from './kontroll/arrange';
import { MalTab } from './mal/MalTab';
import { PaneTabs } from './PaneTabs';
import { useRequestedTab } from './requested-tab';
import { STORED } from '../submit/storage';
import { useAddinStorage } from './submit-context';
import { useMessages } from './messages-context';
import { kommuneText, usePane, type ReportIdentity } from './use-pane';
import { useWorkbookWhileLoading } from './workbook-context';

// What the first view does not need comes later: the check (the domain's rules) and the summary.
const KontrollTab = lazy(async () => ({ default: (await import('./kontroll/KontrollTab')).KontrollTab }));
const SammendragTab = lazy(async () => ({ default: (await import('./sammendrag/SammendragTab')).SammendragTab }));
const SendInnTab = lazy(async () => ({ default: (await import('./send-inn/SendInnTab')).SendInnTab }));
const InnstillingerTab = lazy(async () => ({ default: (await import('./innstillinger/InnstillingerTab')).InnstillingerTab }));
// Shown once a check has found feil, so it comes with the check.
const ErrorBadge = lazy(async () => ({ default: (await import('./kontroll/ErrorBadge')).ErrorBadge }));
// Loaded only while a submission waits in the outbox.
const OutboxRetry = lazy(async () => ({ default: (await import('./send-inn/OutboxRetry')).OutboxRetry }));

export type TabId = 'mal' | 'kontroll' | 'sammendrag' | 'sendInn' | 'innstillinger';
const TABS: readonly TabId[] = ['mal', 'kontroll', 'sammendrag', 'sendInn', 'innstillinger'];

const useStyles = makeStyles({
  pane: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  header: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} 0` },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  report: { margin: 0, color: tokens.colorNeutralForeground2 },
  tabs: { padding: `0 ${tokens.spacingHorizontalXS}` },
  panel: { padding: tokens.spacingHorizontalM, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

interface FrameProps {
  readonly report?: ReportIdentity;
  /** Feil of the last check, shown on the Kontroll tab. */
  readonly errors: number;
  readonly tab: TabId;
  readonly onTab: (tab: TabId) => void;
  readonly children: ReactNode;
}

/** Who the report is for, the tabs, and the chosen tab's panel. */
function Frame({ report, errors, tab, onTab, children }: FrameProps): JSX.Element {
  const m = useMessages();
  const styles = useStyles();
  const ids = useId();
  const kommune = report === undefined ? undefined : kommuneText(report);
  return (
    <div className={styles.pane}>
      <header className={styles.header}>
        <h1 className={styles.title}>{m.appName}</h1>
        {report !== undefined ? <p className={styles.report}>{m.report(report.year, kommune)}</p> : null}
      </header>
      <PaneTabs
        className={styles.tabs}
        label={m.tabsLabel}
        tabs={TABS.map((id) => ({
          id,
          label: m.tabs[id],
          ...(id === 'kontroll' && errors > 0
            ? {
                after: (
                  <Suspense fallback={null}>
                    <ErrorBadge errors={errors} />
                  </Suspense>
                ),
              }
            : {}),
        }))}
        selected={tab}
        onSelect={onTab}
        tabId={(id) => `${ids}-${id}`}
        panelId={`${ids}-panel`}
      />
      <div className={styles.panel} role="tabpanel" id={`${ids}-panel`} aria-labelledby={`${ids}-${tab}`}>
        {children}
      </div>
    </div>
  );
}

/**
 * The task pane over the workbook: the tabs Mal, Kontroll, Sammendrag, Send inn and Innstillinger. While the
 * workbook API loads, the frame shows with a spinner in the panel; it stays mounted when the API comes, so it
 * renders once.
 */
export function TaskPane({ now = new Date(), first }: { readonly now?: Date; readonly first?: HostResult<ReportRead> }): JSX.Element {
  const m = useMessages();
  const pane = usePane(useWorkbookWhileLoading(), first);
  const storage = useAddinStorage();
  const [tab, setTab] = useState<TabId>();
  // The ribbon's Send inn opens the pane on its tab.
  useRequestedTab(setTab);
  const report = pane?.report;
  // The first tab, once the workbook is read: Kontroll when it holds the report, otherwise Mal. After that
  // the tab changes only when the user picks one.
  useEffect(() => {
    if (report !== undefined) setTab((chosen) => chosen ?? (report === null ? 'mal' : 'kontroll'));
  }, [report]);
  const shown = tab ?? 'mal';
  // A kept submission is tried again while the add-in runs, whichever tab is shown (Send inn does it itself).
  const waiting = pane !== undefined && shown !== 'sendInn' && storage.has(STORED.outbox);
  // The tab counts what is wrong, as the list does; what only remains to fill in is counted in the list.
  const check = pane?.check;
  const errors = check?.kind === 'kontrollert' ? arrangeFindings(check.read.template, check.result.findings).errors : 0;

  return (
    <Frame {...(report ? { report } : {})} errors={errors} tab={shown} onTab={setTab}>
      {pane === undefined ? (
        <Spinner size="small" label={m.starting} />
      ) : (
        <>
          {pane.failure !== undefined ? (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>{pane.failure.message}</MessageBarBody>
            </MessageBar>
          ) : null}
          <Suspense fallback={<Spinner size="small" label={m.loading} />}>
            {shown === 'mal' ? (
              <MalTab pane={pane} now={now} />
            ) : shown === 'kontroll' ? (
              <KontrollTab pane={pane} />
            ) : shown === 'sammendrag' ? (
              <SammendragTab pane={pane} />
            ) : shown === 'sendInn' ? (
              <SendInnTab pane={pane} onTab={setTab} />
            ) : (
              <InnstillingerTab pane={pane} />
            )}
          </Suspense>
          {waiting ? (
            <Suspense fallback={null}>
              <OutboxRetry pane={pane} />
            </Suspense>
          ) : null}
        </>
      )}
    </Frame>
  );
}
