/**
 * Request bodies are kept as the bytes that arrived, because the receipt's SHA-256 is of those bytes
 * and the store keeps them exactly. Any other content type than the two gets Fastify's 415.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';

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

export const receivedBodySchema = z.object({ kind: z.enum(['json', 'xlsx']), bytes: z.instanceof(Buffer) });
/** A submission's body as it arrived; parsed where it is received (receive-submission.ts). */
export interface ReceivedBody {
  readonly kind: SubmissionFormat;
  readonly bytes: Uint8Array;
}

/**
 * Both formats are kept as bytes. The JSON is read, UTF-8 checked and parsed, where the submission is
 * received, which in the running server is the receiver thread (receiver-thread.ts): the event loop
 * that answers every request does not parse reports.
 */
export function registerBodyParsers(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  for (const kind of ['json', 'xlsx'] as const) {
    app.addContentTypeParser(SUBMISSION_CONTENT_TYPES[kind], { parseAs: 'buffer', bodyLimit: BODY_LIMITS[kind] }, (_request, bytes: Buffer, done) => {
      done(null, { kind, bytes } satisfies ReceivedBody);
    });
  }
}
