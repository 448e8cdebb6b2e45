/**
 * Request bodies are kept as the bytes that arrived, because the receipt's SHA-256 is of those bytes
 * and the store keeps them exactly. JSON must be UTF-8 (RFC 8259) and is parsed with Fastify's own
 * parser (which refuses `__proto__` and `constructor.prototype` keys); an .xlsx body is left for the
 * workbook reader. Any other content type gets Fastify's 415.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { HttpProblem } from './problem';

const MB = 1024 * 1024;

/**
 * A full report is about 10 KB as JSON and 25 KB as a filled template. JSON gets 2 MB; a workbook gets
 * 5 MB, room for a logo or a pasted picture, while the reader's unpacking limits (src/workbook) stop
 * bombs whatever the upload's size.
 */
export const BODY_LIMITS = { json: 2 * MB, xlsx: 5 * MB } as const;

export const SUBMISSION_CONTENT_TYPES = {
  json: 'application/json',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export type SubmissionFormat = keyof typeof SUBMISSION_CONTENT_TYPES;

export const SEND_AS = `Send rapporten som JSON (Content-Type ${SUBMISSION_CONTENT_TYPES.json}) eller som utfylt mal (Content-Type ${SUBMISSION_CONTENT_TYPES.xlsx}).`;

/** The format a Content-Type header names (parameters and case aside), if it is one we take. */
export function submissionFormatOf(contentType: string | undefined): SubmissionFormat | undefined {
  const essence = (contentType ?? '').split(';')[0]?.trim().toLowerCase();
  return essence === SUBMISSION_CONTENT_TYPES.json ? 'json' : essence === SUBMISSION_CONTENT_TYPES.xlsx ? 'xlsx' : undefined;
}

export const receivedBodySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('json'), bytes: z.instanceof(Buffer), json: z.unknown() }),
  z.object({ kind: z.literal('xlsx'), bytes: z.instanceof(Buffer) }),
]);
export type ReceivedBody = z.infer<typeof receivedBodySchema>;

// `fatal`: a Latin-1 body would otherwise be read with U+FFFD in place of æøå and stored as accepted.
const utf8 = new TextDecoder('utf-8', { fatal: true });

function utf8Text(bytes: Buffer): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

export function registerBodyParsers(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.addContentTypeParser(SUBMISSION_CONTENT_TYPES.json, { parseAs: 'buffer', bodyLimit: BODY_LIMITS.json }, (request, bytes: Buffer, done) => {
    const text = utf8Text(bytes);
    if (text === undefined) {
      done(new HttpProblem('ikke-utf8', 'Innholdet er ikke UTF-8. Lagre eller send JSON-filen med tegnkoding UTF-8 (ikke Latin-1 eller Windows-1252) og prøv igjen.'));
      return;
    }
    parseJson(request, text, (error, json) => (error ? done(error) : done(null, { kind: 'json', bytes, json } satisfies ReceivedBody)));
  });
  app.addContentTypeParser(SUBMISSION_CONTENT_TYPES.xlsx, { parseAs: 'buffer', bodyLimit: BODY_LIMITS.xlsx }, (_request, bytes: Buffer, done) => {
    done(null, { kind: 'xlsx', bytes } satisfies ReceivedBody);
  });
}
