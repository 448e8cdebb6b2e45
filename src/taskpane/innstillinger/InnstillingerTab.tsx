import { Button, Field, Input, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { endpointUsable, loadConnection, saveConnection } from '../../submit/connection';
import { testConnection, type ConnectionCheck } from '../../submit/test-connection';
import type { Messages } from '../messages';
import { useMessages } from '../messages-context';
import { useAddinStorage, useSubmitEnvironment } from '../submit-context';
import type { Pane } from '../use-pane';

const useStyles = makeStyles({
  tab: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

function checkText(check: ConnectionCheck, m: Messages): { readonly intent: 'success' | 'error'; readonly text: string } {
  switch (check.kind) {
    case 'ok':
      return { intent: 'success', text: m.innstillinger.ok(check.kommunenummer) };
    case 'utilgjengelig':
      return { intent: 'error', text: check.status === undefined ? m.innstillinger.unreachable : m.innstillinger.serverError(check.status) };
    case 'ugyldigToken':
      return { intent: 'error', text: m.innstillinger.badToken };
    case 'annenKommune':
      return { intent: 'error', text: m.innstillinger.otherKommune(check.tokenFor, check.report) };
    case 'avvist':
      return { intent: 'error', text: check.detail ?? m.innstillinger.refused(check.status) };
  }
}

/** Innstillinger: the endpoint and the municipality's token, kept in the add-in's storage, never in the workbook. */
export function InnstillingerTab({ pane }: { readonly pane: Pane }): JSX.Element {
  const m = useMessages();
  const styles = useStyles();
  const env = useSubmitEnvironment();
  const storage = useAddinStorage();
  const saved = useMemo(() => loadConnection(storage), [storage]);
  const [endpoint, setEndpoint] = useState(saved?.endpoint ?? env.defaultEndpoint);
  const [token, setToken] = useState(saved?.token ?? '');
  const [result, setResult] = useState<{ readonly intent: 'success' | 'error' | 'info'; readonly text: string }>();
  const [testing, setTesting] = useState(false);
  const endpointError = endpointUsable(endpoint) ? undefined : m.innstillinger.badEndpoint;
  const tokenError = token.trim() === '' ? m.innstillinger.noToken : undefined;
  const usable = endpointError === undefined && tokenError === undefined;
  const reportKommune = pane.report?.kommunenummer;

  const save = (): void => {
    saveConnection(storage, { endpoint, token });
    setResult({ intent: 'success', text: m.innstillinger.saved });
  };
  const test = async (): Promise<void> => {
    setTesting(true);
    try {
      setResult(checkText(await testConnection(env.fetch, { endpoint: endpoint.trim(), token: token.trim() }, reportKommune), m));
    } finally {
      setTesting(false);
    }
  };

  return (
    <form
      className={styles.tab}
      onSubmit={(event) => {
        event.preventDefault();
        if (usable) save();
      }}
    >
      <h2 className={styles.heading}>{m.innstillinger.heading}</h2>
      <Field label={m.innstillinger.endpoint} hint={m.innstillinger.endpointHint} validationMessage={endpointError}>
        <Input type="url" value={endpoint} onChange={(_, data) => setEndpoint(data.value)} />
      </Field>
      <Field label={m.innstillinger.token} hint={m.innstillinger.tokenHint} validationMessage={token === '' ? undefined : tokenError}>
        <Input type="password" autoComplete="off" value={token} onChange={(_, data) => setToken(data.value)} />
      </Field>
      <div className={styles.bar}>
        <Button appearance="primary" type="submit" disabled={!usable}>
          {m.innstillinger.save}
        </Button>
        <Button disabled={!usable || testing} onClick={() => void test()}>
          {testing ? m.innstillinger.testing : m.innstillinger.test}
        </Button>
      </div>
      {result !== undefined ? (
        <MessageBar intent={result.intent} layout="multiline">
          <MessageBarBody>{result.text}</MessageBarBody>
        </MessageBar>
      ) : null}
    </form>
  );
}
