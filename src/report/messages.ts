/**
 * Every finding's Norwegian sentence, rendered from the finding's data in this one place: what is
 * wrong, with the values, and what to do. Names come from the template (field labels, column headers).
 */
import { bydelNames } from './bydeler';
import { formatDate, formatNumber, fromOre } from './numbers';
import type { CellValue } from './values';
import type { CellLabel, Labels } from './rules/labels';
import type { Hit } from './rules/types';
import type { CellSelector, RuleKind, RuleOf } from './rules/definitions';

type Renderer<K extends RuleKind> = (rule: RuleOf<K>, hit: Hit<K>, labels: Labels) => string;

/** Rule-specific background, added to the kind's sentence. */
const ADVICE: Readonly<Record<string, string>> = {
  'H11-01': 'Barnefamiliene skal også være telt med i A, B eller C.',
  'C2-02': 'Det kan skje når søknader fra i fjor er tildelt i år.',
};

/** What to write in a number cell, by what it holds. */
const NUMBER_ADVICE = {
  antall: 'Skriv bare antallet som et helt tall, f.eks. 12, og legg forklaringer i kommentarfeltet.',
  kroner: 'Skriv bare beløpet i kroner, f.eks. 1 234,50.',
  tall: 'Skriv bare tallet.',
} as const;

function kindOf(cells: CellSelector): 'antall' | 'kroner' | undefined {
  if (!('valueKinds' in cells) || cells.valueKinds.length !== 1) return undefined;
  const [kind] = cells.valueKinds;
  return kind === 'antall' || kind === 'kroner' ? kind : undefined;
}

/** More items than this are counted, not listed. */
const MAX_LISTED = 5;

const q = (text: string): string => `«${text}»`;

function list(items: readonly string[], and = 'og'): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/** A typed number as typed: every decimal it has (2,5; 0,001), not rounded to øre as amounts are. */
function decimal(value: number): string {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e15) return formatNumber(value);
  const [int = '0', fraction = ''] = Math.abs(value).toFixed(6).replace(/\.?0+$/, '').split('.');
  const sign = value < 0 && (int !== '0' || fraction !== '') ? '\u2212' : '';
  return `${sign}${formatNumber(Number(int))}${fraction === '' ? '' : `,${fraction}`}`;
}

/** A year is written without thousands separators: 2013, or 2013,5 for a year that is not whole. */
const yearText = (value: CellValue | undefined): string =>
  typeof value === 'number' && Math.abs(value) < 1e6 ? decimal(value).replace(/\s/g, '') : show(value);

function show(value: CellValue | undefined): string {
  if (value === null || value === undefined) return 'tom';
  if (typeof value === 'number') return decimal(value);
  if (typeof value === 'boolean') return value ? 'SANN' : 'USANN';
  const text = value.trim();
  return q(text.length > 60 ? `${text.slice(0, 59)}…` : text);
}

const isBlank = (value: CellValue | undefined): boolean =>
  value === null || value === undefined || String(value).trim() === '';
const amount = (hundredths: number): string => formatNumber(fromOre(hundredths));

function rowPlace(label: Extract<CellLabel, { kind: 'table' }>): string {
  return `${label.row === 'sum' ? 'sumraden' : `rad ${label.row}`} i tabellen ${q(label.title)}`;
}

function fullName(label: CellLabel): string {
  switch (label.kind) {
    case 'field':
      return q(label.name);
    case 'comment':
      return `kommentarfeltet til ${q(label.of)}`;
    case 'grid':
      return q(`${label.row}: ${label.column}`);
    case 'table':
      return `${q(label.column)} i ${rowPlace(label)}`;
  }
}

type Grouping = (label: CellLabel) => { readonly key: string; readonly lead: string; readonly name: string } | undefined;

/** Places cells can share, tried in turn: a table row, a grid row, a grid column. */
const groupings: readonly Grouping[] = [
  (l) => (l.kind === 'table' ? { key: `${l.title}|${l.row}`, lead: `I ${rowPlace(l)}: `, name: q(l.column) } : undefined),
  (l) => (l.kind === 'grid' ? { key: l.row, lead: `I raden ${q(l.row)}: `, name: q(l.column) } : undefined),
  (l) => (l.kind === 'grid' ? { key: l.column, lead: `I kolonnen ${q(l.column)}: `, name: q(l.row) } : undefined),
];

interface Phrase {
  /** The shared place, said once at the start of the sentence ("I rad 4 i tabellen «5.1 …»: "), or ''. */
  readonly lead: string;
  name(label: CellLabel): string;
}

