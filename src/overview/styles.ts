/** Looks the views share: plain tables that print well, numbers aligned, and what print leaves out. */
import { makeStyles, tokens } from '@fluentui/react-components';

export const useTableStyles = makeStyles({
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    marginBottom: tokens.spacingVerticalL,
    fontSize: tokens.fontSizeBase300,
    '@media print': { fontSize: '9pt', breakInside: 'auto' },
  },
  caption: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
  cell: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    verticalAlign: 'top',
    textAlign: 'left',
    '@media print': { breakInside: 'avoid' },
  },
  head: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground3 },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  computed: { fontStyle: 'italic' },
  total: { fontWeight: tokens.fontWeightSemibold },
  text: { whiteSpace: 'pre-wrap', overflowWrap: 'break-word' },
  /** A row's label or a table's first column: room for the form's long labels, also on paper. */
  label: { minWidth: '12rem', '@media print': { minWidth: '30mm' } },
  empty: { color: tokens.colorNeutralForeground3 },
});

export const usePageStyles = makeStyles({
  noPrint: { '@media print': { display: 'none' } },
  muted: { color: tokens.colorNeutralForeground2 },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'end' },
  heading: { marginTop: tokens.spacingVerticalL, marginBottom: tokens.spacingVerticalS },
});
