import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { formatDateTime } from '../../ui/format';
import { useMessages } from '../messages-context';
import type { Pane } from '../use-pane';
import { FindingList } from './FindingList';
import { fixesOf } from './fixes';

const useStyles = makeStyles({
  tab: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  meta: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  fix: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
});

/** What can be mended with one click (one undo step in Excel), and the button that does it. */
function FixBar(props: {
  readonly intent: 'error' | 'warning';
  readonly text: string;
  readonly action: string;
  readonly onFix: () => Promise<void>;
}): JSX.Element {
  const styles = useStyles();
  return (
    <MessageBar intent={props.intent} layout="multiline">
      <MessageBarBody className={styles.fix}>
        {props.text}
        <Button size="small" onClick={() => void props.onFix()}>
          {props.action}
        </Button>
      </MessageBarBody>
    </MessageBar>
  );
}

/** Kontroll: the live check of the report in the workbook, and the two repairs the pane can make. */
export function KontrollTab({ pane }: { readonly pane: Pane }): JSX.Element {
  const m = useMessages();
  const styles = useStyles();
  const { check } = pane;
  const checkButton = (
    <Button onClick={() => void pane.checkNow()} disabled={pane.checking && check.kind === 'venter'}>
      {m.kontroll.checkNow}
    </Button>
  );
  if (check.kind === 'venter') return <Spinner size="small" label={m.kontroll.checking} />;
  if (check.kind === 'ingenRapport') {
    return (
      <div className={styles.tab}>
        <MessageBar intent="info">
          <MessageBarBody>{check.message}</MessageBarBody>
        </MessageBar>
        <div className={styles.bar}>{checkButton}</div>
      </div>
    );
  }
  const { read, result } = check;
  const fixes = fixesOf(read.template, result.findings);
  const repairs = [
    {
      intent: 'error',
      cells: fixes.restore,
      text: m.kontroll.restoreFormulas,
      action: m.kontroll.restoreFormulasButton,
      mend: pane.restoreFormulas,
    },
    {
      intent: 'warning',
      cells: fixes.convert,
      text: m.kontroll.convertNumbers,
      action: m.kontroll.convertNumbersButton,
      mend: pane.convertNumberText,
    },
  ] as const;
  return (
    <div className={styles.tab}>
      <div className={styles.bar}>
        {checkButton}
        <p className={styles.meta} aria-live="off">
          {pane.checking ? m.kontroll.checking : m.kontroll.checkedAt(formatDateTime(check.at))}
        </p>
      </div>
      {repairs
        .filter((repair) => repair.cells.length > 0)
        .map((repair) => (
          <FixBar
            key={repair.action}
            intent={repair.intent}
            text={repair.text(repair.cells.length)}
            action={repair.action}
            onFix={() => repair.mend(repair.cells)}
          />
        ))}
      <FindingList
        template={read.template}
        findings={result.findings}
        addressOf={(field) => read.addresses[field]}
        onSelect={(finding) => void pane.select(finding.fields)}
      />
    </div>
  );
}
