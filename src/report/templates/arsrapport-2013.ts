import type { Block, CountRowDef, FieldDef, Template } from '../template';
import { arsrapport2013Rules } from './arsrapport-2013-rules';

/** Texts are the official template's own wording (shared/spec/arsrapport.md); keep them verbatim. */

const KARTLEGGING = '(Jfr. kategorier for kartlegging av bostedsløse og vanskeligstilte.)';
const BESKRIV = 'Beskriv innsats og resultatoppnåelse';

const text = (id: string, label: string, help?: string, prompt?: string): Block => ({
  type: 'text',
  field: help === undefined ? { id, label, kind: 'tekst' } : { id, label, kind: 'tekst', help },
  ...(prompt === undefined ? {} : { prompt }),
});

const countRow = (id: string, label: string): CountRowDef => ({
  field: { id, label, kind: 'antall' },
  commentId: `${id}_kommentar`,
});

const generelt: readonly FieldDef[] = [
  { id: 'programnavn', label: 'Programnavn', kind: 'tekst', required: true },
  { id: 'kommunenummer', label: 'Kommunenummer', kind: 'kommunenummer', required: true },
  { id: 'kommunenavn', label: 'Kommune', kind: 'tekst', required: true },
  { id: 'bydel', label: 'Bydel (bare for bydeler i Oslo som rapporterer selv)', kind: 'tekst' },
  { id: 'programleder', label: 'Programleder', kind: 'tekst', required: true },
  { id: 'programansvarlig', label: 'Programansvarlig', kind: 'tekst' },
  { id: 'programstart', label: 'Programstart', kind: 'tekst' },
  {
    id: 'rapporteringsar',
    label: 'Rapporteringsår',
    kind: 'aar',
    required: true,
    note: 'Rapporteringen gjelder for programåret',
  },
  { id: 'rapporteringsdato', label: 'Rapporteringsdato', kind: 'dato', required: true },
  { id: 'utfylt_av', label: 'Utfylt av', kind: 'tekst', required: true },
  { id: 'telefon', label: 'Telefon', kind: 'tekst' },
  { id: 'epost', label: 'E-post', kind: 'tekst', required: true },
];

