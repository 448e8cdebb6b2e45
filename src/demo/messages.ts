/** The demo's own texts (the pane's are src/taskpane/messages.ts). */
export const demoMessages = {
  title: 'BOSO-rapport – prøv tillegget uten Excel',
  intro:
    'Til venstre en simulert Excel-arbeidsbok, til høyre oppgaveruten slik den er i Excel. Sett inn malen, skriv i cellene, og se merkingen i arket og funnene i ruten.',
  ribbon: 'Bånd, fanen Hjem',
  group: 'BOSO-rapport',
  open: 'Åpne',
  check: 'Kontroller',
  submit: 'Send inn',
  undo: 'Angre',
  nothingToUndo: 'Det er ingenting å angre.',
  workbook: 'Arbeidsbok',
  nameBox: 'Celle',
  formulaBar: 'Innhold i cellen',
  sheets: 'Ark',
  noSheets: 'Arbeidsboken er tom. Åpne BOSO-rapport og sett inn malen.',
  pane: 'Oppgaverute: BOSO-rapport',
  closePane: 'Lukk ruten',
  paneWidth: 'Bredde på ruten',
  refused: 'Excel godtok ikke verdien',
};
