import { Badge, Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Finding } from '../../report/findings';
import type { Template } from '../../report/template';
import { formatNumber } from '../../ui/format';
import { cellName, placeName, sumName } from '../cell-names';
import { useMessages } from '../messages-context';
import { arrangeFindings, type FindingGroup } from './arrange';
import { comparisonOf } from './comparison';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  counts: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2 },
  items: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  card: {
    padding: tokens.spacingVerticalS + ' ' + tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderLeftWidth: tokens.strokeWidthThickest,
    backgroundColor: tokens.colorNeutralBackground1,
    cursor: 'pointer',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    overflowWrap: 'anywhere',
  },
  feil: { borderLeftColor: tokens.colorPaletteRedBorderActive },
  advarsel: { borderLeftColor: tokens.colorPaletteDarkOrangeBorderActive },
  message: { margin: 0 },
  meta: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  comparison: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  comparisonLabel: { textAlign: 'left', fontWeight: tokens.fontWeightRegular, paddingRight: tokens.spacingHorizontalS },
  comparisonValue: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap', verticalAlign: 'top' },
  difference: { fontWeight: tokens.fontWeightSemibold },
  remainingItem: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  remainingButton: { justifyContent: 'flex-start', textAlign: 'left', minWidth: 0, paddingLeft: 0, fontWeight: tokens.fontWeightRegular },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

export interface FindingListProps {
  readonly template: Template;
  readonly findings: readonly Finding[];
  /** Where a field is in the workbook ('1 Hovedmål'!D12), when the report was read with addresses. */
  readonly addressOf?: (field: string) => string | undefined;
  /** Select the finding's cells in the workbook. */
  readonly onSelect: (finding: Finding) => void;
}

function Comparison({ template, finding }: { readonly template: Template; readonly finding: Finding }): JSX.Element | null {
  const m = useMessages();
  const styles = useStyles();
  const comparison = comparisonOf(template, finding);
  if (comparison === undefined) return null;
  const rows = [
    { label: sumName(template, comparison.left.cells, m), value: comparison.left.value, strong: false },
    { label: sumName(template, comparison.right.cells, m), value: comparison.right.value, strong: false },
    { label: m.kontroll.comparison.difference, value: comparison.difference, strong: true },
  ];
  return (
    <table className={styles.comparison}>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label} className={row.strong ? styles.difference : undefined}>
            <th scope="row" className={styles.comparisonLabel}>
              {row.label}
            </th>
            <td className={styles.comparisonValue}>{formatNumber(row.value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function FindingCard({ finding, ...props }: Omit<FindingListProps, 'findings'> & { readonly finding: Finding }): JSX.Element {
  const m = useMessages();
  const styles = useStyles();
  const cells = finding.fields.map((field) => {
    const address = props.addressOf?.(field);
    const name = cellName(props.template, field, m);
    return address === undefined ? name : `${address} (${name})`;
  });
  return (
    // The card is clickable with the mouse; the button inside it does the same for the keyboard.
    <div className={mergeClasses(styles.card, styles[finding.severity])} onClick={() => props.onSelect(finding)}>
      <div>
        <Badge appearance="tint" color={finding.severity === 'feil' ? 'danger' : 'warning'}>
          {m.kontroll.severity[finding.severity]}
        </Badge>
      </div>
      <p className={styles.message}>{finding.message}</p>
      <Comparison template={props.template} finding={finding} />
      <p className={styles.meta}>
        {m.kontroll.cells(cells.length)}: {cells.join('; ')}
      </p>
      <div>
        <Button
          size="small"
          onClick={(event) => {
            event.stopPropagation();
            props.onSelect(finding);
          }}
        >
          {m.kontroll.showCells}
        </Button>
      </div>
    </div>
  );
}

const groupTitle = (group: FindingGroup): string => group.section?.title ?? '';

/**
 * The findings of a check: what is wrong, by section of the form, feil first; then what is still empty.
 * The counts are a live region, so a screen reader hears when they change.
 */
export function FindingList(props: FindingListProps): JSX.Element {
  const m = useMessages();
  const styles = useStyles();
  const arranged = arrangeFindings(props.template, props.findings);
  return (
    <div className={styles.list}>
      <p role="status" className={styles.message}>
        {m.kontroll.summary(arranged.errors, arranged.warnings)}
        {arranged.remainingCount > 0 ? ` ${m.kontroll.remainingCount(arranged.remainingCount, arranged.requiredCount)}` : ''}
      </p>
      {arranged.errors === 0 ? (
        <MessageBar intent="success">
          <MessageBarBody>
            <MessageBarTitle>{m.kontroll.noErrors}</MessageBarTitle>
            {arranged.requiredCount > 0
              ? m.kontroll.noErrorsButRequired(arranged.requiredCount)
              : arranged.warnings === 0 && arranged.remainingCount === 0
                ? m.kontroll.nothingLeft
                : m.kontroll.noErrorsDetail}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {arranged.problems.map((group) => (
        <section key={groupTitle(group)} aria-label={groupTitle(group)}>
          <h3 className={styles.heading}>
            {groupTitle(group)} <span className={styles.counts}>({m.kontroll.sectionCounts(group.errors, group.warnings)})</span>
          </h3>
          <ul className={styles.items}>
            {group.findings.map((finding, i) => (
              <li key={`${finding.rule}-${finding.fields.join(',')}-${i}`}>
                <FindingCard {...props} finding={finding} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      {arranged.remaining.length > 0 ? (
        <section aria-label={m.kontroll.remaining}>
          <h3 className={styles.heading}>
            {m.kontroll.remaining} <span className={styles.counts}>({formatNumber(arranged.remainingCount)})</span>
          </h3>
          <p className={styles.meta}>{m.kontroll.remainingIntro}</p>
          {arranged.remaining.map((group) => (
            <div key={groupTitle(group)}>
              <h4 className={styles.subheading}>{groupTitle(group)}</h4>
              <ul className={styles.items}>
                {group.findings.map((finding, i) => (
                  <li key={`${finding.rule}-${finding.fields.join(',')}-${i}`} className={styles.remainingItem}>
                    <Button
                      appearance="transparent"
                      size="small"
                      className={styles.remainingButton}
                      onClick={() => props.onSelect(finding)}
                    >
                      {placeName(props.template, finding.fields, m)}
                    </Button>
                    {finding.severity === 'feil' ? (
                      <Badge appearance="outline" color="danger">
                        {m.kontroll.required}
                      </Badge>
                    ) : null}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ) : null}
    </div>
  );
}
