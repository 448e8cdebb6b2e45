/**
 * Each rule kind that marks the sheet, on both sides of its condition (edge values included): the sheet
 * marks the cell exactly when the validator's finding names it.
 */
import { buildLayoutPlan } from '../../src/report/layout/build-plan';
import type { PayloadV1 } from '../../src/report/payload';
import { arsrapport2013 } from '../../src/report/templates/arsrapport-2013';
import type { CellValue } from '../../src/report/values';
import { reportWith } from '../report/support';
import { addressOf, findingMarks, markEvaluator } from './marks';
import { placeValues } from './place';
import { WORKED_ROW } from './samples';
import { todayInOslo } from './today';

const plan = buildLayoutPlan(arsrapport2013);
const evaluator = markEvaluator(plan);
const today = todayInOslo();

function where(cell: string): string {
  const found = addressOf(plan, cell);
  return `'${found?.sheet}'!${found?.address}`;
}

/** Whether the sheet marks `cell` for `rule`, and whether the validator's findings name it. */
function marked(payload: PayloadV1, rule: string, cell: string): { sheet: boolean; validator: boolean } {
  const key = `${where(cell)} ${rule} `;
  return {
    sheet: evaluator.marks(placeValues(plan, payload)).some((m) => m.startsWith(key)),
    validator: findingMarks(arsrapport2013, plan, payload, { today }).some((m) => m.startsWith(key)),
  };
}

/** The first economy row with nothing but `values` (the report it goes into has rows of its own). */
const row = (values: Readonly<Record<string, CellValue>>) => ({
  okonomi: { 0: { aktivitet: 'Kartlegging', budsjett: 0, budsjett_hb: 0, regnskap_hb: 0, regnskap_egen: 0, regnskap_annen: 0, kommentar: '', ...values } },
});

type Case = readonly [string, PayloadV1, string, boolean];

