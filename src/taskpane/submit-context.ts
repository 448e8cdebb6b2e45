import { createContext, useContext, useMemo } from 'react';
import type { Fetch } from '../submit/client';
import { DEFAULT_ENDPOINT } from '../submit/default-endpoint';
import { addinStorage, type AddinStorage, type KeyValueStorage } from '../submit/storage';
import { useWorkbookWhileLoading } from './workbook-context';

/** What sending in needs besides the workbook: the network, the add-in's own storage, a clock and keys. */
export interface SubmitEnvironment {
  readonly fetch: Fetch;
  /** `localStorage` in the add-in (the token and the outbox live there, never in the workbook). */
  readonly storage: () => KeyValueStorage;
  readonly defaultEndpoint: string;
  readonly clock: () => Date;
  readonly newKey: () => string;
}

/** The browser's own, for the add-in and the demo; tests give theirs through `SubmitProvider`. */
const BROWSER: SubmitEnvironment = {
  fetch: (url, init) => fetch(url, init),
  storage: () => window.localStorage,
  defaultEndpoint: DEFAULT_ENDPOINT,
  clock: () => new Date(),
  newKey: () => crypto.randomUUID(),
};

const SubmitContext = createContext<SubmitEnvironment | undefined>(undefined);

export const SubmitProvider = SubmitContext.Provider;

/** The environment given, or the browser's. Before the first render only the add-in's storage is looked at (is a submission waiting?). */
export function useSubmitEnvironment(): SubmitEnvironment {
  return useContext(SubmitContext) ?? BROWSER;
}

/** The add-in's storage, under the workbook host's partition key (read nothing from it while the API loads). */
export function useAddinStorage(): AddinStorage {
  const env = useSubmitEnvironment();
  const partitionKey = useWorkbookWhileLoading()?.partitionKey;
  return useMemo(() => addinStorage(env.storage(), partitionKey), [env, partitionKey]);
}