export const arsrapport2013: Template = {
  id: 'boso-arsrapport',
  version: '2013',
  title: 'Årsrapport – Boligsosialt utviklingsprogram',
  deadline: { day: 28, month: 2 },
  rules: arsrapport2013Rules,
  sections: [
    {
      id: 'generelt',
      sheetName: '0 Generelt',
      title: '0. Generell programinformasjon',
      blocks: [
        { type: 'note', text: 'Frist: Rapporteringen leveres innen 28.02 hvert år.' },
        {
          type: 'note',
          text:
            'Rapporteringen skal: dokumentere og formidle resultater og metodikk i Boligsosialt ' +
            'utviklingsprogram overfor oppdragsgivere lokalt og sentralt, andre kommuner og aktører utenfor ' +
            'programmet; være et styringsverktøy og dokumentasjonsgrunnlag for drøfting av strategivalg, ' +
            'framdrift og økonomi mellom oppdragsgivere og programledelse lokalt i den enkelte kommune og ' +
            'sentralt i Husbanken. Rapporteringen danner grunnlag for videreutvikling av programmet lokalt ' +
            'og sentralt, og for politikkutforming; danne grunnlag for oppfølgingsmøte av samarbeidsavtalen ' +
            'og program- og aktivitetsplan mellom oppdragsgivere – politisk/administrativ ledelse i kommunen ' +
            'og Husbanken. Møtet holdes i kommunene.',
        },
        { type: 'fields', fields: generelt },
      ],
    },
    {
      id: 'hovedmal',
      sheetName: '1 Hovedmål',
      title: '1. Rapportering på hovedmål',
      blocks: [
        { type: 'note', text: 'Hovedmål: Flere vanskeligstilte på boligmarkedet har egnede boliger' },
        { type: 'heading', text: '1.1 Anskaffe og beholde bolig' },
        {
          type: 'grid',
          id: 'h11',
          columns: [
            { id: 'status0101', header: 'Status behov pr. 01.01.{rapporteringsar}', kind: 'antall' },
            { id: 'status3112', header: 'Status behov pr. 31.12.{rapporteringsar}', kind: 'antall' },
            {
              id: 'resultat',
              header: 'Resultat: Antall husstander som har fått egnet bolig i løpet av året',
              kind: 'antall',
            },
            {
              id: 'endring',
              header: 'Endring i behov (31.12 − 01.01)',
              kind: 'beregnet',
              formula: { op: 'difference', minuend: 'status3112', subtrahend: 'status0101' },
            },
            { id: 'kommentar', header: 'Eventuelle kommentarer', kind: 'tekst' },
          ],
          columnHelp: [
            {
              columns: ['status0101', 'status3112', 'resultat', 'endring'],
              text:
                'Formålet med disse kolonnene er å vise til en utvikling/resultat i lys av behov. Tallene i ' +
                'kolonnen vil ikke nødvendigvis være sammenfallende med resultat fra kolonnene til venstre.',
            },
            {
              columns: ['kommentar'],
              text:
                'Opplysninger knyttet til behov og resultater som belyser tallmaterialet nærmere, eksempelvis ' +
                'om det er spesielle målgrupper kommunen har prioritert. Her kan også inngå forklaringer på ' +
                'eventuell usikkerhet ved tallene, eller årsakssammenhenger. Som eksempelvis utvikling på ' +
                'boligmarked, endringer i regelverk og virkemiddelbruk etc.',
            },
          ],
          rows: [
            {
              id: 'a',
              label: 'A. Antall husstander uten eid eller leid bolig',
              help:
                'Dette omfatter husstander som bor ute, bor i akutt- og døgnovernatting, bor i krisesenter, bor ' +
                'i gjennomgangsbolig (midlertidig bolig), skal utskrives fra institusjon eller løslates fra ' +
                `fengsel innen 2 mnd., bor hos venner og kjente. ${KARTLEGGING}`,
            },
            {
              id: 'b',
              label: 'B. Antall husstander med fare for å miste boligen',
              help:
                'Dette omfatter husstander som er begjært utkastet, er uten gyldig leiekontrakt, har for høye ' +
                `boutgifter. ${KARTLEGGING}`,
            },
            {
              id: 'c',
              label: 'C. Antall husstander med uegnet bolig',
              help:
                'Dette omfatter husstander som bor i boliger med dårlig fysisk standard, som bor i boliger som ' +
                'ikke er utformet etter deres spesielle behov, eller som bor i for liten bolig. ' +
                KARTLEGGING,
            },
            { id: 'sum', label: 'Sum A–C', formula: { op: 'sum', terms: ['a', 'b', 'c'] } },
            {
              id: 'barnefamilier',
              label: 'Særskilt prioritert område: Antall barnefamilier med boligbehov',
              help: 'Gjelder samlet antall husstander i alle boligsituasjoner (A, B og C.)',
            },
          ],
        },
        text(
          'h11_samlet',
          'Samlet resultat innenfor 1.1',
          'Vurder samlet resultatoppnåelse i lys av overordna mål og strategier for boligsosialt ' +
            'utviklingsprogram: Er det spesielle tiltak/virkemidler som har bidratt til flere egnede boliger?',
        ),
        { type: 'heading', text: '1.2 Kvalitet på boliger, bomiljø og booppfølging' },
        text(
          'h12_tekst',
          '* Økt boligkvalitet * Bedre bomiljø * Økt kvalitet på bistand til boligsøkere og beboere',
          'Beskriv innsats og resultatoppnåelse innenfor ett eller flere av målområdene over som er spesielt ' +
            'relevant for kommunen. Dette kan være: Fysisk opprusting av boligmassen og forbedring fellesareal ' +
            'og uterom. Lokalisering/integrering av botilbud i egnede bomiljø. Nærmiljø- og bomiljøtiltak, ' +
            'vaktmestertjeneste, bomiljøarbeider mv. Oppfølging av boligsøker og beboere mv., ' +
            'innflyttingsrutiner, praktisk veiledning for å ta vare på boligen.',
        ),
      ],
    },
    {
      id: 'delmal',
      sheetName: '2 Delmål',
      title: '2. Rapportering på delmål',
      blocks: [
        {
          type: 'heading',
          text:
            'Delmål A – Kunnskapsrettet: Det boligsosiale arbeidet er kunnskapsbasert, utviklingsrettet, og ' +
            'av høy faglig kvalitet',
        },
        text(
          'a1',
          'A.1 Kunnskap om boligbehov',
          'Dette kan være kommunens arbeid med å få bedre oversikt over boligbehov, eks. systemer for å ' +
            'kartlegge vanskeligstilte gruppers boligbehov.',
          BESKRIV,
        ),
        text(
          'a2',
          'A.2 Kunnskap om bruk av boligsosiale virkemidler',
          'Dette gjelder alle boligsosiale virkemidler som kommunen rår over, og ikke eksempelvis kun ' +
            'økonomiske virkemidler.',
          BESKRIV,
        ),
        text(
          'a3',
          'A.3 Intern kompetanseheving',
          'Dette kan være ulike former for kompetanseutviklingsarbeid internt. For eksempel innsats og ' +
            'resultater med felles faglig plattform for boligsosialt arbeid, booppfølging (ev. i samarbeid ' +
            'med andre kommuner/aktører). Rekruttering for å dekke kompetansebehov i organisasjonen mv.',
          BESKRIV,
        ),
        text(
          'a4',
          'A.4 Annet arbeid med kunnskap og kompetanse (* Kunnskap om organisering av det boligsosiale ' +
            'arbeidet * Etablering av nettverk for kunnskaps- og erfaringsdeling * Eventuelt annet)',
          'Beskriv innsats og resultater i programåret innenfor ett eller flere av målområdene over som er ' +
            'spesielt relevant for kommunen. Dette kan være: kunnskapsgrunnlag om ansvar-, roller- og ' +
            'oppgavefordeling på strategisk og operativt nivå i kommunen, nettverk og læringsarenaer for ' +
            'kunnskaps- og erfaringsdeling – internt og med andre kommuner/fagmiljø mv.',
          BESKRIV,
        ),
        {
          type: 'heading',
          text:
            'Delmål B – Organisatorisk: Det boligsosiale arbeidet er godt forankret og gjennomført med aktiv ' +
            'samhandling med brukere og eksterne samarbeidsaktører',
        },
        text(
          'b1',
          'B.1 Forankret boligsosialt arbeid på strategisk og operativt nivå',
          'Dette kan være i form av integrering av mål, strategier og tiltak i boligsosialt arbeid inn i ' +
            'formelle plandokumenter og budsjetter.',
          BESKRIV,
        ),
        text(
          'b2',
          'B.2 Klargjort ansvar-, rolle- og oppgaveplassering på strategisk og operativt nivå',
          'Dette kan være ulike former for organisatoriske og andre tiltak for å oppnå en bedre og mer ' +
            'helhetlig boligsosial innsats.',
          BESKRIV,
        ),
        text(
          'b3',
          'B.3 Internt og eksternt samarbeid',
          'Dette kan være samarbeid med andre kommuner, brukere og frivillige organisasjoner, andre statlige ' +
            'aktører, private aktører og/eller annet.',
          BESKRIV,
        ),
        text(
          'b4',
          'B.4 Annet arbeid med forankring og samarbeid (* Utvikling av rutiner og systemer * ' +
            'Samfinansiering av tiltak/aktiviteter med andre * Eventuelt annet)',
          'Dette kan eksempelvis være: Rutiner og systemer for samordning og koordinering, eks. tildeling for ' +
            'å sikre boligflyt. Rutiner og samarbeid for å redusere antallet utkastelser og begjæringer, ' +
            'restanser på lån og husleie. Rutiner og samarbeid med helseforetak og kriminalomsorg for å sikre ' +
            'egnet bolig. Informasjon til innbyggere og samarbeidspartnere om bostøtte, startlån og tilskudd osv.',
          BESKRIV,
        ),
        {
          type: 'heading',
          text:
            'Delmål C – Økonomisk: Det boligsosiale arbeidet er planlagt og gjennomført med effektiv bruk av ' +
            'virkemidler',
        },
        {
          type: 'counts',
          id: 'c1',
          title: 'C.1 Økonomiske virkemidler',
          note: 'Tall kan hentes fra annen rapportering til Husbanken',
          valueHeader: 'Resultat i løpet av året',
          commentHeader: 'Eventuelle kommentarer – Opplysninger som belyser tallmaterialet nærmere',
          rows: [
            countRow('c1_fullfinansierte', 'Antall fullfinansierte boligkjøp med startlån'),
            countRow('c1_fastrente', 'Herav antall med fastrente'),
            countRow(
              'c1_samfinansierte',
              'Antall boligkjøp hvor startlån utgjør del av finansiering (samfinansierte boligkjøp)',
            ),
            countRow('c1_startlan_tilskudd', 'Antall boligkjøp med startlån, boligtilskudd'),
            countRow(
              'c1_overgang_eie',
              'Antall startlån som har muliggjort overgang fra kommunalt disponert bolig til egen eid bolig',
            ),
            countRow(
              'c1_tilpasning',
              'Antall tilskudd til tilpasning, ev. sammen med startlån, benyttet til private boliger',
            ),
            countRow('c1_bostotte', 'Antall bostøttemottakere'),
            {
              field: {
                id: 'c1_bostotte_maned',
                label: 'Bostøttemottakere gjelder måned (f.eks. "januar 2014")',
                kind: 'tekst',
              },
            },
          ],
          computed: [
            {
              id: 'c1_sum_startlan',
              label: 'Sum boligkjøp med startlån',
              formula: { op: 'sum', terms: ['c1_fullfinansierte', 'c1_samfinansierte'] },
            },
          ],
        },
        {
          type: 'counts',
          id: 'c2',
          title: 'C.2 Kommunalt disponerte boliger, søknader og tildelinger',
          note: 'Tall kan hentes fra kommunens rapportering til KOSTRA',
          valueHeader: 'Resultat i løpet av året',
          commentHeader: 'Eventuelle kommentarer – Opplysninger som belyser tallmaterialet nærmere',
          rows: [
            countRow('c2_kommunale_boliger', 'Antall kommunalt disponerte boliger'),
            countRow(
              'c2_fremskaffet_boligtilskudd',
              'Antall fremskaffede kommunalt disponerte boliger med tilsagn om boligtilskudd',
            ),
            countRow(
              'c2_fremskaffet_investeringstilskudd',
              'Antall fremskaffede kommunalt disponerte boliger med tilsagn om investeringstilskudd',
            ),
            countRow('c2_nye_soknader', 'Antall nye søknader om kommunalt disponerte boliger'),
            countRow('c2_nye_tildelinger', 'Antall nye tildelinger av kommunal utleiebolig'),
          ],
        },
        { type: 'heading', text: 'C.3 Samlet/helhetlig resultatoppnåelse' },
        text(
          'c3',
          'Vurder resultatoppnåelse i lys av mål og strategier i lokalt programarbeid',
          'Aktuelle problemstillinger kan eksempelvis være: Er enkelte målgrupper spesielt prioritert for ' +
            'virkemidlene? Har resultatoppnåelse på enkelte særskilte virkemidler vært særlig gunstig, ' +
            'eventuelt hvorfor? Hvordan har sambruk av særskilte virkemidler gitt gunstig resultatoppnåelse? ' +
            'Har bruk av boligvirkemidler gitt reduserte utgifter til sosialhjelp, hospitsovernatting mv.? ' +
            'Hvordan brukes økonomisk rådgivning og eks. frivillige forvaltningsavtaler for at flere ' +
            'vanskeligstilte skal kunne få og beholde en bolig? Hvordan brukes det private utleiemarkedet? Her ' +
            'kan det også sies noe om antallet som har søkt og som fyller kriteriene for å få kommunalt ' +
            'disponert bolig og lån, men som ikke har fått pga. mangel på bolig/virkemidler.',
        ),
      ],
    },
    {
      id: 'lokale_mal',
      sheetName: '3 Lokale mål',
      title: '3. Rapportering på lokale mål (Måloppnåelse)',
      blocks: [
        text('l31', '3.1 Gjeldende mål og ev. strategier', 'Oppgi mål og ev. strategier iht. til aktuell programplan'),
        text('l32', '3.2 Innsats og måloppnåelse', 'Beskriv og vurder måloppnåelse og ev. avvik i planer'),
      ],
    },
    {
      id: 'laering',
      sheetName: '4 Læring',
      title: '4. Rapportering på læring, formidling og videreføring',
      blocks: [
        { type: 'heading', text: '4.1 Læring/formidling' },
        text(
          'f41a',
          'A. Hva har i størst grad bidratt til måloppnåelse i arbeidet som har overføringsverdi til andre kommuner?',
          'Beskriv forhold som har vært særlig viktige for måloppnåelsen. Dette kan være knyttet til ' +
            'aktiviteter, metoder, ledelse, samarbeid, økonomi o.l.',
        ),
        text('f41b', 'B. Hvordan er resultater og erfaringer fra programarbeidet formidlet og delt internt?'),
        text('f41c', 'C. Hvordan er resultater og erfaringer fra programarbeidet formidlet eksternt?'),
        text(
          'f41d',
          'D. Er det barrierer som har vært til hinder for høyere/raskere måloppnåelse?',
          'Beskriv eventuelle barrierer i forhold til eksterne samarbeidsparter, herunder statlige aktører, ' +
            'Husbankens virkemidler og lignende',
        ),
        { type: 'heading', text: '4.2 Videreføring av arbeidet' },
        { type: 'note', text: 'Deltagere i tidlige stadier av programarbeidet kan også beskrive planlagte tiltak' },
        text(
          'f42a',
          'A. Hva er gjort for å oppnå forankring og tydeliggjøring av boligsosialt arbeid på strategisk og ' +
            'operativt nivå etter avsluttet programperiode?',
          'Herunder blant annet integrering av mål, strategier og tiltak for arbeidet i strategiske ' +
            'plandokumenter og budsjetter.',
        ),
        text(
          'f42b',
          'B. Hva er gjort for å ha oppdatert kunnskapsgrunnlag om boligbehov etter avsluttet programperiode?',
          'Dette kan eksempelvis være etablering av IKT-systemer for kartlegging av behov og lignende',
        ),
        text(
          'f42c',
          'C. Hva er gjort for å sikre et oppdatert kunnskapsgrunnlag om bruk av boligsosiale virkemidler ' +
            'etter avsluttet programperiode?',
        ),
        text('f42d', 'D. Hva er gjort for å sikre forankret og planmessig kompetanseheving internt?'),
        text('f42e', 'E. Hva er gjort for å sikre god samhandling internt og eksternt?'),
      ],
    },
    {
      id: 'okonomi',
      sheetName: '5 Økonomi',
      title: '5. Rapportering på økonomi',
      blocks: [
        {
          type: 'table',
          id: 'okonomi',
          title: '5.1 Pr. aktivitet og totalt',
          help:
            'Én rad per aktivitet i programplanen. Trenger du flere rader, trykk Tab i siste celle i tabellen ' +
            'eller høyreklikk og velg Sett inn > Tabellrader over.',
          initialRows: 20,
          totalLabel: 'Sum',
          columns: [
            { id: 'aktivitet', header: 'Aktivitet', kind: 'tekst' },
            { id: 'budsjett', header: 'Budsjett', kind: 'kroner' },
            { id: 'budsjett_hb', header: 'Budsjett, herav tilskudd fra HB', kind: 'kroner' },
            { id: 'regnskap_hb', header: 'Regnskap: Tilskudd fra HB (kompetansetilskudd)', kind: 'kroner' },
            { id: 'regnskap_egen', header: 'Regnskap: Egen finansiering kommunen', kind: 'kroner' },
            { id: 'regnskap_annen', header: 'Regnskap: Annen finansiering', kind: 'kroner' },
            {
              id: 'regnskap_totalt',
              header: 'Regnskap: TOTALT',
              kind: 'beregnet',
              formula: { op: 'sum', terms: ['regnskap_hb', 'regnskap_egen', 'regnskap_annen'] },
            },
            {
              id: 'avvik_totalt',
              header: 'Avvik totalt (+/−)',
              kind: 'beregnet',
              formula: { op: 'difference', minuend: 'regnskap_totalt', subtrahend: 'budsjett' },
            },
            {
              id: 'avvik_hb',
              header: 'Tilskudd HB: Avvik (+/−)',
              kind: 'beregnet',
              formula: { op: 'difference', minuend: 'regnskap_hb', subtrahend: 'budsjett_hb' },
            },
            { id: 'kommentar', header: 'Kommentar til avvik', kind: 'tekst' },
          ],
        },
        {
          type: 'table',
          id: 'periode',
          title: '5.2 Samlet oversikt over hele programperioden',
          help: 'Én rad per programår.',
          rowKey: 'ar',
          initialRows: 5,
          totalLabel: 'Sum',
          columns: [
            { id: 'ar', header: 'År', kind: 'aar' },
            { id: 'tilskudd_hb', header: 'Tilskudd fra Husbanken', kind: 'kroner' },
            { id: 'egenfinansiering', header: 'Egenfinansiering fra kommunen', kind: 'kroner' },
            { id: 'annen', header: 'Annen finansiering', kind: 'kroner' },
            { id: 'overfort', header: 'Overføring av ubrukte Husbank-midler', kind: 'kroner' },
            {
              id: 'sum',
              header: 'Sum',
              kind: 'beregnet',
              formula: { op: 'sum', terms: ['tilskudd_hb', 'egenfinansiering', 'annen'] },
            },
          ],
        },
      ],
    },
  ],
};
