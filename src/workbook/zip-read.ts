/**
 * Reads the entries of a zip that may be hostile (uploads reach the server): the entry count, the
 * sizes the headers declare, the compression ratio and the bytes actually inflated are all capped,
 * and inflating stops at the cap because headers can lie.
 */
import { fromBufferPromise, type Entry, type ZipFile } from 'yauzl';

export interface ZipEntry {
  readonly name: string;
  readonly data: Buffer;
}

export interface ZipLimits {
  readonly maxEntries: number;
  /** Inflated bytes of all entries together. */
  readonly maxTotalBytes: number;
  /** Inflated size over compressed size of one entry, judged for entries above `ratioFloor` bytes. */
  readonly maxRatio: number;
  readonly ratioFloor: number;
}

export type ZipRead =
  | { readonly ok: true; readonly entries: readonly ZipEntry[] }
  | { readonly ok: false; readonly problem: 'ikkeZip' | 'forStor' };

const notZip: ZipRead = { ok: false, problem: 'ikkeZip' };
const tooLarge: ZipRead = { ok: false, problem: 'forStor' };

// yauzl reports through events; one entry at a time keeps at most one listener set attached.
function nextEntry(zip: ZipFile): Promise<Entry | undefined> {
  return new Promise((resolve, reject) => {
    const done = (): void => {
      zip.removeListener('entry', onEntry);
      zip.removeListener('end', onEnd);
      zip.removeListener('error', onError);
    };
    const onEntry = (entry: Entry): void => {
      done();
      resolve(entry);
    };
    const onEnd = (): void => {
      done();
      resolve(undefined);
    };
    const onError = (error: Error): void => {
      done();
      reject(error);
    };
    zip.on('entry', onEntry);
    zip.on('end', onEnd);
    zip.on('error', onError);
    zip.readEntry();
  });
}

/** The entry's bytes, or undefined as soon as they pass `budget`. */
async function inflate(zip: ZipFile, entry: Entry, budget: number): Promise<Buffer | undefined> {
  const stream = await zip.openReadStreamPromise(entry);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > budget) return undefined; // leaving the loop destroys the stream
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}

function tooCompressed(entry: Entry, limits: ZipLimits): boolean {
  return entry.uncompressedSize > limits.ratioFloor && entry.uncompressedSize > entry.compressedSize * limits.maxRatio;
}

async function readEntries(zip: ZipFile, limits: ZipLimits): Promise<ZipRead> {
  if (zip.entryCount > limits.maxEntries) return tooLarge;
  const entries: ZipEntry[] = [];
  let declared = 0;
  let inflated = 0;
  for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
    if (entry.fileName.endsWith('/')) continue;
    if (entry.isEncrypted()) return notZip;
    declared += entry.uncompressedSize;
    if (declared > limits.maxTotalBytes || tooCompressed(entry, limits)) return tooLarge;
    const data = await inflate(zip, entry, limits.maxTotalBytes - inflated);
    if (!data) return tooLarge;
    inflated += data.length;
    entries.push({ name: entry.fileName, data });
  }
  return { ok: true, entries };
}

export async function readZip(bytes: Buffer, limits: ZipLimits): Promise<ZipRead> {
  let zip: ZipFile;
  try {
    zip = await fromBufferPromise(bytes, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false });
  } catch {
    return notZip;
  }
  // A late error event without a listener would crash the process.
  zip.on('error', () => undefined);
  try {
    return await readEntries(zip, limits);
  } catch {
    // Corrupt data, bad CRCs, or an entry larger than its header said.
    return notZip;
  } finally {
    zip.close();
  }
}
