/**
 * The pages of a PDF that Chromium printed, and the text on each: enough of PDF to read Skia's output
 * (objects, Flate streams, fonts with a ToUnicode map, the text operators) for tests that check a print
 * layout. Not a general PDF reader.
 */
import { inflateSync } from 'node:zlib';

interface PdfObject {
  readonly dict: string;
  readonly stream?: Buffer;
}

function objects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const found = new Map<number, PdfObject>();
  const start = /(\d+) 0 obj\b/g;
  for (let match = start.exec(text); match !== null; match = start.exec(text)) {
    const from = match.index + match[0].length;
    const end = text.indexOf('endobj', from);
    const body = text.slice(from, end);
    const streamAt = body.search(/stream\r?\n/);
    if (streamAt < 0) {
      found.set(Number(match[1]), { dict: body });
      continue;
    }
    const dict = body.slice(0, streamAt);
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
    const dataStart = from + streamAt + (body[streamAt + 6] === '\r' ? 8 : 7);
    const raw = pdf.subarray(dataStart, dataStart + length);
    found.set(Number(match[1]), { dict, stream: /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw });
  }
  return found;
}

const refs = (text: string): number[] => [...text.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));

/** A font's code → text map, and how many bytes a code has. */
interface CMap {
  readonly bytes: number;
  readonly map: ReadonlyMap<number, string>;
}

const utf16 = (hex: string): string => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));

function parseCMap(source: string): CMap {
  const bytes = (/begincodespacerange\s*<([0-9a-fA-F]+)>/.exec(source)?.[1]?.length ?? 4) / 2;
  const map = new Map<number, string>();
  for (const block of source.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code = '', unicode = ''] of (block[1] ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(parseInt(code, 16), utf16(unicode));
  }
  for (const block of source.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, low = '', high = '', first = ''] of (block[1] ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      const base = parseInt(first, 16);
      for (let code = parseInt(low, 16); code <= parseInt(high, 16); code++) map.set(code, String.fromCharCode(base + code - parseInt(low, 16)));
    }
  }
  return { bytes, map };
}

function decode(hex: string, cmap: CMap | undefined): string {
  const width = (cmap?.bytes ?? 1) * 2;
  let out = '';
  for (let i = 0; i + width <= hex.length; i += width) out += cmap?.map.get(parseInt(hex.slice(i, i + width), 16)) ?? '';
  return out;
}

/** The dictionary itself or the object it refers to. */
function resolve(all: Map<number, PdfObject>, text: string): string {
  const ref = /^\s*(\d+) 0 R/.exec(text);
  return ref ? (all.get(Number(ref[1]))?.dict ?? '') : text;
}

function fontsOf(all: Map<number, PdfObject>, page: string): Map<string, CMap> {
  const resources = resolve(all, /\/Resources\s*((?:\d+ 0 R)|<<[\s\S]*)/.exec(page)?.[1] ?? '');
  const fontDict = resolve(all, /\/Font\s*((?:\d+ 0 R)|<<[^>]*>>)/.exec(resources)?.[1] ?? '');
  const fonts = new Map<string, CMap>();
  for (const [, name = '', ref = ''] of fontDict.matchAll(/\/([\w.]+)\s+(\d+) 0 R/g)) {
    const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(all.get(Number(ref))?.dict ?? '')?.[1];
    const stream = toUnicode === undefined ? undefined : all.get(Number(toUnicode))?.stream;
    if (stream) fonts.set(name, parseCMap(stream.toString('latin1')));
  }
  return fonts;
}

function pageText(content: string, fonts: Map<string, CMap>): string {
  let font: CMap | undefined;
  let out = '';
  const tokens = /\/([\w.]+)\s+[\d.]+\s+Tf|<([0-9a-fA-F]*)>\s*Tj|\[((?:[^\]])*)\]\s*TJ|\b(Td|TD|T\*|Tm|ET)\b/g;
  for (const [, fontName, hex, array, move] of content.matchAll(tokens)) {
    if (fontName !== undefined) font = fonts.get(fontName);
    else if (hex !== undefined) out += decode(hex, font);
    else if (array !== undefined) out += [...array.matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => decode(m[1] ?? '', font)).join('');
    else if (move !== undefined) out += ' ';
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** The text of each page, in page order. */
export function pdfPages(pdf: Buffer): string[] {
  const all = objects(pdf);
  const catalog = [...all.values()].find((o) => /\/Type\s*\/Catalog/.test(o.dict));
  const order: number[] = [];
  const walk = (id: number): void => {
    const node = all.get(id)?.dict ?? '';
    if (/\/Type\s*\/Pages/.test(node)) refs(/\/Kids\s*\[([^\]]*)\]/.exec(node)?.[1] ?? '').forEach(walk);
    else if (/\/Type\s*\/Page\b/.test(node)) order.push(id);
  };
  walk(Number(/\/Pages (\d+) 0 R/.exec(catalog?.dict ?? '')?.[1]));
  return order.map((id) => {
    const page = all.get(id)?.dict ?? '';
    const contents = /\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(page)?.[1] ?? '';
    const content = refs(contents)
      .map((ref) => all.get(ref)?.stream?.toString('latin1') ?? '')
      .join('\n');
    return pageText(content, fontsOf(all, page));
  });
}
