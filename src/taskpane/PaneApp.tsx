import { MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useLayoutEffect, useState } from 'react';
import type { HostResult, ReportRead, WorkbookApi } from '../excel/api';
import { AppProvider, type ThemeName } from '../ui/theme';
import { nb, type Messages } from './messages';
import { MessagesProvider, useMessages } from './messages-context';
import { TaskPane } from './TaskPane';
import { WorkbookProvider } from './workbook-context';

const useStyles = makeStyles({
  notice: { padding: tokens.spacingHorizontalM },
});

function Notice({ text }: { readonly text: string }): JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.notice}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{text}</MessageBarBody>
      </MessageBar>
    </div>
  );
}

/**
 * The pane as the add-in starts it, over the workbook it is given (Office.js in Excel, the simulated Excel
 * in the demo and the tests), or over none outside Excel. The API may still be loading: the pane's frame
 * shows meanwhile. An Excel without what the add-in needs gets a message instead.
 */
export function PaneApp({
  api,
  theme,
  messages = nb,
}: {
  readonly api: WorkbookApi | Promise<WorkbookApi> | undefined;
  readonly theme: ThemeName;
  /** The language of every text the pane shows (bokmål; nynorsk would be another `Messages`). */
  readonly messages?: Messages;
}): JSX.Element {
  return (
    <MessagesProvider value={messages}>
      <Pane api={api} theme={theme} />
    </MessagesProvider>
  );
}

/** The workbook's API once loaded, and the first read of the report when it was made as the API came. */
interface Loaded {
  readonly api: WorkbookApi;
  readonly first?: HostResult<ReportRead>;
}

function Pane({ api, theme }: { readonly api: WorkbookApi | Promise<WorkbookApi> | undefined; readonly theme: ThemeName }): JSX.Element {
  const m = useMessages();
  const [loaded, setLoaded] = useState<Loaded | undefined>(api === undefined || api instanceof Promise ? undefined : { api });
  // Waits for the API from the frame's commit on, not from after its paint: the API may be there already.
  // The report is read before the tabs show, so they show once with what it tells (Mal's form, or the
  // report), not first with a spinner.
  useLayoutEffect(() => {
    let live = true;
    if (api instanceof Promise)
      void api.then(async (value) => {
        const first = await value.readReport();
        if (live) setLoaded({ api: value, first });
      });
    return () => {
      live = false;
    };
  }, [api]);
  const ready = loaded?.api;
  return (
    <AppProvider theme={theme}>
      {api === undefined ? (
        <Notice text={m.notInExcel} />
      ) : ready !== undefined && !ready.support.ok ? (
        <Notice text={ready.support.message} />
      ) : (
        <WorkbookProvider value={ready ?? null}>
          <TaskPane {...(loaded?.first === undefined ? {} : { first: loaded.first })} />
        </WorkbookProvider>
      )}
    </AppProvider>
  );
}
