import { Badge, MessageBar, MessageBarBody, Spinner, Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, lazy, useId, useState } from 'react';
import { MalTab } from './mal/MalTab';
import { useMessages } from './messages-context';
import { usePane } from './use-pane';
import { useWorkbook } from './workbook-context';

// What the first view does not need comes later: the check (the domain's rules) and the summary.
const KontrollTab = lazy(async () => ({ default: (await import('./kontroll/KontrollTab')).KontrollTab }));
const SammendragTab = lazy(async () => ({ default: (await import('./sammendrag/SammendragTab')).SammendragTab }));

type TabId = 'mal' | 'kontroll' | 'sammendrag';
const TABS: readonly TabId[] = ['mal', 'kontroll', 'sammendrag'];

const useStyles = makeStyles({
  pane: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  header: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} 0` },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  report: { margin: 0, color: tokens.colorNeutralForeground2 },
  tabs: { padding: `0 ${tokens.spacingHorizontalXS}` },
  panel: { padding: tokens.spacingHorizontalM, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  badge: { marginLeft: tokens.spacingHorizontalXS },
});

/** The task pane: who the report is for, and the tabs Mal, Kontroll and Sammendrag. */
export function TaskPane({ now = new Date() }: { readonly now?: Date }): JSX.Element {
  const m = useMessages();
  const styles = useStyles();
  const pane = usePane(useWorkbook());
  const [chosen, setChosen] = useState<TabId>();
  const ids = useId();
  const report = pane.workbook?.report;
  // Until the user picks a tab: Kontroll when the workbook holds the report, otherwise Mal.
  const tab = chosen ?? (report === undefined ? 'mal' : 'kontroll');
  const result = pane.check.kind === 'kontrollert' ? pane.check.result : undefined;
  const errors = result?.findings.filter((f) => f.severity === 'feil').length ?? 0;
  const kommune = report?.kommunenummer === undefined ? undefined : [report.kommunenummer, report.kommunenavn].filter(Boolean).join(' ');

  return (
    <div className={styles.pane}>
      <header className={styles.header}>
        <h1 className={styles.title}>{m.appName}</h1>
        {report !== undefined ? <p className={styles.report}>{m.report(report.year, kommune)}</p> : null}
      </header>
      <TabList
        className={styles.tabs}
        selectedValue={tab}
        onTabSelect={(_, data) => setChosen(data.value as TabId)}
        aria-label={m.tabsLabel}
      >
        {TABS.map((id) => (
          <Tab key={id} id={`${ids}-${id}`} value={id} aria-controls={`${ids}-panel`}>
            {m.tabs[id]}
            {id === 'kontroll' && errors > 0 ? (
              <Badge className={styles.badge} size="small" color="danger" aria-label={m.kontroll.errorBadge(errors)}>
                {errors}
              </Badge>
            ) : null}
          </Tab>
        ))}
      </TabList>
      <div className={styles.panel} role="tabpanel" id={`${ids}-panel`} aria-labelledby={`${ids}-${tab}`}>
        {pane.failure !== undefined ? (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{pane.failure.message}</MessageBarBody>
          </MessageBar>
        ) : null}
        <Suspense fallback={<Spinner size="small" label={m.loading} />}>
          {tab === 'mal' ? (
            <MalTab pane={pane} now={now} />
          ) : tab === 'kontroll' ? (
            <KontrollTab pane={pane} />
          ) : (
            <SammendragTab pane={pane} />
          )}
        </Suspense>
      </div>
    </div>
  );
}
