/**
 * Husbanken's overview: the token once per tab, then the views, each an address of its own (route.ts).
 * The API client (with zod) and the views after the first are loaded when they are needed.
 */
import { Button, Spinner, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { Suspense, lazy, useCallback, useEffect, useMemo, useState } from 'react';
import { defaultTemplate } from '../report/templates';
import type { Api } from './api';
import { LoginView, type CheckToken } from './LoginView';
import { m } from './messages';
import { NavigateContext, RouteLink } from './navigation';
import { currentReportYear, hrefOf, routeOf, type Route } from './route';
import { forgetToken, saveToken, savedToken } from './session';
import { usePageStyles } from './styles';
import { YearView } from './YearView';

const ReportView = lazy(async () => ({ default: (await import('./ReportView')).ReportView }));
const NationalView = lazy(async () => ({ default: (await import('./NationalView')).NationalView }));

const useStyles = makeStyles({
  banner: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXL}`,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  name: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  nav: { display: 'flex', gap: tokens.spacingHorizontalL, alignItems: 'center', flexGrow: 1 },
  main: { padding: `0 ${tokens.spacingHorizontalXL} ${tokens.spacingVerticalXXL}`, maxWidth: '80rem', '@media print': { padding: 0 } },
});

const titles = (route: Route): string =>
  route.view === 'rapport' ? 'Rapport' : route.view === 'totaler' ? m.totals.heading(route.ar) : m.year.heading(route.ar);

export function App({ today = new Date() }: { readonly today?: Date }): JSX.Element {
  const styles = useStyles();
  const page = usePageStyles();
  const [token, setToken] = useState(savedToken);
  const [route, setRoute] = useState(() => routeOf(window.location.search, today));
  // The year the menu goes to: the one in view, or the year of the report in view.
  const [reportYear, setReportYear] = useState<number>();
  const year = route.view === 'rapport' ? (reportYear ?? currentReportYear(today)) : route.ar;

  useEffect(() => {
    const back = (): void => setRoute(routeOf(window.location.search, today));
    window.addEventListener('popstate', back);
    return () => window.removeEventListener('popstate', back);
  }, [today]);
  useEffect(() => {
    document.title = `${titles(route)} – BOSO-rapport`;
  }, [route]);

  const navigate = useCallback((to: Route) => {
    window.history.pushState(null, '', hrefOf(to));
    setRoute(to);
    window.scrollTo(0, 0);
  }, []);
  const [notice, setNotice] = useState<string>();
  const logout = useCallback((why?: string): void => {
    forgetToken();
    setToken(undefined);
    setNotice(why);
  }, []);
  const api = useMemo<Promise<Api> | undefined>(
    () => (token === undefined ? undefined : import('./api').then((a) => a.apiFor(token, () => logout(m.login.refused)))),
    [token, logout],
  );

  const check: CheckToken = async (given) => {
    const { apiFor, ApiError } = await import('./api');
    try {
      await apiFor(given).oversikt(currentReportYear(today));
      return undefined;
    } catch (error) {
      if (error instanceof ApiError && error.status === 403) return m.login.municipality;
      return error instanceof Error ? error.message : String(error);
    }
  };
  const login = (given: string): void => {
    saveToken(given);
    setToken(given);
    setNotice(undefined);
  };

  return (
    <NavigateContext.Provider value={navigate}>
      <header className={mergeClasses(styles.banner, page.noPrint)}>
        <p className={styles.name}>{m.appName}</p>
        {api !== undefined ? (
          <nav className={styles.nav} aria-label={m.nav.label}>
            <RouteLink to={{ view: 'ar', ar: year }}>{m.nav.year}</RouteLink>
            <RouteLink to={{ view: 'totaler', ar: year }}>{m.nav.totals}</RouteLink>
            <Button appearance="subtle" onClick={() => logout()}>
              {m.nav.logout}
            </Button>
          </nav>
        ) : null}
      </header>
      <main className={styles.main}>
        {api === undefined ? (
          <LoginView check={check} onLogin={login} notice={notice} />
        ) : (
          <Suspense fallback={<Spinner label={m.loading} />}>
            {route.view === 'ar' ? <YearView api={api} ar={route.ar} onYear={(ar) => navigate({ view: 'ar', ar })} /> : null}
            {route.view === 'totaler' ? <NationalView api={api} ar={route.ar} template={defaultTemplate} /> : null}
            {route.view === 'rapport' ? <ReportView api={api} id={route.id} mot={route.mot} onYear={setReportYear} /> : null}
          </Suspense>
        )}
      </main>
    </NavigateContext.Provider>
  );
}
