/**
 * Every finding's Norwegian sentence, rendered from the finding's data in this one place: what is
 * wrong, with the values, and what to do. Names come from the template (field labels, column headers).
 */
import { formatDate, formatNumber, fromOre } from './numbers';
import type { CellValue } from './payload';
import type { CellLabel, Labels } from './rules/labels';
import type { Hit, RuleKind, RuleOf } from './rules/types';

type Renderer<K extends RuleKind> = (rule: RuleOf<K>, hit: Hit<K>, labels: Labels) => string;

/** Rule-specific background, added to the kind's sentence. */
const ADVICE: Readonly<Record<string, string>> = {
  'H11-01': 'Barnefamiliene skal også være telt med i A, B eller C.',
  'C2-02': 'Det kan skje når søknader fra i fjor er tildelt i år.',
};

/** More items than this are counted, not listed. */
const MAX_LISTED = 5;

const q = (text: string): string => `«${text}»`;

function list(items: readonly string[], and = 'og'): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

function show(value: CellValue | undefined): string {
  if (value === null || value === undefined) return 'tom';
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return value ? 'SANN' : 'USANN';
  const text = value.trim();
  return q(text.length > 60 ? `${text.slice(0, 59)}…` : text);
}

const isBlank = (value: CellValue | undefined): boolean =>
  value === null || value === undefined || String(value).trim() === '';
const amount = (hundredths: number): string => formatNumber(fromOre(hundredths));
const signed = (hundredths: number): string => `${hundredths > 0 ? '+' : ''}${amount(hundredths)}`;

function rowPlace(label: Extract<CellLabel, { kind: 'table' }>): string {
  return `${label.row === 'sum' ? 'sumraden' : `rad ${label.row}`} i tabellen ${q(label.title)}`;
}

function fullName(label: CellLabel): string {
  switch (label.kind) {
    case 'field':
      return q(label.name);
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

  numberCell: (_rule, hit, labels) => {
    const cell = hit.fields[0] ?? '';
    const { lead, of } = named(labels, [cell]);
    const value = formatNumber(hit.detail.value ?? 0);
    switch (hit.detail.problem) {
      case 'ikkeTall':
        return `${lead}${of(cell)} må være et tall, men inneholder ${show(hit.values[cell])}. Skriv bare tallet (f.eks. 12 eller 1 234,50), og legg forklaringer i kommentarfeltet.`;
      case 'forStort':
        return `${lead}${of(cell)} er urimelig stort (${show(hit.values[cell])}). Sjekk tallet.`;
      case 'ikkeHelt':
        return `${lead}${of(cell)} må være et helt tall, men er ${value}. Skriv antallet uten desimaler.`;
      case 'negativt':
        return `${lead}${of(cell)} kan ikke være negativt (${value}). Skriv tallet uten minustegn.`;
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
    `Kommunenavnet ${show(hit.values[rule.field])} stemmer ikke med kommunenummer ${hit.detail.number}, som i ${hit.detail.year} var ${q(hit.detail.registerName)}. Rett kommunenavnet eller kommunenummeret.`,

  yearRange: (rule, hit, labels) =>
    `${fullName(labels.cell(rule.field))} må være et helt årstall fra ${hit.detail.from} til ${hit.detail.to}, men er ${show(hit.values[rule.field])}. Skriv året rapporten gjelder, f.eks. ${hit.detail.to - 1}.`,

  date: (rule, hit, labels) =>
    `${fullName(labels.cell(rule.field))} ${show(hit.values[rule.field])} er ikke en dato. Skriv datoen som dd.mm.åååå, f.eks. 19.02.2014.`,

  dateLimit: (rule, hit, labels) => {
    const name = fullName(labels.cell(rule.field));
    const { date, limit, year } = hit.detail;
    return rule.bound === 'notBefore'
      ? `${name} ${formatDate(date)} er før ${formatDate(limit)}, og da er ikke rapporteringsåret ${year} omme. Sjekk rapporteringsåret og datoen.`
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
    return `${lead}${of(toCell)} (${amount(to)}) avviker med ${signed(change)} fra ${of(fromCell)} (${amount(from)}). Et avvik på over ${rule.minPercent} % og minst ${formatNumber(rule.minChange)} skal forklares: skriv forklaringen i ${of(comment)}.`;
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
      return `${lead}${of(cell)} er ikke et årstall (${show(value)}). Skriv året med fire sifre, f.eks. 2013.`;
    }
    const filled = more.length === 0 ? of(first) : `${of(first)} og ${more.length} til`;
    const todo = rule.in === undefined ? 'Fyll ut feltet.' : `Fyll ut ${of(cell)}, eller slett tallene i raden.`;
    return `${lead}${of(cell)} er tom, men ${filled} er fylt ut. ${todo}`;
  },

  yearInText: (rule, hit, labels) => {
    const { years, year } = hit.detail;
    const allowed = Array.from({ length: rule.yearsAfter + 1 }, (_, i) => String(year + i));
    return `${fullName(labels.cell(rule.field))} (${show(hit.values[rule.field])}) gjelder ${list(years.map(String))}, men rapporten gjelder ${year}. Skriv en måned i ${list(allowed, 'eller')}, f.eks. «januar ${year + rule.yearsAfter}».`;
  },

  computedIntact: (_rule, hit, labels) => {
    const cell = hit.fields[0] ?? '';
    const { lead, of } = named(labels, [cell]);
    const actual = hit.values[cell];
    const now = isBlank(actual) ? 'er tom' : `viser ${show(actual)}`;
    return `${lead}${of(cell)} ${now}, men skal vise ${amount(hit.detail.expected)}. Formelen i cellen er skrevet over: gjenopprett formelen (tillegget kan gjøre det for deg).`;
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
    const value = String(hit.values[cell] ?? '').trim();
    if (label.kind !== 'table' || first.kind !== 'table') return `${fullName(label)} ${q(value)} står flere ganger. Rett den ene.`;
    return `I tabellen ${q(label.title)} står ${q(label.column)} ${value} i både rad ${first.row} og rad ${label.row}. Hvert år skal stå på én rad: slå sammen radene, eller rett årstallet.`;
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
    return `${report} er allerede sendt inn og godtatt${times}. Denne blir versjon ${formatNumber(accepted + 1)} og erstatter den forrige hos Husbanken. Send den bare hvis det er meningen.`;
  },
};

/** The sentence for one hit of one rule. */
export function renderMessage<K extends RuleKind>(rule: RuleOf<K>, hit: Hit<K>, labels: Labels): string {
  const render: Renderer<K> = renderers[rule.kind];
  const text = render(rule, hit, labels);
  return text.charAt(0).toLocaleUpperCase('nb') + text.slice(1);
}
