import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { InsertOutcome } from '../../excel/api';
import { defaultTemplate } from '../../report/templates';
import { useMessages } from '../messages-context';
import { kommuneText, type Pane } from '../use-pane';
import { ReportChoice, type ReportChoiceValue } from './ReportChoice';
import { defaultYear, reportYears } from './years';

const useStyles = makeStyles({
  tab: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  text: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** The first form of a register name ("Oslo" of "Oslo - Oslove"), as the sheet's Kommune field takes it. */
const plainName = (navn: string): string => navn.split(' - ')[0] ?? navn;

/** Mal: the template in the workbook, or the choice of year and municipality and the insert. */
export function MalTab({ pane, now }: { readonly pane: Pane; readonly now: Date }): JSX.Element {
  const m = useMessages();
  const styles = useStyles();
  const years = reportYears(defaultTemplate, now);
  const [choice, setChoice] = useState<ReportChoiceValue>({ year: defaultYear(years, now) });
  const [inserting, setInserting] = useState(false);
  const [outcome, setOutcome] = useState<InsertOutcome>();

  const { report, workbook } = pane;
  if (report === undefined) return <Spinner size="small" label={m.loading} />;

  if (report !== null) {
    const kommune = kommuneText(report);
    return (
      <div className={styles.tab}>
        {outcome?.kind === 'sattInn' ? (
          <MessageBar intent="success">
            <MessageBarBody>{outcome.message}</MessageBarBody>
          </MessageBar>
        ) : null}
        {outcome?.kind === 'sattInn'
          ? outcome.leftOut.map((part) => (
              <MessageBar key={part.part} intent="warning">
                <MessageBarBody>{part.message}</MessageBarBody>
              </MessageBar>
            ))
          : null}
        <p className={styles.text}>{m.mal.present(report.year, kommune)}</p>
        <div className={styles.actions}>
          <Button appearance="primary" onClick={() => void pane.goToReport()}>
            {m.mal.goToReport}
          </Button>
        </div>
      </div>
    );
  }

  // The sheet names the plan needs come with the workbook's state, which may still be on its way.
  const taken = outcome?.kind === 'navnOpptatt' ? outcome.taken : (workbook?.takenSheetNames ?? []);
  const freeNames = outcome?.kind === 'navnOpptatt' ? outcome.freeSheetNames : (workbook?.freeSheetNames ?? {});
  const insert = async (sheetNames?: Readonly<Record<string, string>>): Promise<void> => {
    const kommune = choice.kommune;
    if (kommune === undefined) return;
    setInserting(true);
    const result = await pane.insert({
      prefill: { year: choice.year, kommunenummer: kommune.nummer, kommunenavn: plainName(kommune.navn) },
      ...(choice.bydel === undefined ? {} : { bydel: choice.bydel }),
      ...(sheetNames === undefined ? {} : { sheetNames }),
    });
    setInserting(false);
    if (result.ok) setOutcome(result.value);
  };

  return (
    <div className={styles.tab}>
      <h2 className={styles.heading}>{m.mal.heading}</h2>
      <p className={styles.text}>{m.mal.intro}</p>
      <ReportChoice years={years} value={choice} onChange={setChoice} />
      <MessageBar intent="warning">
        <MessageBarBody>{m.mal.undoWarning}</MessageBarBody>
      </MessageBar>
      {taken.length > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{m.mal.namesTaken(taken)}</MessageBarTitle>
            <p className={styles.text}>{m.mal.freeNames}</p>
            <ul className={styles.list}>
              {taken.map((name) => (
                <li key={name}>{`${name} → ${freeNames[name] ?? ''}`}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={choice.kommune === undefined || workbook === undefined || inserting}
          onClick={() => void insert(taken.length > 0 ? freeNames : undefined)}
        >
          {inserting ? m.mal.inserting : taken.length > 0 ? m.mal.insertWithFreeNames : m.mal.insert}
        </Button>
      </div>
      {choice.kommune === undefined ? <p className={styles.text}>{m.mal.chooseKommune}</p> : null}
    </div>
  );
}
