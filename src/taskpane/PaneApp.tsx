import { MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import type { WorkbookApi } from '../excel/api';
import { AppProvider, type ThemeName } from '../ui/theme';
import { useMessages } from './messages-context';
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
 * in the demo and the tests): an Excel without what the add-in needs gets a message instead.
 */
export function PaneApp({ api, theme }: { readonly api: WorkbookApi | undefined; readonly theme: ThemeName }): JSX.Element {
  const m = useMessages();
  return (
    <AppProvider theme={theme}>
      {api === undefined ? (
        <Notice text={m.notInExcel} />
      ) : !api.support.ok ? (
        <Notice text={api.support.message} />
      ) : (
        <WorkbookProvider value={api}>
          <TaskPane />
        </WorkbookProvider>
      )}
    </AppProvider>
  );
}
