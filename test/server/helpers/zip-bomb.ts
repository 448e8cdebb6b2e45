import { deflateRawSync } from 'node:zlib';

interface RawEntry {
  readonly name: string;
  readonly compressed: Buffer;
  /** What the headers claim the entry inflates to; a bomb may lie. */
  readonly declaredSize: number;
}

function uint(bytes: number, value: number): Buffer {
  const b = Buffer.alloc(bytes);
  if (bytes === 2) b.writeUInt16LE(value);
  else b.writeUInt32LE(value);
  return b;
}

/** A zip of deflated entries, written by hand so its headers can say anything (CRCs are left 0). */
function rawZip(entries: readonly RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const common = [uint(2, 20), uint(2, 0), uint(2, 8), uint(2, 0), uint(2, 0x21), uint(4, 0), uint(4, e.compressed.length), uint(4, e.declaredSize), uint(2, name.length), uint(2, 0)];
    const local = Buffer.concat([uint(4, 0x04034b50), ...common, name, e.compressed]);
    centrals.push(Buffer.concat([uint(4, 0x02014b50), uint(2, 20), ...common, uint(2, 0), uint(2, 0), uint(2, 0), uint(4, 0), uint(4, offset), name]));
    locals.push(local);
    offset += local.length;
  }
  const central = Buffer.concat(centrals);
  const end = Buffer.concat([uint(4, 0x06054b50), uint(2, 0), uint(2, 0), uint(2, entries.length), uint(2, entries.length), uint(4, central.length), uint(4, offset), uint(2, 0)]);
  return Buffer.concat([...locals, central, end]);
}

/** An .xlsx-looking zip whose worksheet inflates to `inflatedBytes` of zeros, from a few hundred KB. */
export function zipBomb(inflatedBytes: number, { lie = false } = {}): Buffer {
  const contentTypes = Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  return rawZip([
    { name: '[Content_Types].xml', compressed: deflateRawSync(contentTypes), declaredSize: contentTypes.length },
    { name: 'xl/worksheets/sheet1.xml', compressed: deflateRawSync(Buffer.alloc(inflatedBytes)), declaredSize: lie ? 1000 : inflatedBytes },
  ]);
}
