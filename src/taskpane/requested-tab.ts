/**
 * A tab asked for from outside the pane: the ribbon's Send inn runs in the pane's page (shared runtime) and
 * asks for its tab, whether the pane is open already or is about to render.
 */
import { useEffect } from 'react';
import type { TabId } from './TaskPane';

let requested: TabId | undefined;
const listeners = new Set<(tab: TabId) => void>();

export function requestTab(tab: TabId): void {
  requested = tab;
  for (const listener of listeners) listener(tab);
}

/** Calls `show` with the tab asked for before the pane rendered, and with every one asked for after. */
export function useRequestedTab(show: (tab: TabId) => void): void {
  useEffect(() => {
    if (requested !== undefined) show(requested);
    const listener = (tab: TabId): void => show(tab);
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, [show]);
}