/** Names for the cells of one sentence, so that a place they share is not repeated for every cell. */
function phrase(labels: readonly CellLabel[]): Phrase {
  for (const group of groupings) {
    const groups = labels.map(group);
    const [first] = groups;
    if (first && groups.every((g) => g?.key === first.key)) {
      return { lead: first.lead, name: (l) => group(l)?.name ?? fullName(l) };
    }
  }
  return { lead: '', name: fullName };
}

function sumName(labels: Labels, cells: readonly string[], name: (label: CellLabel) => string): string {
  const [only] = cells;
  if (cells.length === 1 && only !== undefined) return name(labels.cell(only));
  const own = labels.sumOf(cells);
  return own === undefined ? `summen av ${list(cells.map((c) => name(labels.cell(c))))}` : name(own);
}

function sentence(...parts: readonly (string | undefined)[]): string {
  return parts.filter((p): p is string => p !== undefined && p !== '').join(' ');
}

/** The cells' labels and the phrase that names them. */
function named(labels: Labels, cells: readonly string[]): Phrase & { readonly of: (cell: string) => string } {
  const p = phrase(cells.map((c) => labels.cell(c)));
  return { ...p, of: (cell) => p.name(labels.cell(cell)) };
}

const renderers: { readonly [K in RuleKind]: Renderer<K> } = {
  notEmpty: (rule, hit, labels) => {
    const name = fullName(labels.cell(hit.fields[0] ?? ''));
    return rule.severity === 'feil'
      ? `Fyll inn ${name}. Rapporten kan ikke sendes før feltet er fylt ut.`
      : `${name} er ikke fylt ut. Fyll det ut, eller skriv kort hvorfor punktet ikke er aktuelt i år.`;
  },

  numberCell: (rule, hit, labels) => {
    const cell = hit.fields[0] ?? '';
    const { lead, of } = named(labels, [cell]);
    const value = show(hit.detail.value ?? hit.values[cell]);
    switch (hit.detail.problem) {
      case 'ikkeTall':
        return `${lead}${of(cell)} må være et tall, men inneholder ${value}. ${NUMBER_ADVICE[kindOf(rule.cells) ?? 'tall']}`;
      case 'forStort':
        return `${lead}tallet i ${of(cell)} er urimelig stort (${value}). Sjekk tallet, og skriv det riktige.`;
      case 'ikkeHelt':
        return `${lead}${of(cell)} må være et helt tall, men er ${value}. Skriv antallet uten desimaler.`;
      case 'negativt':
        return `${lead}${of(cell)} kan ikke være mindre enn 0, men er ${value}. Skriv tallet uten minustegn.`;
      case 'tekst':
        return (
          `${lead}${of(cell)} er skrevet som tekst (${show(hit.values[cell])}). Rapporten leser det som ${value}, ` +
          'men arkets egne summer tar det ikke med. Skriv tallet på nytt med bare sifre, og komma foran øre ' +
          '(uten punktum, mellomrom og «kr»), eller trykk «Gjør om til tall» i BOSO-rapport.'
        );
    }
  },

  municipalityNumber: (rule, hit) => {
    const d = hit.detail;
    const given = show(hit.values[rule.field]);
    switch (d.problem) {
      case 'tallcelle':
        return d.suggestion === undefined
          ? `Kommunenummeret ${given} er ikke fire sifre. Formater cellen som tekst og skriv kommunenummeret med fire sifre, f.eks. 0502.`
          : `Kommunenummeret er lagret som tallet ${given}, så nullen foran har falt bort. Formater cellen som tekst og skriv ${d.suggestion}.`;
      case 'format':
        return d.suggestion === undefined
          ? `Kommunenummeret ${given} er ikke fire sifre. Skriv kommunenummeret med fire sifre, f.eks. 0502.`
          : `Kommunenummeret ${given} har for få sifre. Skriv det med fire sifre: ${d.suggestion}.`;
      case 'ukjent':
        return d.knownAs === undefined
          ? `${d.number} var ikke et kommunenummer i ${d.year}. Sjekk nummeret mot SSBs kommuneliste for ${d.year}, eller rett rapporteringsåret.`
          : `${d.number} var ikke et kommunenummer i ${d.year}. ${d.knownAs.name} hadde kommunenummer ${d.knownAs.number} i ${d.year}. Skriv ${d.knownAs.number}, eller rett rapporteringsåret.`;
    }
  },

  municipalityName: (rule, hit) =>
    `Kommunenavnet ${show(hit.values[rule.field])} stemmer ikke med kommunenummer ${hit.detail.number}, som i ${hit.detail.year} tilhørte ${hit.detail.registerName}. Rett kommunenavnet eller kommunenummeret.`,

  district: (rule, hit, labels) => {
    const given = show(hit.values[rule.field]);
    const d = hit.detail;
    if (d.problem === 'ikkeOslo') {
      return `${fullName(labels.cell(rule.field))} er fylt ut (${given}), men kommunenummeret er ${show(hit.values[rule.number])}. Bare Oslos bydeler (kommunenummer ${d.oslo}) rapporterer hver for seg: tøm feltet, eller rett kommunenummeret til ${d.oslo}.`;
    }
    const [closest] = d.similar;
    return closest === undefined
      ? `${given} er ikke en av Oslos bydeler. Skriv navnet på bydelen, en av ${list(bydelNames)}.`
      : `${given} er ikke en av Oslos bydeler. Mente du ${list(d.similar, 'eller')}? Skriv navnet på bydelen slik, f.eks. «Bydel ${closest}».`;
  },

  yearRange: (rule, hit, labels) =>
    `${fullName(labels.cell(rule.field))} må være et helt årstall fra ${hit.detail.from} til ${hit.detail.to}, men er ${yearText(hit.values[rule.field])}. Skriv året rapporten gjelder, f.eks. ${hit.detail.to - 1}.`,

  date: (rule, hit, labels) =>
    `${fullName(labels.cell(rule.field))} inneholder ${show(hit.values[rule.field])}, som ikke er en dato. Skriv datoen som dd.mm.åååå, f.eks. 19.02.2014.`,

  dateLimit: (rule, hit, labels) => {
    const name = fullName(labels.cell(rule.field));
    const { date, limit, year } = hit.detail;
    return rule.bound === 'notBefore'
      ? `${name} ${formatDate(date)} er før ${formatDate(limit)}, altså før rapporteringsåret ${year} er omme. Sjekk at rapporteringsåret og datoen er riktige.`
      : `${name} ${formatDate(date)} er etter fristen ${formatDate(limit)}. Sjekk datoen; stemmer den, er rapporten forsinket og bør sendes snarest.`;
  },

  listItems: (rule, hit, labels) => {
    const { invalid } = hit.detail;
    const shown = invalid.slice(0, MAX_LISTED).map(show);
    const items = list(invalid.length > MAX_LISTED ? [...shown, `${invalid.length - MAX_LISTED} til`] : shown);
    const many = invalid.length > 1;
    const name = fullName(labels.cell(rule.field));
    return rule.format === 'epost'
      ? `${name}: ${items} er ikke ${many ? 'gyldige e-postadresser' : 'en gyldig e-postadresse'}. Skriv hele adressen, f.eks. navn@kommune.no, og skill flere adresser med /.`
      : `${name}: ${items} er ikke ${many ? 'norske telefonnummer' : 'et norsk telefonnummer'}. Skriv 8 sifre, gjerne med +47 foran, og skill flere nummer med /.`;
  },

  notGreaterThan: (rule, hit, labels) => {
    const { part, whole, partCells, wholeCells } = hit.detail;
    const { lead, name } = phrase([...partCells, ...wholeCells].map((c) => labels.cell(c)));
    const comparison = `${lead}${sumName(labels, partCells, name)} (${amount(part)})`;
    const limit = `${sumName(labels, wholeCells, name)} (${amount(whole)})`;
    const comment = hit.fields[partCells.length + wholeCells.length];
    if (rule.severity === 'feil') {
      return sentence(`${comparison} kan ikke være større enn ${limit}.`, ADVICE[rule.id], 'Rett ett av tallene.');
    }
    const todo =
      comment === undefined
        ? 'Sjekk tallene.'
        : `Sjekk tallene, og forklar forskjellen i ${fullName(labels.cell(comment))} hvis de stemmer.`;
    return sentence(`${comparison} er større enn ${limit}.`, ADVICE[rule.id], todo);
  },

  changeNeedsComment: (rule, hit, labels) => {
    const { from, to, change, fromCell, toCell } = hit.detail;
    const comment = hit.fields[1] ?? '';
    const { lead, of } = named(labels, [toCell, fromCell, comment]);
    const direction = change > 0 ? 'høyere' : 'lavere';
    return sentence(
      `${lead}${of(toCell)} (${amount(to)}) er ${amount(Math.abs(change))} ${direction} enn ${of(fromCell)} (${amount(from)}).`,
      `En forskjell på mer enn ${rule.minPercent} % av ${of(fromCell)} og minst ${formatNumber(rule.minChange)} ${rule.unit} skal forklares: skriv forklaringen i ${of(comment)}.`,
    );
  },

  anyFilled: (_rule, hit, labels) => {
    const { lead, of } = named(labels, hit.fields);
    return `${lead}${list(hit.fields.map(of), 'og')} er tomme. Fyll inn tallene; er svaret ingen, skriv 0.`;
  },

  requiredWith: (rule, hit, labels) => {
    const cell = hit.fields[0] ?? '';
    const [first = '', ...more] = hit.detail.filled;
    const { lead, of } = named(labels, [cell, first]);
    const value = hit.values[cell];
    if (!isBlank(value)) {
      return `${lead}${of(cell)} inneholder ${yearText(value)}, som ikke er et årstall. Skriv året med fire sifre, f.eks. 2013.`;
    }
    const filled = more.length === 0 ? of(first) : `${of(first)} og ${more.length} til`;
    const todo = rule.in === undefined ? `Fyll ut ${of(cell)}.` : `Fyll ut ${of(cell)}, eller slett tallene i raden.`;
    return `${lead}${of(cell)} er ikke fylt ut, men ${filled} er det. ${todo}`;
  },

  yearInText: (rule, hit, labels) => {
    const { years, year } = hit.detail;
    const allowed = Array.from({ length: rule.yearsAfter + 1 }, (_, i) => String(year + i));
    return `${fullName(labels.cell(rule.field))} inneholder ${show(hit.values[rule.field])}, som gjelder ${list(years.map(String))}, men rapporten gjelder ${year}. Skriv en måned i ${list(allowed, 'eller')}, f.eks. «januar ${year + rule.yearsAfter}».`;
  },

  computedIntact: (_rule, hit, labels) => {
    const cell = hit.fields[0] ?? '';
    const { lead, of } = named(labels, [cell]);
    const actual = hit.values[cell];
    const now = isBlank(actual) ? 'er tom' : `viser ${show(actual)}`;
    return `${lead}${of(cell)} skal vise ${amount(hit.detail.expected)}, men cellen ${now}. Formelen i cellen er skrevet over: gjenopprett formelen (tillegget kan gjøre det for deg).`;
  },

  matchesTotals: (_rule, hit, labels) => {
    const [cell = '', sumCell = ''] = hit.fields;
    const { value, total, year } = hit.detail;
    return `${fullName(labels.cell(cell))} (${amount(value)}) er ikke lik ${fullName(labels.cell(sumCell))} (${amount(total)}). Tallene for ${year} skal være de samme i begge tabellene: rett det som er feil.`;
  },

  uniqueInColumn: (_rule, hit, labels) => {
    const [cell = '', firstCell = ''] = hit.fields;
    const label = labels.cell(cell);
    const first = labels.cell(firstCell);
    const value = yearText(hit.values[cell]);
    if (label.kind !== 'table' || first.kind !== 'table') return `${fullName(label)} ${value} står flere ganger. Rett den ene.`;
    return `I tabellen ${q(label.title)} står ${q(label.column)} ${value} både i rad ${first.row} og i rad ${label.row}. Hvert år skal stå på én rad: slå sammen radene, eller rett årstallet.`;
  },

  continuesPrevious: (_rule, hit, labels) => {
    const cell = hit.fields[0] ?? '';
    const { current, previous, previousCell, previousYear } = hit.detail;
    const { lead, of } = named(labels, [cell, previousCell]);
    const report = previousYear === undefined ? 'fjorårets rapport' : `rapporten for ${previousYear}`;
    return `${lead}${of(cell)} (${amount(current)}) er ikke lik ${of(previousCell)} i ${report} (${amount(previous)}). Sjekk tallet, og forklar forskjellen i kommentarfeltet hvis det stemmer.`;
  },

  alreadyAccepted: (_rule, hit) => {
    const { accepted, year } = hit.detail;
    const report = year === undefined ? 'Rapporten for dette året' : `Rapporten for ${year}`;
    const times = accepted > 1 ? ` ${formatNumber(accepted)} ganger` : '';
    return `${report} er allerede sendt inn og godtatt${times}. Denne blir lagret som versjon ${formatNumber(accepted + 1)}; de tidligere versjonene blir tatt vare på. Send den bare hvis det er meningen.`;
  },
};

/** The sentence for one hit of one rule. */
export function renderMessage<K extends RuleKind>(rule: RuleOf<K>, hit: Hit<K>, labels: Labels): string {
  const render: Renderer<K> = renderers[rule.kind];
  const text = render(rule, hit, labels);
  return text.charAt(0).toLocaleUpperCase('nb') + text.slice(1);
}
