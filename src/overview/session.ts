/** Husbanken's token for this tab only: sessionStorage, never a cookie, gone when the tab closes. */
const KEY = 'boso-oversikt-token';

export const savedToken = (): string | undefined => sessionStorage.getItem(KEY) ?? undefined;

export function saveToken(token: string): void {
  sessionStorage.setItem(KEY, token);
}

export function forgetToken(): void {
  sessionStorage.removeItem(KEY);
}
