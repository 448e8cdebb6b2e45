/** Every text of Husbanken's overview page, in bokmål. Findings keep the domain's own sentences. */
import { formatNumber } from '../ui/format';

const counted = (n: number, one: string, many: string): string => `${formatNumber(n)} ${n === 1 ? one : many}`;

export const m = {
  appName: 'BOSO-rapport – oversikt for Husbanken',
  loading: 'Henter …',
  nav: { label: 'Hovedmeny', year: 'Årsoversikt', totals: 'Nasjonale tall', logout: 'Logg ut' },

  login: {
    heading: 'Logg inn',
    intro: 'Lim inn Husbankens admin-token. Det huskes bare i denne fanen og glemmes når du lukker den.',
    token: 'Admin-token',
    submit: 'Logg inn',
    checking: 'Sjekker tokenet …',
    empty: 'Lim inn tokenet før du logger inn.',
    refused: 'Serveren tar ikke lenger imot tokenet (det kan være trukket tilbake). Lim inn et gyldig admin-token.',
    municipality:
      'Dette er et kommunetoken. Oversikten er bare for Husbanken: lim inn et admin-token. Kommunene ser sine egne rapporter i Excel-tillegget.',
  },

  year: {
    heading: (ar: number) => `Årsrapporter for ${ar}`,
    choose: 'Rapporteringsår',
    deadline: (day: string) => `Frist: ${day}`,
    delivered: (levert: number, deltakere: number) => `${formatNumber(levert)} av ${counted(deltakere, 'kommune', 'kommuner')} har levert.`,
    late: (n: number) => `${counted(n, 'rapport', 'rapporter')} kom etter fristen.`,
    search: 'Søk etter kommune eller bydel',
    status: 'Vis',
    statuses: { alle: 'Alle', levert: 'Har levert', mangler: 'Har ikke levert', sent: 'Levert etter fristen' },
    columns: { kommune: 'Kommune', status: 'Status', versjon: 'Versjon', mottatt: 'Sist mottatt', advarsler: 'Advarsler' },
    tableLabel: (ar: number) => `Kommunene i programmet og rapportene deres for ${ar}`,
    notDelivered: 'Ikke levert',
    delivered1: 'Levert',
    lateBadge: 'Etter fristen',
    shown: (n: number, all: number) => `Viser ${formatNumber(n)} av ${formatNumber(all)}.`,
    none: 'Ingen kommuner passer søket.',
    noParticipants: 'Ingen kommuner deltar dette året: ingen har kommunetoken eller har levert.',
    exportXlsx: 'Last ned eksport (Excel)',
    exportCsv: 'Last ned eksport (CSV)',
    totals: 'Se nasjonale tall',
  },

  report: {
    heading: (ar: number, kommune: string) => `Årsrapport ${ar} – ${kommune}`,
    version: (n: number) => `Versjon ${formatNumber(n)}`,
    received: (when: string) => `Mottatt ${when}`,
    print: 'Skriv ut eller lagre som PDF',
    download: 'Last ned som Excel',
    back: (ar: number) => `Tilbake til ${ar}`,
    versions: 'Versjoner',
    versionColumn: 'Versjon',
    receivedColumn: 'Mottatt',
    versionsLabel: 'Alle versjoner av rapporten',
    compareWith: 'Sammenlign med versjon',
    compare: 'Vis endringer',
    thisVersion: 'Denne versjonen',
    show: 'Vis',
    findings: 'Advarsler rapporten ble godtatt med',
    noFindings: 'Rapporten ble godtatt uten advarsler.',
    empty: 'Ikke fylt ut',
    noRows: 'Ingen rader er fylt ut.',
    total: 'Sum',
    field: 'Felt',
    value: 'Svar',
    late: 'Etter fristen',
  },

  changes: {
    heading: (from: number, to: number) => `Endringer fra versjon ${from} til versjon ${to}`,
    none: 'Versjonene er like: ingen felt er endret.',
    count: (n: number) => `${counted(n, 'felt', 'felt')} er endret.`,
    field: 'Felt',
    from: (n: number) => `Versjon ${n}`,
    to: (n: number) => `Versjon ${n}`,
    whole: 'Vis hele rapporten',
    label: (from: number, to: number) => `Felt som er endret fra versjon ${from} til ${to}`,
  },

  totals: {
    heading: (ar: number) => `Nasjonale tall for ${ar}`,
    intro: (n: number) => `Summen av siste versjon av ${counted(n, 'rapport', 'rapporter')}.`,
    reports: 'Rapporter med tall',
    sum: 'Sum',
    chartsLoading: 'Tegner diagrammer …',
    chartOf: (title: string) => `Diagram: ${title}. Tallene står i tabellen under.`,
    budget: 'Budsjett',
    accounts: 'Regnskap',
  },
} as const;

export type Messages = typeof m;
