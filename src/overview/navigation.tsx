/** Moving between views without reloading the page (real links, which also open in a new tab), and saying what failed. */
import { Link, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { createContext, useContext, type MouseEvent, type ReactNode } from 'react';
import { hrefOf, type Route } from './route';

export const NavigateContext = createContext<(route: Route) => void>(() => undefined);

export function RouteLink({ to, children }: { readonly to: Route; readonly children: ReactNode }): JSX.Element {
  const navigate = useContext(NavigateContext);
  const follow = (event: MouseEvent<HTMLAnchorElement>): void => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <Link href={hrefOf(to)} onClick={follow}>
      {children}
    </Link>
  );
}

/** Saves a file the API gives under `name`, as a download from the page. */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // The browser has started the download once click() returns; the URL is not needed after that.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** What went wrong, in the server's words or ours; nothing when all is well. */
export function Problem({ message }: { readonly message: string | undefined }): JSX.Element | null {
  return message === undefined ? null : (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>{message}</MessageBarBody>
    </MessageBar>
  );
}
