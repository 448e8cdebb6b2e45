/**
 * Writes a zip (an .xlsx package). ExcelJS cannot write everything a template needs, so its output
 * is unpacked, a few parts are replaced, and the package is written again here.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import type { ZipEntry } from './zip-read';

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const UTF8_NAMES = 0x0800;
const VERSION = 20;
const DOS_DATE_1980_01_01 = 0x0021;

interface Packed {
  readonly name: Buffer;
  readonly data: Buffer;
  readonly method: number;
  readonly crc: number;
  readonly size: number;
  readonly offset: number;
}

/** The fields both headers of an entry hold, from "version needed" to "extra field length". */
function sharedFields(p: Packed): Buffer {
  const f = Buffer.alloc(26);
  f.writeUInt16LE(VERSION, 0);
  f.writeUInt16LE(UTF8_NAMES, 2);
  f.writeUInt16LE(p.method, 4);
  f.writeUInt16LE(DOS_DATE_1980_01_01, 8);
  f.writeUInt32LE(p.crc, 10);
  f.writeUInt32LE(p.data.length, 14);
  f.writeUInt32LE(p.size, 18);
  f.writeUInt16LE(p.name.length, 22);
  return f;
}

function localHeader(p: Packed): Buffer {
  const signature = Buffer.alloc(4);
  signature.writeUInt32LE(LOCAL_HEADER, 0);
  return Buffer.concat([signature, sharedFields(p)]);
}

function centralHeader(p: Packed): Buffer {
  const h = Buffer.alloc(46);
  h.writeUInt32LE(CENTRAL_HEADER, 0);
  h.writeUInt16LE(VERSION, 4);
  sharedFields(p).copy(h, 6);
  h.writeUInt32LE(p.offset, 42);
  return h;
}

function endOfDirectory(count: number, size: number, offset: number): Buffer {
  const h = Buffer.alloc(22);
  h.writeUInt32LE(END_OF_DIRECTORY, 0);
  h.writeUInt16LE(count, 8);
  h.writeUInt16LE(count, 10);
  h.writeUInt32LE(size, 12);
  h.writeUInt32LE(offset, 16);
  return h;
}

/** A zip of the entries, deflated or stored (stored is faster when the zip is only read in memory). */
export function writeZip(entries: readonly ZipEntry[], compress: boolean): Buffer {
  const parts: Buffer[] = [];
  const packed: Packed[] = [];
  let offset = 0;
  for (const entry of entries) {
    const p: Packed = {
      name: Buffer.from(entry.name, 'utf8'),
      data: compress ? deflateRawSync(entry.data) : entry.data,
      method: compress ? 8 : 0,
      crc: crc32(entry.data),
      size: entry.data.length,
      offset,
    };
    const header = localHeader(p);
    parts.push(header, p.name, p.data);
    offset += header.length + p.name.length + p.data.length;
    packed.push(p);
  }
  const directory = packed.flatMap((p) => [centralHeader(p), p.name]);
  const directorySize = directory.reduce((n, b) => n + b.length, 0);
  return Buffer.concat([...parts, ...directory, endOfDirectory(packed.length, directorySize, offset)]);
}
