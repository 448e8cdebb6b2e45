/**
 * The floor the task pane is measured against (bench/taskpane.bench.ts): React, Fluent's provider and one
 * button, built by the same webpack config. The bench waits for the button as it waits for the pane's.
 */
import { Button } from '@fluentui/react-components';
import { render } from '../../src/ui/render';
import { AppProvider } from '../../src/ui/theme';

render(
  <AppProvider theme="light">
    <Button appearance="primary">Sett inn malen</Button>
  </AppProvider>,
);
