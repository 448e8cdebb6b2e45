/**
 * What is sent: the payload as canonical JSON (keys sorted at every level, no spaces), and its SHA-256.
 * The server's receipt holds the SHA-256 of the body exactly as received, so the bytes hashed here are the
 * bytes sent; hashing the report read now the same way tells whether it has changed since (changedSince).
 */
import type { PayloadV1 } from '../report/payload';

export interface SubmissionBody {
  readonly text: string;
  /** Hex, lowercase, as the receipt's `sha256`. */
  readonly sha256: string;
}

type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json | undefined };

function sorted(value: Json): Json {
  if (Array.isArray(value)) return value.map(sorted);
  if (value === null || typeof value !== 'object') return value;
  const object = value as { readonly [key: string]: Json | undefined };
  return Object.fromEntries(
    Object.keys(object)
      .sort()
      .flatMap((key) => {
        const entry = object[key];
        return entry === undefined ? [] : [[key, sorted(entry)]];
      }),
  );
}

/** JSON whose text depends on the value only, not on the order its keys were added in. */
export function canonicalJson(value: Json): string {
  return JSON.stringify(sorted(value));
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function submissionBody(payload: PayloadV1): Promise<SubmissionBody> {
  const text = canonicalJson(payload as unknown as Json);
  return { text, sha256: await sha256Hex(text) };
}

/**
 * Whether the report differs from what was last sent in: the decision compares what the sheet holds now
 * with the receipt, not change events (which miss some edits and come from every workbook the file was in).
 */
export const changedSince = (now: SubmissionBody, sentSha256: string): boolean => now.sha256 !== sentSha256;
