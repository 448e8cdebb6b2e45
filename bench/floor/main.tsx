/**
 * The floor the task pane is measured against (bench/taskpane.bench.ts): React, Fluent's provider and one
 * button, built by the same webpack config. It marks itself ready as the pane does when it can be used.
 */
import { Button } from '@fluentui/react-components';
import { useEffect } from 'react';
import { render } from '../../src/ui/render';
import { AppProvider } from '../../src/ui/theme';

function Floor(): JSX.Element {
  useEffect(() => {
    document.body.dataset.ready = 'true';
  }, []);
  return <Button appearance="primary">Sett inn malen</Button>;
}

render(
  <AppProvider theme="light">
    <Floor />
  </AppProvider>,
);
