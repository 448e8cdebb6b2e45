/** Shared by the rule tests: a clean report to change, reports that break every rule, and the findings of one rule. */
import type { PayloadV1 } from '../../src/report/payload';
import type { CellValue } from '../../src/report/values';
import { arsrapport2013 } from '../../src/report/templates/arsrapport-2013';
import { validate, type ValidationContext, type ValidationResult } from '../../src/report/validate';
import { fullReport } from '../fixtures/full-report';

export const TODAY = { year: 2026, month: 11, day: 23 } as const;

type Row = Record<string, CellValue>;

/** The clean full report with some values replaced, and table rows replaced or added by index. */
export function reportWith(
  values: Readonly<Record<string, CellValue>> = {},
  rows: { readonly okonomi?: Readonly<Record<number, Row>>; readonly periode?: Readonly<Record<number, Row>> } = {},
): PayloadV1 {
  const report = fullReport();
  Object.assign(report.values, values);
  for (const [table, changes] of Object.entries(rows)) {
    const target = report.tables[table] ?? [];
    for (const [index, row] of Object.entries(changes ?? {})) {
      target[Number(index)] = { ...target[Number(index)], ...row };
    }
    report.tables[table] = target;
  }
  return report;
}

export function check(payload: PayloadV1, context: Partial<ValidationContext> = {}): ValidationResult {
  return validate(arsrapport2013, payload, { today: TODAY, ...context });
}

/** The fields of each finding of one rule, in order. */
export function hits(payload: PayloadV1, rule: string, context: Partial<ValidationContext> = {}): string[][] {
  return check(payload, context)
    .findings.filter((f) => f.rule === rule)
    .map((f) => f.fields);
}

/** A report that breaks every rule at least once that can be broken together. */
export function everythingWrong(): PayloadV1 {
  return reportWith(
    {
      programnavn: '',
      kommunenummer: '3407',
      rapporteringsdato: '01.06.2013',
      epost: 'kari@gjovik',
      telefon: '123',
      h11_a_status0101: '10?',
      h11_a_status3112: 2.5,
      h11_a_resultat: -1,
      h11_barnefamilier_resultat: 500,
      h11_b_status3112: 30,
      h11_c_status0101: '',
      h11_c_status3112: '',
      h11_c_resultat: '',
      c1_fastrente: 30,
      c1_startlan_tilskudd: 90,
      c1_overgang_eie: 90,
      c1_bostotte_maned: '',
      c2_fremskaffet_boligtilskudd: 600,
      c2_nye_tildelinger: 200,
      a1: '',
    },
    {
      okonomi: {
        0: { budsjett: 'ca. 40' },
        1: { kommentar: '', budsjett_hb: -1 },
        2: { budsjett_hb: 400000, regnskap_totalt: 5 },
        3: { aktivitet: '' },
      },
      periode: { 2: { tilskudd_hb: 1 }, 3: { ar: 2013 }, 5: { annen: '5' } },
    },
  );
}

/** Last year's report, for HIS-01. */
export const lastYear = (): PayloadV1 => {
  const report = fullReport();
  report.values.rapporteringsar = 2012;
  return report;
};

/** The rules that exclude one another (a wrong name needs a valid number, a late date a valid one). */
export const alsoWrong = (): PayloadV1[] => [
  reportWith({ kommunenavn: 'Hamar', rapporteringsdato: '01.03.2014' }),
  reportWith({ rapporteringsar: 2030, rapporteringsdato: 'i går' }),
  reportWith({ kommunenummer: '0301', kommunenavn: 'Oslo', bydel: 'Alnaa' }),
];
