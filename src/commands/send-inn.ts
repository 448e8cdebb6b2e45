/**
 * The ribbon's Send inn: opens the pane on its Send inn tab (the pane reads and checks the report there).
 * A function command, not ShowTaskpane, so that the pane knows which tab was asked for; it always tells
 * Office it is done.
 */
import { requestTab } from '../taskpane/requested-tab';
import type { CommandEvent } from './kontroller';

export function sendInnCommand(showPane: () => Promise<void>): (event: CommandEvent) => void {
  return (event) => {
    requestTab('sendInn');
    void showPane().finally(() => event.completed());
  };
}
