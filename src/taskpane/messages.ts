/**
 * Every text the task pane shows, in bokmål. Components take their words only from here (through
 * `useMessages`), so nynorsk is one more object of type `Messages` given to PaneApp at start, not edits
 * all over the components. The findings' sentences come from the domain (src/report/messages.ts), what
 * Excel refused and the status line from src/excel.
 */
import { formatNumber } from '../ui/format';

/** "1 feil", "2 feil"; "1 advarsel", "2 advarsler". */
const counted = (n: number, one: string, many: string): string => `${formatNumber(n)} ${n === 1 ? one : many}`;

export const nb = {
  appName: 'BOSO-rapport',
  starting: 'Starter BOSO-rapport …',
  notInExcel: 'BOSO-rapport virker bare i Excel. Åpne tillegget fra fanen Hjem i Excel, gruppen BOSO-rapport.',
  loading: 'Henter …',

  tabs: { mal: 'Mal', kontroll: 'Kontroll', sammendrag: 'Sammendrag', sendInn: 'Send inn', innstillinger: 'Innstillinger' },
  tabsLabel: 'Deler av BOSO-rapport',

  report: (year: number | undefined, kommune: string | undefined) =>
    [year === undefined ? 'Årsrapport' : `Årsrapport ${year}`, kommune].filter((p) => p !== undefined).join(' – '),

  mal: {
    heading: 'Sett inn årsrapporten',
    intro: 'Velg år og kommune. Malen settes inn som egne ark i denne arbeidsboken, med generell informasjon fylt ut.',
    year: 'Rapporteringsår',
    kommune: 'Kommune',
    kommunePlaceholder: 'Skriv navn eller nummer, f.eks. Gjø eller 0502',
    kommuneHint: (year: number) => `Kommunene slik de var 1. januar ${year}.`,
    noKommune: (query: string, year: number) => `Ingen kommune i ${year} passer «${query}». Sjekk stavemåten eller året.`,
    moreKommuner: (n: number) => `${counted(n, 'kommune', 'kommuner')} til passer. Skriv mer for å snevre inn.`,
    bydel: 'Bydel',
    bydelHint: 'Bare for bydeler i Oslo som rapporterer selv.',
    helKommune: 'Hele Oslo (ingen bydel)',
    undoWarning: 'Når malen settes inn, tømmer Excel angreloggen: det du har gjort før, kan ikke angres etterpå.',
    insert: 'Sett inn malen',
    inserting: 'Setter inn malen …',
    chooseKommune: 'Velg en kommune først.',
    present: (year: number | undefined, kommune: string | undefined) =>
      `Arbeidsboken har allerede årsrapporten${year === undefined ? '' : ` for ${year}`}${kommune === undefined ? '' : ` for ${kommune}`}.`,
    goToReport: 'Gå til rapporten',
    namesTaken: (names: readonly string[]) =>
      `${names.length === 1 ? 'Arket' : 'Arkene'} ${names.map((n) => `«${n}»`).join(', ')} finnes allerede i arbeidsboken. ` +
      'Malen setter ikke inn noe over dine egne ark.',
    freeNames: 'Malen kan settes inn med disse navnene i stedet:',
    insertWithFreeNames: 'Sett inn med disse navnene',
  },

  kontroll: {
    checkNow: 'Kontroller nå',
    checking: 'Kontrollerer …',
    noErrors: 'Ingen feil',
    noErrorsDetail: 'Rapporten kan sendes inn.',
    noErrorsButRequired: (n: number) =>
      `Fyll ut ${n === 1 ? 'feltet' : `de ${formatNumber(n)} feltene`} som er merket «Må fylles ut», så kan rapporten sendes inn.`,
    nothingLeft: 'Alt er fylt ut, og kontrollen fant ingenting å rette.',
    summary: (errors: number, warnings: number) =>
      errors === 0 && warnings === 0
        ? 'Ingen feil eller advarsler.'
        : errors === 0
          ? `Ingen feil, ${counted(warnings, 'advarsel', 'advarsler')}.`
          : `${counted(errors, 'feil', 'feil')}, ${warnings === 0 ? 'ingen advarsler' : counted(warnings, 'advarsel', 'advarsler')}.`,
    errorBadge: (n: number) => counted(n, 'feil', 'feil'),
    remainingCount: (n: number, required: number) =>
      `${counted(n, 'felt', 'felt')} gjenstår å fylle ut${required > 0 ? `, ${formatNumber(required)} av dem før rapporten kan sendes inn` : ''}.`,
    sectionCounts: (errors: number, warnings: number) =>
      [errors > 0 ? counted(errors, 'feil', 'feil') : undefined, warnings > 0 ? counted(warnings, 'advarsel', 'advarsler') : undefined]
        .filter((p) => p !== undefined)
        .join(', '),
    severity: { feil: 'Feil', advarsel: 'Advarsel' },
    remaining: 'Gjenstår å fylle ut',
    remainingIntro: 'Felt som er tomme. De som må fylles ut før rapporten kan sendes inn, er merket «Må fylles ut».',
    required: 'Må fylles ut',
    cells: (n: number) => (n === 1 ? 'Celle' : 'Celler'),
    showCells: 'Vis i arket',
    comparison: { difference: 'Forskjell' },
    restoreFormulas: (n: number) => `${counted(n, 'formel er', 'formler er')} skrevet over.`,
    restoreFormulasButton: 'Gjenopprett formler',
    convertNumbers: (n: number) => `${counted(n, 'celle har', 'celler har')} et tall skrevet som tekst.`,
    convertNumbersButton: 'Gjør om til tall',
    checkedAt: (time: string) => `Sist kontrollert ${time}.`,
  },

  sammendrag: {
    intro: 'De samme tallene som formlene i arket viser, regnet ut fra det som står i rapporten nå.',
    notANumber: 'Kan ikke regnes ut: en celle inneholder noe som ikke er et tall.',
  },

  sendInn: {
    noConnection: 'Legg inn adressen til innsamlingstjenesten og kommunens token under Innstillinger før du sender inn.',
    toSettings: 'Gå til Innstillinger',
    refused: (n: number) => `Rapporten kan ikke sendes inn før ${n === 1 ? 'feilen' : `de ${formatNumber(n)} feilene`} under er rettet. Trykk på en feil for å se cellene.`,
    warnings: (n: number) => `Rapporten har ${counted(n, 'advarsel', 'advarsler')}. Se på ${n === 1 ? 'den' : 'dem'}, og forklar i kommentarfeltene det som trenger en forklaring.`,
    confirm: 'Jeg har sett på advarslene og forklart det som trenger forklaring i kommentarfeltene.',
    back: 'Tilbake til Kontroll',
    ready: 'Kontrollen fant ingen feil. Rapporten kan sendes inn til Husbanken.',
    send: 'Send inn',
    sending: 'Sender inn …',
    receiptTitle: 'Rapporten er sendt inn',
    receipt: (version: number, at: string) => `Husbanken tok imot versjon ${version} ${at}.`,
    receiptId: (id: string) => `Kvittering: ${id}`,
    serverWarnings: 'Husbanken la til disse advarslene:',
    sentBefore: (at: string, version: number) => `Sendt inn ${at}, versjon ${version}.`,
    changedSince: 'Endret etter innsending: det som står i arket nå, er ikke det Husbanken har. Send inn på nytt for å gi Husbanken endringene.',
    unchangedSince: 'Arket har det samme som Husbanken fikk.',
    waiting: (at: string) => `Innsamlingstjenesten svarer ikke nå. Rapporten er tatt vare på og sendes automatisk på nytt ${at} så lenge tillegget er åpent. Ingenting av det du har skrevet, går tapt.`,
    busy: (status: number) => `Innsamlingstjenesten har en feil (${status}). Rapporten er tatt vare på og sendes på nytt.`,
    retryNow: 'Prøv nå',
    cancel: 'Avbryt innsendingen',
    cancelled: 'Innsendingen er avbrutt. Rapporten i arket er som før.',
    rejected: (status: number) => `Innsamlingstjenesten tok ikke imot rapporten (${status}). Rett det som står over, og send inn på nytt.`,
    rejectedUnknown: (status: number) => `Innsamlingstjenesten svarte ${status}. Kontroller adressen under Innstillinger.`,
    notWritten: (message: string) => `Husbanken har tatt imot rapporten, men kvitteringen kunne ikke skrives i arbeidsboken: ${message} Den skrives når tillegget prøver igjen.`,
    otherWorkbook: 'En innsending venter på at arbeidsboken med den rapporten blir åpnet igjen.',
  },

  lastYear: {
    heading: 'Fjorårets tall',
    intro: 'Henter status pr. 31.12 fra fjorårets godkjente rapport til status pr. 01.01 i 1.1, og programårene som alt er rapportert i 5.2.',
    fetch: 'Hent fjorårets tall',
    fetching: 'Henter …',
    nothing: 'Fjorårets rapport har ingenting å fylle inn som ikke alt står i arket.',
    changedMeanwhile: 'Arket er endret siden listen ble laget, og ingenting er skrevet inn. Se over den nye listen før du skriver inn.',
    willWrite: (n: number) => `${counted(n, 'celle', 'celler')} fylles inn:`,
    replaces: (value: string) => `erstatter ${value}`,
    overwriteQuestion: (n: number) => `${counted(n, 'celle er', 'celler er')} ikke tomme. Vil du skrive over ${n === 1 ? 'den' : 'dem'}?`,
    writeAll: 'Skriv inn alle',
    writeEmpty: 'Bare tomme celler',
    write: 'Skriv inn',
    cancel: 'Avbryt',
    written: (n: number) => `${counted(n, 'celle', 'celler')} fylt inn. Angre i Excel (Ctrl+Z) tar alt tilbake i ett steg.`,
  },

  innstillinger: {
    heading: 'Tilkobling til Husbanken',
    endpoint: 'Adressen til innsamlingstjenesten',
    endpointHint: 'Husbanken oppgir adressen, f.eks. https://boso.husbanken.no.',
    token: 'Kommunens token',
    tokenHint: 'Tokenet lagres bare i tillegget på denne maskinen, aldri i arbeidsboken.',
    save: 'Lagre',
    saved: 'Lagret.',
    test: 'Test tilkobling',
    testing: 'Tester …',
    badEndpoint: 'Adressen må begynne med https:// (eller http:// på egen maskin), f.eks. https://boso.husbanken.no.',
    noToken: 'Lim inn tokenet kommunen har fått fra Husbanken.',
    ok: (kommunenummer: string | undefined) =>
      kommunenummer === undefined ? 'Tilkoblingen virker (Husbankens token).' : `Tilkoblingen virker. Tokenet gjelder kommune ${kommunenummer}.`,
    unreachable: 'Får ikke kontakt med innsamlingstjenesten. Kontroller adressen og nettforbindelsen, eller prøv igjen senere.',
    serverError: (status: number) => `Innsamlingstjenesten har en feil (${status}). Prøv igjen senere.`,
    badToken: 'Tokenet er ukjent eller trukket tilbake. Kontroller at hele tokenet er med, eller be Husbanken om et nytt.',
    otherKommune: (tokenFor: string, report: string) =>
      `Tokenet gjelder kommune ${tokenFor}, men rapporten i arbeidsboken er for ${report}. Bruk tokenet til kommunen rapporten gjelder.`,
    refused: (status: number) => `Innsamlingstjenesten svarte ${status}. Kontroller adressen.`,
  },

  cellLabel: {
    comment: (of: string) => `Kommentar til ${of}`,
    tableRow: (column: string, table: string, row: number | 'sum') => `${column}, ${row === 'sum' ? 'sumraden' : `rad ${row}`} i ${table}`,
    sumOf: (names: readonly string[]) => names.join(' + '),
  },
};

export type Messages = typeof nb;
