import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import { useMessages } from '../messages-context';

const useStyles = makeStyles({
  badge: { marginLeft: tokens.spacingHorizontalXS },
});

/** The Kontroll tab's count of feil; loaded with the check, since there is nothing to count before it. */
export function ErrorBadge({ errors }: { readonly errors: number }): JSX.Element {
  const m = useMessages();
  const styles = useStyles();
  return (
    <Badge className={styles.badge} size="small" color="danger" aria-label={m.kontroll.errorBadge(errors)}>
      {errors}
    </Badge>
  );
}
