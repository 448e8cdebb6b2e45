import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useMessages } from '../messages-context';
import type { Pane } from '../use-pane';
import { SummaryView } from './SummaryView';

/** Sammendrag: the report's key numbers, following the typing as the check does. */
export function SammendragTab({ pane }: { readonly pane: Pane }): JSX.Element {
  const m = useMessages();
  const { check } = pane;
  if (check.kind === 'venter') return <Spinner size="small" label={m.loading} />;
  if (check.kind === 'ingenRapport') {
    return (
      <MessageBar intent="info">
        <MessageBarBody>{check.message}</MessageBarBody>
      </MessageBar>
    );
  }
  return <SummaryView template={check.read.template} computed={check.result.computed} />;
}
