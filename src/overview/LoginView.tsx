/** Asks for Husbanken's token once per tab, and refuses a municipality's token in so many words. */
import { Button, Field, Input, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { m } from './messages';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '36rem' },
});

/** Checks a token against the API: undefined when it is Husbanken's, else what to tell the user. */
export type CheckToken = (token: string) => Promise<string | undefined>;

interface LoginProps {
  readonly check: CheckToken;
  readonly onLogin: (token: string) => void;
  /** Why the page asks again, when the server stopped taking the token. */
  readonly notice?: string | undefined;
}

export function LoginView({ check, onLogin, notice }: LoginProps): JSX.Element {
  const styles = useStyles();
  const [token, setToken] = useState('');
  const [problem, setProblem] = useState<string>();
  const [checking, setChecking] = useState(false);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const given = token.trim();
    if (given === '') {
      setProblem(m.login.empty);
      return;
    }
    setChecking(true);
    const refused = await check(given);
    setChecking(false);
    if (refused === undefined) onLogin(given);
    else setProblem(refused);
  };

  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)} noValidate>
      <h1>{m.login.heading}</h1>
      <p>{m.login.intro}</p>
      {notice === undefined ? null : (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      <Field label={m.login.token} validationState={problem === undefined ? 'none' : 'error'} validationMessage={problem}>
        <Input type="password" value={token} autoComplete="off" onChange={(_, data) => setToken(data.value)} />
      </Field>
      <div>
        <Button appearance="primary" type="submit" disabled={checking}>
          {checking ? m.login.checking : m.login.submit}
        </Button>
      </div>
    </form>
  );
}
