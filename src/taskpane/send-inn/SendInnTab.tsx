import { Button, Checkbox, MessageBar, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ReportFound } from '../../excel/api';
import { dateTimeText } from '../../excel/status-line';
import { changedSince, submissionBody } from '../../submit/body';
import { formatDateTime } from '../../ui/format';
import { FindingList } from '../kontroll/FindingList';
import { useMessages } from '../messages-context';
import type { TabId } from '../TaskPane';
import type { Pane } from '../use-pane';
import { LastYear } from './LastYear';
import { useSubmission, type Submission } from './use-submission';

const useStyles = makeStyles({
  tab: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  receipt: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, overflowWrap: 'anywhere' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** Whether the sheet holds now what was sent last; undefined while the hash is computed or when nothing was sent. */
function useChangedSince(read: ReportFound | undefined): boolean | undefined {
  const [changed, setChanged] = useState<boolean>();
  const sent = read?.status.submission?.sha256;
  useEffect(() => {
    let live = true;
    if (read === undefined || sent === undefined) setChanged(undefined);
    else void submissionBody(read.payload).then((body) => live && setChanged(changedSince(body, sent)));
    return () => {
      live = false;
    };
  }, [read, sent]);
  return changed;
}

/** What the last attempt came to: the receipt, the wait and how to stop it, or the server's reason. */
function Outcome({ submission }: { readonly submission: Submission }): JSX.Element | null {
  const m = useMessages();
  const styles = useStyles();
  const { view } = submission;
  switch (view.kind) {
    case 'sendt':
      return (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody className={styles.receipt} data-receipt>
            <MessageBarTitle>{m.sendInn.receiptTitle}</MessageBarTitle>
            <span>{m.sendInn.receipt(view.receipt.versjon, formatDateTime(new Date(view.receipt.mottatt)))}</span>
            <span>{m.sendInn.receiptId(view.receipt.id)}</span>
            {view.serverWarnings.length > 0 ? (
              <>
                <span>{m.sendInn.serverWarnings}</span>
                <ul className={styles.list}>
                  {view.serverWarnings.map((f) => (
                    <li key={`${f.rule}-${f.fields.join(',')}`}>{f.message}</li>
                  ))}
                </ul>
              </>
            ) : null}
          </MessageBarBody>
        </MessageBar>
      );
    case 'venter':
      return (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody className={styles.receipt}>
            {view.status === undefined ? m.sendInn.waiting(formatDateTime(new Date(view.pending.nextAttemptAt))) : m.sendInn.busy(view.status)}
            <div className={styles.bar}>
              <Button size="small" onClick={() => void submission.retryNow()}>
                {m.sendInn.retryNow}
              </Button>
              <Button size="small" onClick={submission.cancel}>
                {m.sendInn.cancel}
              </Button>
            </div>
          </MessageBarBody>
        </MessageBar>
      );
    case 'avvist':
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {view.refused.detail === undefined ? m.sendInn.rejectedUnknown(view.refused.status) : `${view.refused.detail} ${m.sendInn.rejected(view.refused.status)}`}
          </MessageBarBody>
        </MessageBar>
      );
    case 'ikkeSkrevet':
      return (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{m.sendInn.notWritten(view.message)}</MessageBarBody>
        </MessageBar>
      );
    case 'annenArbeidsbok':
      return (
        <MessageBar intent="info">
          <MessageBarBody>{m.sendInn.otherWorkbook}</MessageBarBody>
        </MessageBar>
      );
    case 'avbrutt':
      return (
        <MessageBar intent="info">
          <MessageBarBody>{m.sendInn.cancelled}</MessageBarBody>
        </MessageBar>
      );
    default:
      return null;
  }
}

/** Send inn: refused while feil remain, advarsler confirmed, then sent; the receipt and what became of it. */
export function SendInnTab({ pane, onTab }: { readonly pane: Pane; readonly onTab: (tab: TabId) => void }): JSX.Element {
  const m = useMessages();
  const styles = useStyles();
  const submission = useSubmission(pane);
  const [confirmed, setConfirmed] = useState(false);
  const { check } = pane;
  const read = check.kind === 'kontrollert' ? check.read : undefined;
  const changed = useChangedSince(read);
  if (check.kind === 'venter') return <Spinner size="small" label={m.kontroll.checking} />;
  if (check.kind === 'ingenRapport') {
    return (
      <MessageBar intent="info">
        <MessageBarBody>{check.message}</MessageBarBody>
      </MessageBar>
    );
  }
  const { findings } = check.result;
  const errors = findings.filter((f) => f.severity === 'feil');
  const warnings = findings.filter((f) => f.severity !== 'feil');
  const sent = check.read.status.submission;
  const select = (finding: { readonly fields: readonly string[] }): void => void pane.select(finding.fields);
  const sending = submission.view.kind === 'sender';
  const sendButton = (
    // Unchanged since it was sent: sending again would only make another version of the same report.
    <Button appearance="primary" disabled={!submission.connected || sending || changed === false || (warnings.length > 0 && !confirmed)} onClick={() => void submission.send()}>
      {sending ? m.sendInn.sending : m.sendInn.send}
    </Button>
  );

  return (
    <div className={styles.tab}>
      {sent !== undefined ? (
        <MessageBar intent={changed ? 'warning' : 'info'} layout="multiline">
          <MessageBarBody>
            {m.sendInn.sentBefore(dateTimeText(sent.at), sent.version)} {changed === undefined ? '' : changed ? m.sendInn.changedSince : m.sendInn.unchangedSince}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <Outcome submission={submission} />
      {!submission.connected ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody className={styles.receipt}>
            {m.sendInn.noConnection}
            <div className={styles.bar}>
              <Button size="small" onClick={() => onTab('innstillinger')}>
                {m.sendInn.toSettings}
              </Button>
            </div>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {errors.length > 0 ? (
        <>
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{m.sendInn.refused(errors.length)}</MessageBarBody>
          </MessageBar>
          <FindingList template={check.read.template} findings={errors} addressOf={(field) => check.read.addresses[field]} onSelect={select} />
        </>
      ) : warnings.length > 0 ? (
        <>
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{m.sendInn.warnings(warnings.length)}</MessageBarBody>
          </MessageBar>
          <FindingList template={check.read.template} findings={warnings} addressOf={(field) => check.read.addresses[field]} onSelect={select} />
          <Checkbox checked={confirmed} onChange={(_, data) => setConfirmed(data.checked === true)} label={m.sendInn.confirm} />
          <div className={styles.bar}>
            {sendButton}
            <Button onClick={() => onTab('kontroll')}>{m.sendInn.back}</Button>
          </div>
        </>
      ) : (
        <>
          <p>{m.sendInn.ready}</p>
          <div className={styles.bar}>{sendButton}</div>
        </>
      )}
      {submission.connected ? <LastYear pane={pane} storage={submission.storage} /> : null}
    </div>
  );
}
