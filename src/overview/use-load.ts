import { useEffect, useState } from 'react';

export type Loaded<T> = { readonly state: 'laster' } | { readonly state: 'feil'; readonly message: string } | { readonly state: 'ok'; readonly value: T };

/** What `load` gives, loaded again when `deps` change; an answer that comes after a newer request is dropped. */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]): Loaded<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'laster' });
  useEffect(() => {
    let current = true;
    setLoaded({ state: 'laster' });
    load().then(
      (value) => current && setLoaded({ state: 'ok', value }),
      (error: unknown) => current && setLoaded({ state: 'feil', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
    // The caller names what the load depends on, as with useEffect.
  }, deps);
  return loaded;
}
