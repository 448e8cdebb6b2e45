/**
 * Request bodies are kept as the bytes that arrived, because the receipt's SHA-256 is of those bytes
 * and the store keeps them exactly. JSON is parsed with Fastify's own parser (which refuses
 * `__proto__` and `constructor.prototype` keys); an .xlsx body is left for the workbook reader.
 * Any other content type gets Fastify's 415.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';

export const BODY_LIMIT_BYTES = 2 * 1024 * 1024;

export const SUBMISSION_CONTENT_TYPES = {
  json: 'application/json',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export const SEND_AS = `Send rapporten som JSON (Content-Type ${SUBMISSION_CONTENT_TYPES.json}) eller som utfylt mal (Content-Type ${SUBMISSION_CONTENT_TYPES.xlsx}).`;

export const receivedBodySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('json'), bytes: z.instanceof(Buffer), json: z.unknown() }),
  z.object({ kind: z.literal('xlsx'), bytes: z.instanceof(Buffer) }),
]);
export type ReceivedBody = z.infer<typeof receivedBodySchema>;

export function registerBodyParsers(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.addContentTypeParser(SUBMISSION_CONTENT_TYPES.json, { parseAs: 'buffer' }, (request, bytes: Buffer, done) => {
    parseJson(request, bytes.toString('utf8'), (error, json) =>
      error ? done(error) : done(null, { kind: 'json', bytes, json } satisfies ReceivedBody),
    );
  });
  app.addContentTypeParser(SUBMISSION_CONTENT_TYPES.xlsx, { parseAs: 'buffer' }, (_request, bytes: Buffer, done) => {
    done(null, { kind: 'xlsx', bytes } satisfies ReceivedBody);
  });
}
