import type { Pane } from '../use-pane';
import { useSubmission } from './use-submission';

/**
 * Tries a kept submission again when its time comes while another tab than Send inn is shown (Send inn's
 * own state does it while that tab is shown), so retries go on while the add-in runs. It shows nothing: the
 * receipt lands in the workbook's status, which Send inn and the status line show.
 */
export function OutboxRetry({ pane }: { readonly pane: Pane }): null {
  useSubmission(pane);
  return null;
}
