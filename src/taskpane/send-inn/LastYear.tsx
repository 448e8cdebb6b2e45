import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { reportKeyOf } from '../../report/report-key';
import { previousReport } from '../../submit/client';
import { loadConnection } from '../../submit/connection';
import { lastYearFills, unchangedSince, type PlannedFill } from '../../submit/last-year';
import type { PayloadV1 } from '../../report/payload';
import type { AddinStorage } from '../../submit/storage';
import { formatNumber } from '../../ui/format';
import { cellName } from '../cell-names';
import { useMessages } from '../messages-context';
import { useSubmitEnvironment } from '../submit-context';
import type { Pane } from '../use-pane';
import { useWorkbook } from '../workbook-context';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
});

type Step =
  | { readonly kind: 'start' }
  | { readonly kind: 'henter' }
  | { readonly kind: 'vis'; readonly fills: readonly PlannedFill[]; readonly previous: PayloadV1; readonly changed?: true }
  | { readonly kind: 'melding'; readonly intent: 'success' | 'info' | 'error'; readonly text: string };

const shown = (value: unknown): string => (typeof value === 'number' ? formatNumber(value) : String(value));

/** «Hent fjorårets tall»: what it will write shown first, a question before anything non-empty is overwritten, one undo step. */
export function LastYear({ pane, storage }: { readonly pane: Pane; readonly storage: AddinStorage }): JSX.Element | null {
  const m = useMessages();
  const styles = useStyles();
  const env = useSubmitEnvironment();
  const api = useWorkbook();
  const [step, setStep] = useState<Step>({ kind: 'start' });
  const read = pane.check.kind === 'kontrollert' ? pane.check.read : undefined;
  const key = read === undefined ? undefined : reportKeyOf(read.payload);
  const connection = loadConnection(storage);
  if (read === undefined || key === undefined || connection === undefined) return null;

  const fetchLastYear = async (): Promise<void> => {
    setStep({ kind: 'henter' });
    const reply = await previousReport(env.fetch, connection, key);
    if (reply.kind === 'utilgjengelig') return setStep({ kind: 'melding', intent: 'error', text: m.innstillinger.unreachable });
    if (reply.kind === 'avvist') return setStep({ kind: 'melding', intent: 'info', text: reply.detail ?? m.innstillinger.refused(reply.status) });
    const fills = lastYearFills(read, reply.value);
    setStep(fills.length === 0 ? { kind: 'melding', intent: 'info', text: m.lastYear.nothing } : { kind: 'vis', fills, previous: reply.value });
  };

  const write = async (fills: readonly PlannedFill[], previous: PayloadV1): Promise<void> => {
    // Read again first: what the user typed since the list was shown is asked about anew, never overwritten.
    const fresh = await api.readReport();
    if (!fresh.ok) return setStep({ kind: 'melding', intent: 'error', text: fresh.message });
    if (fresh.value.kind !== 'rapport') return setStep({ kind: 'melding', intent: 'error', text: fresh.value.message });
    const now = lastYearFills(fresh.value, previous);
    if (!unchangedSince(fills, now)) {
      return setStep(now.length === 0 ? { kind: 'melding', intent: 'info', text: m.lastYear.nothing } : { kind: 'vis', fills: now, previous, changed: true });
    }
    // At the addresses of the read the list was made from; a sheet renamed since stops the write whole.
    const written = await api.fillCells(Object.fromEntries(fills.map((f) => [f.address, f.value])));
    setStep(written.ok ? { kind: 'melding', intent: 'success', text: m.lastYear.written(written.value.written.length) } : { kind: 'melding', intent: 'error', text: written.message });
    await pane.checkNow();
  };

  const overwrites = step.kind === 'vis' ? step.fills.filter((f) => f.replaces !== undefined) : [];
  return (
    <section className={styles.section} aria-label={m.lastYear.heading}>
      <h2 className={styles.heading}>{m.lastYear.heading}</h2>
      <p>{m.lastYear.intro}</p>
      {step.kind === 'vis' ? (
        <>
          {step.changed ? (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{m.lastYear.changedMeanwhile}</MessageBarBody>
            </MessageBar>
          ) : null}
          <p>{m.lastYear.willWrite(step.fills.length)}</p>
          <ul className={styles.list}>
            {step.fills.map((f) => (
              <li key={f.cell}>
                {cellName(read.template, f.cell, m)}: {shown(f.value)}
                {f.replaces === undefined ? '' : ` (${m.lastYear.replaces(shown(f.replaces))})`}
              </li>
            ))}
          </ul>
          {overwrites.length > 0 ? <p>{m.lastYear.overwriteQuestion(overwrites.length)}</p> : null}
          <div className={styles.bar}>
            <Button appearance="primary" onClick={() => void write(step.fills, step.previous)}>
              {overwrites.length > 0 ? m.lastYear.writeAll : m.lastYear.write}
            </Button>
            {overwrites.length > 0 ? (
              <Button onClick={() => void write(step.fills.filter((f) => f.replaces === undefined), step.previous)}>{m.lastYear.writeEmpty}</Button>
            ) : null}
            <Button onClick={() => setStep({ kind: 'start' })}>{m.lastYear.cancel}</Button>
          </div>
        </>
      ) : (
        <div className={styles.bar}>
          <Button disabled={step.kind === 'henter'} onClick={() => void fetchLastYear()}>
            {step.kind === 'henter' ? m.lastYear.fetching : m.lastYear.fetch}
          </Button>
        </div>
      )}
      {step.kind === 'melding' ? (
        <MessageBar intent={step.intent} layout="multiline">
          <MessageBarBody>{step.text}</MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}
