/**
 * The indicator rules of boso-arsrapport 2013 (shared/spec/rules.md), as data. Ids and severities are
 * the spec's; an id with two conditions is two entries. Findings keep the order of this list within a
 * section of the form.
 *
 * Empty counts are "not reported": a comparison is made only when both sides hold a number, and a
 * side that sums several cells counts an empty one as 0 as long as one of them is filled in (H11-01
 * with A and B filled in and C empty compares with A + B; with A, B and C all empty it compares
 * nothing). Empty amounts are 0, as in the sheet's avvik: a budget with no accounts deviates by all of it.
 */
import type { RuleDef } from '../rules/definitions';

const REPORT_YEAR = 'rapporteringsar';
const H11_COUNTS = ['status0101', 'status3112', 'resultat'] as const;
const OKONOMI_AMOUNTS = ['budsjett', 'budsjett_hb', 'regnskap_hb', 'regnskap_egen', 'regnskap_annen'] as const;
const PERIODE_AMOUNTS = ['tilskudd_hb', 'egenfinansiering', 'annen', 'overfort'] as const;
const STARTLAN = ['c1_fullfinansierte', 'c1_samfinansierte'] as const;
const COUNTS = ['antall'] as const;
const AMOUNTS = ['kroner'] as const;

export const arsrapport2013Rules: readonly RuleDef[] = [
  // GEN — general information
  { id: 'GEN-01', severity: 'feil', kind: 'notEmpty', cells: { required: true } },
  { id: 'GEN-02', severity: 'feil', kind: 'municipalityNumber', field: 'kommunenummer', name: 'kommunenavn', year: REPORT_YEAR },
  {
    id: 'GEN-03',
    severity: 'advarsel',
    kind: 'municipalityName',
    field: 'kommunenavn',
    number: 'kommunenummer',
    year: REPORT_YEAR,
  },
  { id: 'GEN-04', severity: 'feil', kind: 'yearRange', field: REPORT_YEAR, from: 2009 },
  { id: 'GEN-05', severity: 'feil', kind: 'date', field: 'rapporteringsdato' },
  {
    id: 'GEN-06',
    severity: 'advarsel',
    kind: 'dateLimit',
    field: 'rapporteringsdato',
    year: REPORT_YEAR,
    bound: 'notBefore',
    limit: { day: 31, month: 12, yearsAfter: 0 },
  },
  {
    id: 'GEN-07',
    severity: 'advarsel',
    kind: 'dateLimit',
    field: 'rapporteringsdato',
    year: REPORT_YEAR,
    bound: 'notAfter',
    limit: 'deadline',
  },
  { id: 'GEN-08', severity: 'feil', kind: 'listItems', field: 'epost', format: 'epost', separators: '/;, ' },
  { id: 'GEN-09', severity: 'advarsel', kind: 'listItems', field: 'telefon', format: 'telefon', separators: '/' },
  { id: 'GEN-10', severity: 'feil', kind: 'district', field: 'bydel', number: 'kommunenummer' },

  // NUM — every antall cell (single fields, 1.1, C.1, C.2); NUM-04 also every amount
  { id: 'NUM-01', severity: 'feil', kind: 'numberCell', cells: { valueKinds: COUNTS }, check: 'number' },
  { id: 'NUM-02', severity: 'feil', kind: 'numberCell', cells: { valueKinds: COUNTS }, check: 'whole' },
  { id: 'NUM-03', severity: 'feil', kind: 'numberCell', cells: { valueKinds: COUNTS }, check: 'nonNegative' },
  // Every count and every amount of okonomi and periode: the sheet's own sums leave a number written as text out.
  { id: 'NUM-04', severity: 'advarsel', kind: 'numberCell', cells: { valueKinds: [...COUNTS, ...AMOUNTS] }, check: 'notText' },

  // H11 — 1.1 Anskaffe og beholde bolig
  {
    id: 'H11-01',
    severity: 'feil',
    kind: 'notGreaterThan',
    part: 'barnefamilier',
    whole: ['a', 'b', 'c'],
    in: { eachColumnOf: 'h11', columns: H11_COUNTS },
  },
  {
    id: 'H11-02',
    severity: 'advarsel',
    kind: 'changeNeedsComment',
    change: 'endring',
    comment: 'kommentar',
    minPercent: 50,
    minChange: 5,
    unit: 'husstander',
    in: { eachRowOf: 'h11' },
  },
  { id: 'H11-03', severity: 'advarsel', kind: 'anyFilled', terms: H11_COUNTS, in: { eachRowOf: 'h11' } },

  // C1, C2 — C.1 and C.2
  { id: 'C1-01', severity: 'feil', kind: 'notGreaterThan', part: 'c1_fastrente', whole: ['c1_fullfinansierte'] },
  {
    id: 'C1-02',
    severity: 'advarsel',
    kind: 'notGreaterThan',
    part: 'c1_startlan_tilskudd',
    whole: STARTLAN,
    comment: 'c1_startlan_tilskudd_kommentar',
  },
  {
    id: 'C1-03',
    severity: 'advarsel',
    kind: 'notGreaterThan',
    part: 'c1_overgang_eie',
    whole: STARTLAN,
    comment: 'c1_overgang_eie_kommentar',
  },
  { id: 'C1-04', severity: 'advarsel', kind: 'requiredWith', field: 'c1_bostotte_maned', when: ['c1_bostotte'] },
  { id: 'C1-04', severity: 'advarsel', kind: 'yearInText', field: 'c1_bostotte_maned', year: REPORT_YEAR, yearsAfter: 1 },
  {
    id: 'C2-01',
    severity: 'advarsel',
    kind: 'notGreaterThan',
    part: ['c2_fremskaffet_boligtilskudd', 'c2_fremskaffet_investeringstilskudd'],
    whole: ['c2_kommunale_boliger'],
    comment: 'c2_kommunale_boliger_kommentar',
  },
  {
    id: 'C2-02',
    severity: 'advarsel',
    kind: 'notGreaterThan',
    part: 'c2_nye_tildelinger',
    whole: ['c2_nye_soknader'],
    comment: 'c2_nye_tildelinger_kommentar',
  },

  // TXT — every free-text section
  { id: 'TXT-01', severity: 'advarsel', kind: 'notEmpty', cells: { textSections: true } },

  // OKO — 5. Økonomi
  { id: 'OKO-01', severity: 'feil', kind: 'numberCell', cells: { valueKinds: AMOUNTS }, check: 'number' },
  { id: 'OKO-02', severity: 'feil', kind: 'numberCell', cells: { valueKinds: AMOUNTS }, check: 'nonNegative' },
  {
    id: 'OKO-03',
    severity: 'feil',
    kind: 'notGreaterThan',
    part: 'budsjett_hb',
    whole: ['budsjett'],
    in: { eachRowOf: 'okonomi' },
  },
  {
    id: 'OKO-04',
    severity: 'feil',
    kind: 'requiredWith',
    field: 'aktivitet',
    when: OKONOMI_AMOUNTS,
    in: { eachRowOf: 'okonomi' },
  },
  { id: 'OKO-05', severity: 'feil', kind: 'computedIntact' },
  {
    id: 'OKO-06',
    severity: 'advarsel',
    kind: 'changeNeedsComment',
    change: 'avvik_totalt',
    comment: 'kommentar',
    minPercent: 10,
    minChange: 50_000,
    unit: 'kroner',
    in: { eachRowOf: 'okonomi' },
  },
  {
    id: 'OKO-07',
    severity: 'advarsel',
    kind: 'matchesTotals',
    table: 'periode',
    key: 'ar',
    year: REPORT_YEAR,
    totalsOf: 'okonomi',
    pairs: [
      { column: 'tilskudd_hb', total: 'regnskap_hb' },
      { column: 'egenfinansiering', total: 'regnskap_egen' },
      { column: 'annen', total: 'regnskap_annen' },
    ],
  },
  { id: 'OKO-08', severity: 'feil', kind: 'uniqueInColumn', table: 'periode', column: 'ar' },
  { id: 'OKO-08', severity: 'feil', kind: 'requiredWith', field: 'ar', when: PERIODE_AMOUNTS, in: { eachRowOf: 'periode' } },

  // HIS — across submissions (the server passes the history in the validation context)
  {
    id: 'HIS-01',
    severity: 'advarsel',
    kind: 'continuesPrevious',
    current: 'status0101',
    previous: 'status3112',
    year: REPORT_YEAR,
    in: { eachRowOf: 'h11' },
  },
  { id: 'HIS-02', severity: 'advarsel', kind: 'alreadyAccepted', fields: ['kommunenummer', REPORT_YEAR], year: REPORT_YEAR },
];
