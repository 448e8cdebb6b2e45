/**
 * The real host: Office.js's globals, the one file that touches them. Waits for Office once; outside Excel
 * (a browser tab, the demo) there is no host and the caller injects the simulated Excel instead.
 */
import type { Host } from './office';

export async function officeHost(): Promise<Host | undefined> {
  if (typeof Office === 'undefined') return undefined;
  const info = await Office.onReady();
  if (info.host !== Office.HostType.Excel || typeof Excel === 'undefined') return undefined;
  // Undefined (or empty) on Windows, where the webview's storage is not partitioned.
  const partitionKey = Office.context.partitionKey || undefined;
  return {
    ...(partitionKey === undefined ? {} : { partitionKey }),
    // Handing Office's context to the batch is where the compiler checks that it fits office.ts.
    run: (options, batch) => Excel.run(options, (context) => batch(context)),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  };
}

/**
 * Office's theme, read once at start: Excel sends no event when it changes, and the browser's
 * `prefers-color-scheme` follows the system, not Office (office-js #6912).
 */
export function officeTheme(): 'light' | 'dark' {
  return Office.context.officeTheme?.isDarkTheme ? 'dark' : 'light';
}

/** A ribbon command's handler, under the `<FunctionName>` of manifest.xml; call it after `officeHost()` resolved. */
export function associateCommand(name: string, handler: (event: { completed(): void }) => void): void {
  Office.actions.associate(name, handler);
}

/**
 * Opens the task pane from a ribbon command (SharedRuntime 1.1: the command runs in the pane's page). Whatever
 * Office answers, the caller goes on: a pane that is open already stays open.
 */
export async function showTaskpane(): Promise<void> {
  await Office.addin.showAsTaskpane().catch(() => undefined);
}