const cases: readonly Case[] = [
  // numberCell: number, whole, not negative, not as text
  ['NUM-01', reportWith({ c1_tilpasning: '10?' }), 'c1_tilpasning', true],
  ['NUM-01', reportWith({ c1_tilpasning: 999_999_999_999 }), 'c1_tilpasning', false],
  ['NUM-01', reportWith({ c1_tilpasning: 1e12 }), 'c1_tilpasning', true],
  ['NUM-01', reportWith({ c1_tilpasning: true }), 'c1_tilpasning', true],
  ['NUM-02', reportWith({ c1_tilpasning: 0.1 }), 'c1_tilpasning', true],
  ['NUM-02', reportWith({ c1_tilpasning: '3,0' }), 'c1_tilpasning', false],
  ['NUM-03', reportWith({ c1_tilpasning: -1 }), 'c1_tilpasning', true],
  ['NUM-03', reportWith({ c1_tilpasning: '-0' }), 'c1_tilpasning', false],
  ['NUM-04', reportWith({ c1_tilpasning: '40' }), 'c1_tilpasning', true],
  ['NUM-04', reportWith({ c1_tilpasning: 40 }), 'c1_tilpasning', false],
  ['NUM-04', reportWith({ c1_tilpasning: ' ' }), 'c1_tilpasning', false],
  ['OKO-01', reportWith({}, row({ budsjett: 'ca. 40' })), 'okonomi[0].budsjett', true],
  ['OKO-02', reportWith({}, row({ budsjett: -0.01 })), 'okonomi[0].budsjett', true],
  ['OKO-02', reportWith({}, row({ budsjett: 0 })), 'okonomi[0].budsjett', false],
  // notGreaterThan: single fields, grid columns, table rows
  ['C1-01', reportWith({ c1_fastrente: 11, c1_fullfinansierte: 10 }), 'c1_fullfinansierte', true],
  ['C1-01', reportWith({ c1_fastrente: 10, c1_fullfinansierte: 10 }), 'c1_fastrente', false],
  ['C1-01', reportWith({ c1_fastrente: 10, c1_fullfinansierte: '' }), 'c1_fastrente', false],
  ['C1-01', reportWith({ c1_fastrente: '11', c1_fullfinansierte: 10 }), 'c1_fastrente', true],
  ['C2-01', reportWith({ c2_kommunale_boliger: 5, c2_fremskaffet_boligtilskudd: 3, c2_fremskaffet_investeringstilskudd: 3 }), 'c2_kommunale_boliger_kommentar', true],
  ['H11-01', reportWith({ h11_a_resultat: 2, h11_b_resultat: 2, h11_c_resultat: 1, h11_barnefamilier_resultat: 5 }), 'h11_barnefamilier_resultat', false],
  ['H11-01', reportWith({ h11_a_resultat: 2, h11_b_resultat: 2, h11_c_resultat: '', h11_barnefamilier_resultat: 5 }), 'h11_c_resultat', true],
  ['OKO-03', reportWith({}, row({ budsjett: 99, budsjett_hb: 100 })), 'okonomi[0].budsjett_hb', true],
  ['OKO-03', reportWith({}, row({ budsjett: 100, budsjett_hb: 100 })), 'okonomi[0].budsjett', false],
  // changeNeedsComment: more than the percentage and at least the change, with an empty comment
  ['H11-02', reportWith({ h11_a_status0101: 10, h11_a_status3112: 16, h11_a_kommentar: '' }), 'h11_a_kommentar', true],
  ['H11-02', reportWith({ h11_a_status0101: 10, h11_a_status3112: 15, h11_a_kommentar: '' }), 'h11_a_endring', false],
  ['H11-02', reportWith({ h11_a_status0101: 4, h11_a_status3112: 8, h11_a_kommentar: '' }), 'h11_a_endring', false],
  ['H11-02', reportWith({ h11_a_status0101: 4, h11_a_status3112: 9, h11_a_kommentar: '' }), 'h11_a_endring', true],
  ['H11-02', reportWith({ h11_a_status0101: 10, h11_a_status3112: 16, h11_a_kommentar: 'Ny kartlegging' }), 'h11_a_endring', false],
  ['OKO-06', reportWith({}, row({ budsjett: 500_000, regnskap_hb: 449_999, kommentar: '' })), 'okonomi[0].avvik_totalt', true],
  ['OKO-06', reportWith({}, row({ budsjett: 500_000, regnskap_hb: 450_000, kommentar: '' })), 'okonomi[0].kommentar', false],
  ['OKO-06', reportWith({}, row({ budsjett: 300_000, kommentar: '' })), 'okonomi[0].kommentar', true],
  ['OKO-06', reportWith({}, row({ budsjett: 400_000, regnskap_hb: 350_000, kommentar: '' })), 'okonomi[0].avvik_totalt', true],
  ['OKO-06', reportWith({}, row({ budsjett: 400_000, regnskap_hb: 350_001, kommentar: '' })), 'okonomi[0].avvik_totalt', false],
  // requiredWith
  ['C1-04', reportWith({ c1_bostotte: 12, c1_bostotte_maned: '' }), 'c1_bostotte_maned', true],
  ['C1-04', reportWith({ c1_bostotte: 12, c1_bostotte_maned: 'januar 2014' }), 'c1_bostotte_maned', false],
  ['OKO-04', reportWith({}, { okonomi: { 0: { aktivitet: ' ', budsjett: 5 } } }), 'okonomi[0].aktivitet', true],
  ['OKO-08', reportWith({}, { periode: { 0: { ar: 'tjue', tilskudd_hb: 5 } } }), 'periode[0].ar', true],
  ['OKO-08', reportWith({}, { periode: { 0: { ar: '2013', tilskudd_hb: 5 } } }), 'periode[0].ar', false],
  // yearRange
  ['GEN-04', reportWith({ rapporteringsar: 2008 }), 'rapporteringsar', true],
  ['GEN-04', reportWith({ rapporteringsar: 2009 }), 'rapporteringsar', false],
  ['GEN-04', reportWith({ rapporteringsar: 2013.5 }), 'rapporteringsar', true],
  ['GEN-04', reportWith({ rapporteringsar: today.year }), 'rapporteringsar', false],
  ['GEN-04', reportWith({ rapporteringsar: today.year + 1 }), 'rapporteringsar', true],
  // computedIntact: typed over with another value, or with the same
  ['OKO-05', reportWith({}, row({ ...WORKED_ROW, regnskap_totalt: 143_000 })), 'okonomi[0].regnskap_totalt', true],
  ['OKO-05', reportWith({}, row({ ...WORKED_ROW, regnskap_totalt: 143_248 })), 'okonomi[0].regnskap_totalt', false],
  ['OKO-05', reportWith({}, row({ ...WORKED_ROW, avvik_totalt: '' })), 'okonomi[0].avvik_totalt', true],
  // A row with nothing in it but a computed cell someone emptied is not read at all.
  ['OKO-05', reportWith({}, { okonomi: { 15: { avvik_totalt: '' } } }), 'okonomi[15].avvik_totalt', false],
  ['OKO-05', reportWith({}, { okonomi: { 15: { avvik_totalt: '', kommentar: 'x' } } }), 'okonomi[15].avvik_totalt', true],
];

describe('each kind with a sheet form marks on one side of its condition only', () => {
  test.each(cases.map(([rule, payload, cell, expected], i) => [`${rule} ${cell} #${i}`, rule, payload, cell, expected] as const))(
    '%s',
    (_name, rule, payload, cell, expected) => {
      expect(marked(payload, rule, cell)).toEqual({ sheet: expected, validator: expected });
    },
  );
});
