import { makeStyles, tokens } from '@fluentui/react-components';
import type { Computed } from '../../report/compute';
import type { Template } from '../../report/template';
import { formatNumber } from '../../ui/format';
import { useMessages } from '../messages-context';
import { summaryOf } from './summary';

const useStyles = makeStyles({
  groups: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  heading: { margin: `0 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  table: { width: '100%', borderCollapse: 'collapse' },
  row: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  label: {
    textAlign: 'left',
    fontWeight: tokens.fontWeightRegular,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXS} 0`,
  },
  value: {
    textAlign: 'right',
    whiteSpace: 'nowrap',
    fontVariantNumeric: 'tabular-nums',
    verticalAlign: 'top',
    padding: `${tokens.spacingVerticalXS} 0`,
  },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  unknown: { whiteSpace: 'normal', color: tokens.colorPaletteRedForeground1 },
});

/** The report's key numbers, each beside its name in the form. */
export function SummaryView({ template, computed }: { readonly template: Template; readonly computed: Computed }): JSX.Element {
  const m = useMessages();
  const styles = useStyles();
  return (
    <div className={styles.groups}>
      <p className={styles.intro}>{m.sammendrag.intro}</p>
      {summaryOf(template, computed).map((group) => (
        <section key={group.title} aria-label={group.title}>
          <h3 className={styles.heading}>{group.title}</h3>
          <table className={styles.table}>
            <tbody>
              {group.items.map((item) => (
                <tr key={item.id} className={styles.row} data-summary={item.id}>
                  <th scope="row" className={styles.label}>
                    {item.label}
                  </th>
                  <td className={item.value === null ? styles.unknown : styles.value}>
                    {item.value === null ? m.sammendrag.notANumber : formatNumber(item.value)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}
