/**
 * Just enough XML for the few package parts we read and write ourselves (workbook, relationships,
 * tables): elements by tag name with their attributes. These parts are small, flat and machine-written.
 */

export interface XmlElement {
  readonly attributes: Readonly<Record<string, string>>;
  /** The text between the tags; empty for a self-closing element. */
  readonly inner: string;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, code: string) => {
    if (code.startsWith('#x')) return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(parseInt(code.slice(1), 10));
    return ENTITIES[code] ?? whole;
  });
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function parseAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of source.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const [, name = '', double, single] = match;
    attributes[name] = unescapeXml(double ?? single ?? '');
  }
  return attributes;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every element `<tag …>` (any namespace prefix), in document order; nested elements of the same tag are not supported. */
export function elements(xml: string, tag: string): readonly XmlElement[] {
  const name = `(?:[\\w.-]+:)?${escapeRegExp(tag)}`;
  const pattern = new RegExp(`<${name}(?=[\\s/>])([^>]*?)(?:/>|>([\\s\\S]*?)</${name}>)`, 'g');
  return [...xml.matchAll(pattern)].map((m) => ({ attributes: parseAttributes(m[1] ?? ''), inner: m[2] ?? '' }));
}

/** An attribute by local name, whatever its prefix (`r:id`, `ns1:id`). */
export function prefixedAttribute(attributes: Readonly<Record<string, string>>, localName: string): string | undefined {
  const key = Object.keys(attributes).find((k) => k.endsWith(`:${localName}`));
  return key === undefined ? undefined : attributes[key];
}
