import { validate } from '/work/main/src/report/validate';
import { arsrapport2013 } from '/work/main/src/report/templates/arsrapport-2013';
import { fullReport } from '/work/main/test/fixtures/full-report';
import type { CellValue, PayloadV1 } from '/work/main/src/report/payload';

const today = { year: 2026, month: 11, day: 23 };
const seen = new Map<string, string>();
function run(label: string, values: Record<string, CellValue>, tables: Record<string, Record<number, Record<string, CellValue>>> = {}, ctx: object = {}, mutate?: (p: PayloadV1) => void) {
  const p = fullReport();
  Object.assign(p.values, values);
  for (const [t, rows] of Object.entries(tables)) {
    const target = p.tables[t] ?? [];
    for (const [i, r] of Object.entries(rows)) target[Number(i)] = { ...target[Number(i)], ...r };
    p.tables[t] = target;
  }
  mutate?.(p);
  let r;
  try { r = validate(arsrapport2013, p, { today, ...ctx }); } catch (e) { console.log('THROW', label, e); return; }
  console.log(`\n## ${label}`);
  for (const f of r.findings) console.log(`  ${f.rule} ${f.severity} [${f.fields.join(', ')}] ${JSON.stringify(f.values)}\n     ${f.message}`);
}
const cases: [string, Record<string, CellValue>][] = [
  ['GEN-01 all', { programnavn: '', kommunenummer: '', kommunenavn: ' ', programleder: null, rapporteringsar: '', rapporteringsdato: '', utfylt_av: '', epost: '' }],
  ['kommunenummer 502 number', { kommunenummer: 502 }],
  ['kommunenummer "0502 "', { kommunenummer: '0502 ' }],
  ['kommunenummer "502"', { kommunenummer: '502' }],
  ['kommunenummer 3407 2013', { kommunenummer: '3407' }],
  ['kommunenummer #REF!', { kommunenummer: '#REF!' }],
  ['kommunenummer true', { kommunenummer: true }],
  ['kommunenummer 1e300', { kommunenummer: 1e300 }],
  ['kommunenummer -0', { kommunenummer: -0 }],
  ['kommunenummer ws', { kommunenummer: '   ' }],
  ['kommunenavn Hamar', { kommunenavn: 'Hamar' }],
  ['ar bad', { rapporteringsar: 'tjue' }],
  ['ar 1e300', { rapporteringsar: 1e300 }],
  ['ar -0', { rapporteringsar: -0 }],
  ['ar true', { rapporteringsar: true }],
  ['ar 2013.5', { rapporteringsar: 2013.5 }],
  ['dato serial 41689', { rapporteringsdato: 41689 }],
  ['dato 19.02.14', { rapporteringsdato: '19.02.14' }],
  ['dato 2014-02-19', { rapporteringsdato: '2014-02-19' }],
  ['dato #REF!', { rapporteringsdato: '#REF!' }],
  ['dato true', { rapporteringsdato: true }],
  ['dato 1e300', { rapporteringsdato: 1e300 }],
  ['dato -0', { rapporteringsdato: -0 }],
  ['dato 2013 (number)', { rapporteringsdato: 2013 }],
  ['dato early', { rapporteringsdato: '01.06.2013' }],
  ['dato late', { rapporteringsdato: '01.03.2014' }],
  ['epost list', { epost: 'a@b.no / c@d.no; e@f.no' }],
  ['epost bad', { epost: 'a@b / c@d.no; e@f' }],
  ['epost true', { epost: true }],
  ['epost many bad', { epost: 'a b c d e f g' }],
  ['telefon list', { telefon: '+47 61 18 90 00 / 90 00 00 00' }],
  ['telefon bad', { telefon: '123 / 456' }],
  ['telefon number', { telefon: 61189000 }],
  ['NUM text', { h11_a_status0101: '10?', c1_fastrente: '#REF!', c2_nye_soknader: true }],
  ['NUM 1e300', { c1_bostotte: 1e300 }],
  ['NUM -0', { c1_bostotte: -0 }],
  ['NUM whitespace', { c1_bostotte: '   ' }],
  ['NUM frac neg', { c1_bostotte: -2.5 }],
  ['H11-01', { h11_barnefamilier_resultat: 1000 }],
  ['H11-02', { h11_b_status3112: 100 }],
  ['H11-02 down', { h11_b_status3112: 2 }],
  ['H11-03', { h11_c_status0101: '', h11_c_status3112: '', h11_c_resultat: '' }],
  ['C1-01', { c1_fastrente: 30 }],
  ['C1-02/03', { c1_startlan_tilskudd: 90, c1_overgang_eie: 90 }],
  ['C1-04 empty', { c1_bostotte_maned: '' }],
  ['C1-04 year', { c1_bostotte_maned: 'januar 2016' }],
  ['C2-01', { c2_fremskaffet_boligtilskudd: 600 }],
  ['C2-02', { c2_nye_tildelinger: 200 }],
  ['TXT', { a1: '', h12_tekst: '', c3: '', f41a: '', f42a: '', h11_samlet: ' ' }],
];
for (const [l, v] of cases) run(l, v);
run('OKO table', {}, { okonomi: { 0: { budsjett: 'ca. 40' }, 1: { kommentar: '', budsjett_hb: -1 }, 2: { budsjett_hb: 400000, regnskap_totalt: 5 }, 3: { aktivitet: '' }, 4: { budsjett: 1e300 } }, periode: { 2: { tilskudd_hb: 1 }, 3: { ar: 2013 }, 5: { annen: 5 }, 6: { ar: 'tjue', annen: 5 }, 7: { overfort: 'x', ar: 2019 } } });
run('OKO-05 totals', {}, {}, {}, (p) => { p.totals = { okonomi: { budsjett: 1, avvik_totalt: '' }, periode: { sum: 'x' } }; });
run('HIS', {}, {}, { previous: (() => { const r = fullReport(); r.values.rapporteringsar = 2012; r.values.h11_a_status3112 = 3; return r; })(), acceptedVersions: 2 });
