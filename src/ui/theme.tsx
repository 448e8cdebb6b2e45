import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { ReactNode } from 'react';

/** Office's themes on the web; Excel has no theme-change event, so an app picks one at start. */
export type ThemeName = 'light' | 'dark';

const themes = { light: webLightTheme, dark: webDarkTheme } as const;

/** Fluent UI for the whole app, filling the page so the theme's background reaches every edge. */
export function AppProvider({ theme, children }: { readonly theme: ThemeName; readonly children: ReactNode }): JSX.Element {
  return (
    <FluentProvider theme={themes[theme]} style={{ minHeight: '100vh' }}>
      {children}
    </FluentProvider>
  );
}
