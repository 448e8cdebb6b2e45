/** Filled reports for the layout and workbook tests: the spec's worked row, øre, text in number cells. */
import type { PayloadV1 } from '../../src/report/payload';
import type { CellValue } from '../../src/report/values';
import { fullReport } from '../fixtures/full-report';

type Values = Record<string, CellValue>;
type Row = Record<string, CellValue>;

const template = { id: 'boso-arsrapport', version: '2013' } as const;

function report(values: Values, okonomi: Row[] = [], periode: Row[] = []): PayloadV1 {
  return { template, values, tables: { okonomi, periode } };
}

/** The worked row of shared/spec/arsrapport.md: TOTALT 143 248, avvik totalt −156 752. */
export const WORKED_ROW: Row = {
  aktivitet: 'Kartlegging av boligbehov',
  budsjett: 300_000,
  budsjett_hb: 0,
  regnskap_hb: 48_581,
  regnskap_egen: 94_667,
  regnskap_annen: 0,
};

export const samples: Readonly<Record<string, () => PayloadV1>> = {
  empty: () => report({}),
  workedRow: () =>
    report({ rapporteringsar: 2013, h11_a_status0101: 8, h11_a_status3112: 5, c1_fullfinansierte: 10, c1_samfinansierte: 75 }, [
      { ...WORKED_ROW },
    ]),
  ore: () =>
    report(
      { h11_b_status0101: 3, h11_c_status3112: 7, h11_barnefamilier_resultat: 2 },
      [
        { aktivitet: 'Øre', budsjett: 1234.56, budsjett_hb: 0.1, regnskap_hb: 0.2, regnskap_egen: 1000.05, regnskap_annen: 0.01 },
        { aktivitet: 'Mer øre', budsjett: 0.3, budsjett_hb: 0.07, regnskap_hb: 99.99, regnskap_egen: 0.01, regnskap_annen: 1e-2 },
        { budsjett: 10, kommentar: 'Rad uten aktivitet' },
      ],
      [
        { ar: 2013, tilskudd_hb: 0.1, egenfinansiering: 0.2, annen: 0.3, overfort: 0.45 },
        { ar: 2014, tilskudd_hb: 1_000_000.99, egenfinansiering: 2.5 },
      ],
    ),
  negativeAndText: () =>
    report({ h11_a_status0101: '10?', h11_a_status3112: 4, c1_fullfinansierte: -3, c1_samfinansierte: 2 }, [
      { aktivitet: 'Tekst', budsjett: 'ca. 40', regnskap_hb: 5 },
      { aktivitet: 'Negativ', budsjett: -100, regnskap_egen: 50 },
    ]),
  full: fullReport,
};
