/**
 * What users read: plain bokmål, the template's names instead of ids, Norwegian numbers, and what to
 * do. These check fragments that matter (a unit, a value, a name), not whole sentences.
 */
import type { PayloadV1 } from '../../src/report/payload';
import type { CellValue } from '../../src/report/values';
import { arsrapport2013 } from '../../src/report/templates/arsrapport-2013';
import { alsoWrong, check, everythingWrong, lastYear, reportWith } from './support';

function message(payload: PayloadV1, rule: string): string {
  const finding = check(payload).findings.find((f) => f.rule === rule);
  if (!finding) throw new Error(`ingen ${rule}`);
  return finding.message;
}

/** Every rule's sentence, and the odd values and columns the catalogue's reports leave out. */
const reports: readonly PayloadV1[] = [
  everythingWrong(),
  ...alsoWrong(),
  reportWith(
    { kommunenummer: 502, rapporteringsar: 'tjue', rapporteringsdato: '#REF!', c1_bostotte: 1e300, c1_bostotte_maned: 'januar 2016', h12_tekst: '' },
    { periode: { 1: { egenfinansiering: -5, annen: 'x' }, 6: { ar: 'tjue', annen: 5 } } },
  ),
];

describe('messages', () => {
  const findings = reports.flatMap((r) => check(r, { previous: lastYear(), acceptedVersions: 1 }).findings);

  it('are read for every rule of the catalogue', () => {
    expect(new Set(findings.map((f) => f.rule))).toEqual(new Set(arsrapport2013.rules.map((r) => r.id)));
  });

  it('never show field ids, table cell names or rule ids', () => {
    for (const { message } of findings) {
      expect(message).not.toMatch(/\b[a-z0-9]+_[a-z0-9_]+\b|\[\d+\]|\.total\.|\b[A-Z0-9]{2,3}-\d{2}\b/);
    }
  });

  it('never show English words or JavaScript values', () => {
    for (const { message } of findings) {
      expect(message).not.toMatch(/\b(true|false|null|undefined|NaN|Infinity)\b/);
    }
  });

  it('use no adjective that must agree with a label’s gender', () => {
    // «Egenfinansiering fra kommunen» kan ikke være negativt / «År» er tom are wrong Norwegian.
    for (const { message } of findings) {
      expect(message).not.toMatch(/(^|: )«[^»]*» (er tomt?|kan ikke være negativt?|er urimelig stort?)\b/);
    }
  });

  it('never put two quotations or two parentheses side by side, nor straight quotes', () => {
    for (const { message } of findings) {
      expect(message).not.toMatch(/» «|» \(«|\)\s*\(|"/);
    }
  });
});

describe('GEN-04 message', () => {
  it('shows a year as a year, not grouped like an amount', () => {
    const text = message(reportWith({ rapporteringsar: 2013.5 }), 'GEN-04');
    expect(text).toContain('2013,5');
  });
});

describe('GEN-08 message', () => {
  it('shows a yes/no cell as Excel does in Norwegian', () => {
    expect(message(reportWith({ epost: true }), 'GEN-08')).toContain('SANN');
  });
});

describe('NUM-01 message', () => {
  it('asks for a whole count in a count cell, not for kroner and øre', () => {
    expect(message(reportWith({ c1_fastrente: '10?' }), 'NUM-01')).not.toContain('1 234,50');
  });

  it('does not point to a comment cell in 5.2, which has none', () => {
    expect(message(reportWith({}, { periode: { 1: { annen: 'ukjent' } } }), 'OKO-01')).not.toMatch(/kommentar/i);
  });
});

describe('NUM-02 message', () => {
  test.each<[CellValue, string]>([
    [0.001, '0,001'],
    [2.5, '2,5'],
    ['1 234,5', '1\u00a0234,5'],
  ])('shows %p as typed, not rounded to øre', (value, shown) => {
    expect(message(reportWith({ c2_nye_soknader: value }), 'NUM-02')).toMatch(new RegExp(`${shown}(?!\\d)`));
  });
});

describe('H11-02 and OKO-06 messages', () => {
  it('say the limit in households for 1.1', () => {
    expect(message(reportWith({ h11_b_status3112: 100 }), 'H11-02')).toMatch(/minst 5 husstander/);
  });

  it('say the limit in kroner for 5.1', () => {
    expect(message(reportWith({}, { okonomi: { 1: { kommentar: '' } } }), 'OKO-06')).toMatch(/minst 50\u00a0000 kroner/);
  });

  it('say which way the deviation goes and by how much', () => {
    const text = message(reportWith({}, { okonomi: { 1: { kommentar: '' } } }), 'OKO-06');
    expect(text).toContain('156\u00a0752 lavere');
  });
});

describe('comment cells in C.1 and C.2', () => {
  it('are named after their row, not with an id-like suffix', () => {
    const text = message(reportWith({ c1_startlan_tilskudd: 90 }), 'C1-02');
    expect(text).toContain('kommentarfeltet til «Antall boligkjøp med startlån, boligtilskudd»');
    expect(text).not.toContain(': kommentar');
  });
});

describe('TXT-01 message', () => {
  test.each([
    ['h12_tekst', '1.2 Kvalitet på boliger, bomiljø og booppfølging'],
    ['c3', 'C.3 '],
    ['f41a', '4.1 A. '],
    ['f42a', '4.2 A. '],
    ['a1', 'A.1 Kunnskap om boligbehov'],
  ])('names %s so the user can find it in the form', (field, name) => {
    expect(message(reportWith({ [field]: '' }), 'TXT-01')).toContain(`«${name}`);
  });
});

describe('OKO-08 message', () => {
  it('names both rows in plain bokmål', () => {
    expect(message(reportWith({}, { periode: { 3: { ar: 2013 } } }), 'OKO-08')).toContain('både i rad 3 og i rad 4');
  });
});

describe('HIS-02 message', () => {
  it('does not claim the earlier version is replaced: the server keeps every version', () => {
    const finding = check(reportWith(), { acceptedVersions: 1 }).findings.find((f) => f.rule === 'HIS-02');
    expect(finding?.message).not.toMatch(/erstatter|overskriver/);
  });
});
